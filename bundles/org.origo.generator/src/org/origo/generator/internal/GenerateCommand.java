package org.origo.generator.internal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.origo.api.Args;
import org.origo.api.CommandContext;
import org.origo.api.OrigoCommand;
import org.origo.api.OrigoException;
import org.origo.api.Progress;
import org.origo.api.Text;
import org.origo.api.UsageException;
import org.origo.generator.EstateGenerator;
import org.origo.generator.GenerationResult;
import org.origo.generator.GeneratorSettings;
import org.origo.generator.OutputFormat;
import org.origo.generator.internal.i18n.GeneratorMessages;
import org.osgi.service.component.annotations.Component;

/** {@code origo generate}: writes a generated estate. */
@Component(service = OrigoCommand.class, property = {OrigoCommand.PROP_NAME + "=generate"})
public class GenerateCommand implements OrigoCommand {

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public Text summary() {
        return GeneratorMessages.get("command.summary");
    }

    @Override
    public Text usage() {
        return GeneratorMessages.get("command.usage", Long.toString(GeneratorSettings.MAX_ASSETS),
                Long.toString(GeneratorSettings.DEMO_ASSETS), Long.toString(GeneratorSettings.DEMO_SEED));
    }

    /** Reads the settings from the command line. */
    static GeneratorSettings settings(Args args) throws UsageException {
        GeneratorSettings demo = GeneratorSettings.demo();
        if (!args.positional().isEmpty()) {
            throw new UsageException(GeneratorMessages.get("error.arguments", args.positional().get(0)));
        }
        long assets;
        long seed;
        if (args.has("demo")) {
            assets = demo.assets();
            seed = demo.seed();
        } else {
            String a = args.require("assets");
            try {
                assets = Long.parseLong(a.trim().replace("_", ""));
            } catch (NumberFormatException e) {
                assets = -1;
            }
            if (assets < 1 || assets > GeneratorSettings.MAX_ASSETS) {
                throw new UsageException(GeneratorMessages.get("error.assets", a, Long.toString(GeneratorSettings.MAX_ASSETS)));
            }
            String s = args.require("seed");
            try {
                seed = Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                throw new UsageException(GeneratorMessages.get("error.seed", s));
            }
        }
        String f = args.get("format", "csv").trim().toLowerCase(Locale.ROOT);
        boolean hosts = args.has("hosts") || f.equals("hosts");
        OutputFormat format = f.equals("hosts") ? OutputFormat.CSV : OutputFormat.of(f);
        if (format == null) {
            throw new UsageException(GeneratorMessages.get("error.format", f));
        }
        int min = 10;
        int max = 40;
        if (args.has("software")) {
            String sw = args.get("software", "");
            String[] parts = sw.split("-", -1);
            try {
                min = Integer.parseInt(parts[0].trim());
                max = parts.length == 1 ? min : Integer.parseInt(parts[1].trim());
            } catch (NumberFormatException e) {
                throw new UsageException(GeneratorMessages.get("error.software", sw));
            }
            if (parts.length > 2 || min < 0 || max < min || max > 60) {
                throw new UsageException(GeneratorMessages.get("error.software", sw));
            }
        }
        return new GeneratorSettings(assets, seed, format, hosts, min, max);
    }

    @Override
    public int run(CommandContext context) throws OrigoException {
        Args args = Args.parse(context.args(), Set.of("assets", "seed", "out", "format", "software"),
                Set.of("hosts", "force", "demo"));
        GeneratorSettings settings = settings(args);
        String outArg = args.get("out", null);
        if (outArg == null) {
            throw new UsageException(GeneratorMessages.get("error.out.missing"));
        }
        Path out = context.path(outArg);
        Progress progress = context.progress();
        progress.begin(GeneratorMessages.get("task.generate", settings.assets()), settings.assets());
        long start = System.nanoTime();
        GenerationResult result;
        try {
            result = new EstateGenerator(settings).write(out, args.has("force"), n -> {
                progress.checkCancelled();
                progress.worked(n);
            });
        } catch (FileAlreadyExistsException e) {
            throw new OrigoException(GeneratorMessages.get("error.exists", out), out.toString(), -1, null, e);
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new OrigoException(GeneratorMessages.get("error.write", out, reason), out.toString(), -1, null, e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        context.println(GeneratorMessages.get("done", result.assets(), result.rows(), result.hostFiles(),
                String.format(Locale.ROOT, "%.1f", result.bytes() / 1e6), result.output(),
                String.format(Locale.ROOT, "%.1f", seconds)));
        return 0;
    }
}
