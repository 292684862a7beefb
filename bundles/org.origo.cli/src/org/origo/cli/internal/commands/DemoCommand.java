package org.origo.cli.internal.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.origo.api.Args;
import org.origo.api.CommandContext;
import org.origo.api.OrigoCommand;
import org.origo.api.OrigoException;
import org.origo.api.Progress;
import org.origo.core.Contributions;
import org.origo.generator.EstateGenerator;
import org.origo.generator.GenerationResult;
import org.origo.inventory.api.ImportRequest;
import org.origo.plan.api.PlanRequest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code origo demo}: generates the embedded demo administration (deterministic, several thousand
 * seats across sites and departments) and runs the main job on it.
 */
@Component(service = OrigoCommand.class, property = OrigoCommand.PROP_NAME + "=demo")
public class DemoCommand extends BaseCommand {

    /** Marks a folder as made by {@code origo demo}, so a later run may replace it. */
    static final String MARKER = ".origo-demo";

    @Reference
    Contributions contributions;

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public int run(CommandContext ctx) throws OrigoException {
        Set<String> valued = new HashSet<>(PlanOptions.VALUED);
        valued.addAll(Set.of("out", "profile"));
        Args args = Args.parse(ctx.args(), valued, Set.of());
        if (!args.positional().isEmpty()) {
            throw new org.origo.api.UsageException(msg("demo.usage.error"));
        }
        Path out = ctx.path(args.get("out", "origo-demo"));
        prepare(out);
        Path ledger = out.resolve("input").resolve("demo-administration.csv");
        EstateGenerator generator = EstateGenerator.demo();
        Progress progress = ctx.progress();
        progress.begin(msg("demo.generating", generator.settings().assets()), generator.settings().assets());
        GenerationResult generated;
        try {
            generated = generator.write(ledger, true, progress::worked);
        } catch (IOException e) {
            throw new OrigoException(msg("demo.io", ledger, e.getMessage()), e);
        }
        ctx.println(msg("demo.generated", generated.assets(), ledger));
        String profile = args.get("profile", AssessCommand.DEFAULT_PROFILE);
        PlanRequest plan = PlanOptions.parse(args, profile);
        int code = AssessCommand.assess(ctx, contributions, List.of(ledger), out.resolve("project"),
                msg("demo.name").in(ctx.locale()), profile,
                ImportRequest.defaults(), List.of(), plan, true);
        ctx.println(msg("demo.report", out.resolve("project").resolve("report." + (org.origo.api.Text.isChinese(ctx.locale()) ? "zh" : "en") + ".html")));
        return code;
    }

    /** Creates the folder, or empties one an earlier demo made; refuses any other non-empty folder. */
    private static void prepare(Path out) throws OrigoException {
        try {
            if (Files.isDirectory(out)) {
                boolean empty;
                try (var s = Files.list(out)) {
                    empty = s.findAny().isEmpty();
                }
                if (!empty && !Files.exists(out.resolve(MARKER))) {
                    throw new OrigoException(msg("demo.not.demo", out));
                }
                if (!empty) {
                    try (var walk = Files.walk(out)) {
                        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                            if (!p.equals(out)) {
                                Files.delete(p);
                            }
                        }
                    }
                }
            } else if (Files.exists(out)) {
                throw new OrigoException(msg("demo.not.demo", out));
            }
            Files.createDirectories(out);
            Files.writeString(out.resolve(MARKER), "made by origo demo; the next run of origo demo replaces this folder\n");
        } catch (IOException e) {
            throw new OrigoException(msg("demo.io", out, e.getMessage()), e);
        }
    }
}
