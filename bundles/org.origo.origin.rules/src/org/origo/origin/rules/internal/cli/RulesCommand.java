package org.origo.origin.rules.internal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.origo.api.Args;
import org.origo.api.CommandContext;
import org.origo.api.OrigoCommand;
import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.api.UsageException;
import org.origo.core.BundleSources;
import org.origo.core.Contributions;
import org.origo.origin.api.OriginProfile;
import org.origo.origin.knowledge.Knowledge;
import org.origo.origin.rules.RuleProfile;
import org.origo.origin.rules.RuleSet;
import org.origo.origin.rules.RuleTests;
import org.origo.origin.rules.internal.i18n.RulesMessages;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code origo rules test <files>} runs rule tests written as data; {@code origo rules list} lists the profiles. */
@Component(service = OrigoCommand.class, property = { "origo.command=rules" })
public class RulesCommand implements OrigoCommand {

    @Reference
    private Contributions contributions;

    @Override
    public String name() {
        return "rules";
    }

    @Override
    public Text summary() {
        return RulesMessages.get("cmd.rules.summary");
    }

    @Override
    public Text usage() {
        return RulesMessages.get("cmd.rules.usage");
    }

    @Override
    public int run(CommandContext ctx) throws OrigoException {
        Args args = Args.parse(ctx.args(), Set.of(), Set.of());
        List<String> pos = args.positional();
        if (pos.isEmpty()) {
            throw new UsageException(RulesMessages.get("cmd.rules.unknown", ""));
        }
        switch (pos.get(0)) {
        case "list":
            for (var e : contributions.profiles()) {
                OriginProfile p = e.service();
                ctx.println(new Text(RulesMessages.get("cmd.rules.profile", e.id(), p.label().en()).en(),
                        RulesMessages.get("cmd.rules.profile", e.id(), p.label().zh()).zh()));
            }
            return 0;
        case "test":
            if (pos.size() < 2) {
                throw new UsageException(RulesMessages.get("cmd.rules.no.files"));
            }
            Knowledge k = Knowledge.builtIn();
            boolean failed = false;
            for (String f : pos.subList(1, pos.size())) {
                Path file = ctx.path(f);
                if (Files.isRegularFile(file) && file.getFileName().toString().endsWith(".json")) {
                    RuleTests.Report r;
                    try (InputStream in = Files.newInputStream(file)) {
                        r = RuleTests.run(file.toString(), in, contributions::profile, k);
                    } catch (IOException e) {
                        throw new OrigoException(RulesMessages.get("cmd.rules.file.missing", file), e);
                    }
                    failed |= !print(ctx, file.toString(), r);
                } else if (Files.exists(file)) {
                    failed |= !testDelivery(ctx, file, k);
                } else {
                    throw new OrigoException(RulesMessages.get("cmd.rules.file.missing", file));
                }
            }
            return failed ? 1 : 0;
        default:
            throw new UsageException(RulesMessages.get("cmd.rules.unknown", pos.get(0)));
        }
    }

    /** Prints one report; whether it passed. */
    private static boolean print(CommandContext ctx, String file, RuleTests.Report r) {
        if (r.passed()) {
            ctx.println(RulesMessages.get("cmd.rules.pass", file, r.cases(), r.profileId()));
            return true;
        }
        ctx.println(RulesMessages.get("cmd.rules.fail", file, r.failures().size(), r.cases(), r.profileId()));
        for (RuleTests.Failure x : r.failures()) {
            ctx.println(RulesMessages.get("cmd.rules.failure", x.file(), x.line(), x.caseName(), x.reason().in(ctx.locale())));
        }
        return false;
    }

    /**
     * Runs the rule tests a profile bundle carries ({@code rules/*.tests.json}) against the rules it
     * carries ({@code rules/*.rules.json}), before the bundle is installed: the argument is a bundle
     * jar, a bundle folder, a p2 repository folder or a zipped repository. Profiles the bundles do not
     * carry are taken from the installation.
     */
    private boolean testDelivery(CommandContext ctx, Path source, Knowledge k) throws OrigoException {
        Map<String, byte[]> rules = new TreeMap<>();
        Map<String, byte[]> tests = new TreeMap<>();
        try (BundleSources s = BundleSources.open(source)) {
            for (Path b : s.bundles()) {
                collect(b, s.where(b), rules, tests);
            }
        } catch (IOException e) {
            throw new OrigoException(RulesMessages.get("cmd.rules.file.missing", source), e);
        }
        if (tests.isEmpty()) {
            throw new OrigoException(RulesMessages.get("cmd.rules.no.tests", source), source.toString(), -1, null, null);
        }
        Map<String, OriginProfile> carried = new HashMap<>();
        for (Map.Entry<String, byte[]> r : rules.entrySet()) {
            RuleSet set = RuleSet.load(r.getKey(), new ByteArrayInputStream(r.getValue()), k);
            carried.put(set.id(), RuleProfile.of(set, k));
        }
        boolean passed = true;
        for (Map.Entry<String, byte[]> t : tests.entrySet()) {
            RuleTests.Report r = RuleTests.run(t.getKey(), new ByteArrayInputStream(t.getValue()),
                    id -> carried.containsKey(id) ? Optional.of(carried.get(id)) : contributions.profile(id), k);
            passed &= print(ctx, t.getKey(), r);
        }
        return passed;
    }

    private static void collect(Path bundle, String where, Map<String, byte[]> rules, Map<String, byte[]> tests)
            throws IOException {
        if (Files.isDirectory(bundle)) {
            Path dir = bundle.resolve("rules");
            if (!Files.isDirectory(dir)) {
                return;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    sort(where + "/rules/" + f.getFileName(), Files.readAllBytes(f), rules, tests);
                }
            }
            return;
        }
        try (ZipFile jar = new ZipFile(bundle.toFile())) {
            for (ZipEntry e : java.util.Collections.list(jar.entries())) {
                if (!e.isDirectory() && e.getName().startsWith("rules/") && e.getSize() < 50_000_000) {
                    try (InputStream in = jar.getInputStream(e)) {
                        sort(where + "!/" + e.getName(), in.readAllBytes(), rules, tests);
                    }
                }
            }
        }
    }

    private static void sort(String name, byte[] bytes, Map<String, byte[]> rules, Map<String, byte[]> tests) {
        if (name.endsWith(".rules.json")) {
            rules.put(name, bytes);
        } else if (name.endsWith(".tests.json")) {
            tests.put(name, bytes);
        }
    }
}
