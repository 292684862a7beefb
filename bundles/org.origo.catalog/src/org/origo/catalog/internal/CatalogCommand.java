package org.origo.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.origo.api.Args;
import org.origo.api.CommandContext;
import org.origo.api.OrigoCommand;
import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.api.UsageException;
import org.origo.catalog.api.ReplacementCatalog;
import org.origo.catalog.internal.i18n.CatalogMessages;
import org.origo.catalog.sdk.CatalogChecksums;
import org.origo.catalog.sdk.CatalogProblem;
import org.origo.catalog.sdk.CatalogReader;
import org.origo.catalog.sdk.CatalogVerifier;
import org.origo.core.BundleSources;
import org.origo.core.Contributions;
import org.origo.model.Catalog;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code origo catalog validate <file.json|bundle.jar|bundle-dir>…} reports every problem of
 * catalog files and bundles with its location; {@code origo catalog checksum <file.json>} prints
 * the manifest entry that pins a file.
 */
@Component(service = OrigoCommand.class, property = { OrigoCommand.PROP_NAME + "=catalog" })
public class CatalogCommand implements OrigoCommand {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Contributions contributions;

    @Override
    public String name() {
        return "catalog";
    }

    @Override
    public Text summary() {
        return CatalogMessages.get("catalog.summary");
    }

    @Override
    public Text usage() {
        return CatalogMessages.get("catalog.usage");
    }

    @Override
    public int run(CommandContext ctx) throws OrigoException {
        Args args = Args.parse(ctx.args(), Set.of("path"), Set.of());
        List<String> pos = args.positional();
        if (pos.isEmpty()) {
            throw new UsageException(CatalogMessages.get("catalog.usage.action"));
        }
        String action = pos.get(0);
        List<String> files = pos.subList(1, pos.size());
        if (files.isEmpty()) {
            throw new UsageException(CatalogMessages.get("catalog.usage.files"));
        }
        switch (action) {
        case "validate":
            return validate(ctx, files);
        case "checksum":
            for (String f : files) {
                Path p = ctx.path(f);
                try {
                    byte[] bytes = Files.readAllBytes(p);
                    ctx.out().println(CatalogChecksums.HEADER + ": "
                            + CatalogChecksums.entry(args.get("path", "catalog/" + p.getFileName()), bytes));
                } catch (IOException e) {
                    throw new OrigoException(CatalogMessages.get("catalog.file.unreadable", p, e.getMessage()), p.toString(), -1, null, e);
                }
            }
            return 0;
        default:
            throw new UsageException(CatalogMessages.get("catalog.usage.action"));
        }
    }

    private int validate(CommandContext ctx, List<String> files) throws OrigoException {
        int errors = 0;
        int warnings = 0;
        for (String f : files) {
            Path p = ctx.path(f);
            List<CatalogProblem> problems = new ArrayList<>();
            List<Catalog> found = new ArrayList<>();
            validateDelivery(p, problems, found);
            List<Catalog> known = new ArrayList<>(found);
            known.addAll(installed(found));
            for (Catalog c : found) {
                problems.addAll(CatalogVerifier.crossReferenceProblems(p + "#" + c.getId(), c, known));
            }
            for (CatalogProblem pr : problems) {
                ctx.out().println(CatalogMessages.get(pr.error() ? "validate.error" : "validate.warning", pr.describe(ctx.locale()))
                        .in(ctx.locale()));
                if (pr.error()) {
                    errors++;
                } else {
                    warnings++;
                }
            }
            for (Catalog c : found) {
                ctx.println(CatalogMessages.get("validate.catalog", p, c.getId(), c.getProducts().size()));
            }
        }
        ctx.println(CatalogMessages.get(errors == 0 ? "validate.ok" : "validate.failed", errors, warnings));
        return errors == 0 ? 0 : 1;
    }

    private List<Catalog> installed(List<Catalog> except) {
        List<Catalog> out = new ArrayList<>();
        Contributions c = contributions;
        if (c == null) {
            return out;
        }
        for (Contributions.Entry<ReplacementCatalog> e : c.catalogs()) {
            if (except.stream().anyMatch(x -> e.id().equals(x.getId()))) {
                continue;
            }
            try {
                out.add(e.service().load());
            } catch (OrigoException | RuntimeException ex) {
                // a failing installed catalog is reported by 'origo bundles'; here it resolves nothing
            }
        }
        return out;
    }

    /**
     * Validates what a vendor delivers: a p2 repository (folder or zip) bundle by bundle, where the
     * bundles that carry no catalog are other plug-ins and are left out; anything else as
     * {@link #validate(Path, List, List)}.
     */
    static void validateDelivery(Path p, List<CatalogProblem> problems, List<Catalog> found) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        boolean repository = Files.isDirectory(p) ? !Files.isRegularFile(p.resolve("META-INF/MANIFEST.MF"))
                : !name.endsWith(".jar") && !name.endsWith(".json") && Files.isRegularFile(p) && !BundleSources.isBundleJar(p);
        if (!repository) {
            validate(p, problems, found);
            return;
        }
        Text noCatalog = CatalogMessages.get("validate.no.catalog");
        int catalogs = 0;
        try (BundleSources s = BundleSources.open(p)) {
            for (Path b : s.bundles()) {
                List<CatalogProblem> mine = new ArrayList<>();
                validate(b, mine, found);
                if (mine.size() == 1 && noCatalog.equals(mine.get(0).message())) {
                    continue;
                }
                catalogs++;
                for (CatalogProblem pr : mine) {
                    problems.add(new CatalogProblem(pr.file().replace(b.toString(), s.where(b)), pr.line(), pr.field(), pr.error(),
                            pr.message()));
                }
            }
        } catch (OrigoException e) {
            problems.add(new CatalogProblem(p.toString(), -1, null, true, e.text()));
            return;
        }
        if (catalogs == 0) {
            problems.add(new CatalogProblem(p.toString(), -1, null, true, noCatalog));
        }
    }

    /** Validates one JSON file, bundle jar or bundle folder; adds the catalogs that could be read. */
    public static void validate(Path p, List<CatalogProblem> problems, List<Catalog> found) {
        String name = p.getFileName() == null ? p.toString() : p.getFileName().toString();
        try {
            if (Files.isDirectory(p)) {
                Path mf = p.resolve("META-INF/MANIFEST.MF");
                if (!Files.isRegularFile(mf)) {
                    problems.add(new CatalogProblem(p.toString(), -1, null, true, CatalogMessages.get("validate.no.manifest")));
                    return;
                }
                Manifest m;
                try (InputStream in = Files.newInputStream(mf)) {
                    m = new Manifest(in);
                }
                Set<String> jsons = new TreeSet<>();
                Path cat = p.resolve("catalog");
                if (Files.isDirectory(cat)) {
                    try (Stream<Path> s = Files.walk(cat)) {
                        s.filter(x -> x.toString().endsWith(".json")).forEach(x -> jsons.add(p.relativize(x).toString().replace('\\', '/')));
                    }
                }
                bundle(p.toString(), m, jsons, path -> Files.readAllBytes(p.resolve(path)), problems, found);
            } else if (name.endsWith(".jar")) {
                try (JarFile jar = new JarFile(p.toFile(), false)) {
                    Manifest m = jar.getManifest();
                    if (m == null) {
                        problems.add(new CatalogProblem(p.toString(), -1, null, true, CatalogMessages.get("validate.no.manifest")));
                        return;
                    }
                    Set<String> jsons = new TreeSet<>();
                    for (JarEntry e : java.util.Collections.list(jar.entries())) {
                        if (!e.isDirectory() && e.getName().startsWith("catalog/") && e.getName().endsWith(".json")) {
                            jsons.add(e.getName());
                        }
                    }
                    bundle(p.toString(), m, jsons, path -> {
                        JarEntry e = jar.getJarEntry(path);
                        if (e == null) {
                            return null;
                        }
                        try (InputStream in = jar.getInputStream(e)) {
                            return in.readAllBytes();
                        }
                    }, problems, found);
                }
            } else {
                CatalogReader.Result r = CatalogReader.read(p.toString(), Files.readAllBytes(p));
                problems.addAll(r.problems());
                if (r.catalog() != null) {
                    found.add(r.catalog());
                }
            }
        } catch (IOException e) {
            problems.add(new CatalogProblem(p.toString(), -1, null, true, CatalogMessages.get("catalog.file.unreadable", p, e.getMessage())));
        }
    }

    private interface Reader {
        byte[] read(String path) throws IOException;
    }

    private static void bundle(String where, Manifest m, Set<String> jsons, Reader reader, List<CatalogProblem> problems,
            List<Catalog> found) throws IOException {
        String header = m.getMainAttributes().getValue(CatalogChecksums.HEADER);
        Map<String, String> sums = CatalogChecksums.parse(header);
        Set<String> paths = new TreeSet<>(jsons);
        for (String k : sums.keySet()) {
            if (!k.isEmpty()) {
                paths.add(k);
            }
        }
        if (paths.isEmpty()) {
            problems.add(new CatalogProblem(where, -1, CatalogChecksums.HEADER, true, CatalogMessages.get("validate.no.catalog")));
            return;
        }
        for (String path : paths) {
            String loc = where + "!/" + path;
            byte[] bytes = reader.read(path);
            if (bytes == null) {
                problems.add(new CatalogProblem(where, -1, CatalogChecksums.HEADER, true,
                        CatalogMessages.get("catalog.file.missing", path, where)));
                continue;
            }
            problems.addAll(CatalogVerifier.checksumProblems(loc, path, bytes, header));
            CatalogReader.Result r = CatalogReader.read(loc, bytes);
            problems.addAll(r.problems());
            if (r.catalog() != null) {
                found.add(r.catalog());
            }
        }
    }
}
