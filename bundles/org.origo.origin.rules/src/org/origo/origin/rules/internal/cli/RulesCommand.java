package org.origo.origin.rules.internal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.origo.api.Args;
import org.origo.api.CommandContext;
import org.origo.api.OrigoCommand;
import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.api.UsageException;
import org.origo.core.Contributions;
import org.origo.origin.api.OriginProfile;
import org.origo.origin.knowledge.Knowledge;
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
                if (!Files.isRegularFile(file)) {
                    throw new OrigoException(RulesMessages.get("cmd.rules.file.missing", file));
                }
                RuleTests.Report r;
                try (InputStream in = Files.newInputStream(file)) {
                    r = RuleTests.run(file.toString(), in, contributions::profile, k);
                } catch (IOException e) {
                    throw new OrigoException(RulesMessages.get("cmd.rules.file.missing", file), e);
                }
                if (r.passed()) {
                    ctx.println(RulesMessages.get("cmd.rules.pass", file, r.cases(), r.profileId()));
                } else {
                    failed = true;
                    ctx.println(RulesMessages.get("cmd.rules.fail", file, r.failures().size(), r.cases(), r.profileId()));
                    for (RuleTests.Failure x : r.failures()) {
                        ctx.println(RulesMessages.get("cmd.rules.failure", x.file(), x.line(), x.caseName(),
                                x.reason().in(ctx.locale())));
                    }
                }
            }
            return failed ? 1 : 0;
        default:
            throw new UsageException(RulesMessages.get("cmd.rules.unknown", pos.get(0)));
        }
    }
}
