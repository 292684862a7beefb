package org.origo.report.csv.internal;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.origo.api.Args;
import org.origo.api.CommandContext;
import org.origo.api.OrigoCommand;
import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.api.UsageException;
import org.origo.core.Contributions;
import org.origo.core.Pipeline;
import org.origo.core.ProjectStore;
import org.origo.model.Project;
import org.origo.report.api.ReportRequest;
import org.origo.report.csv.internal.i18n.ReportMessages;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code origo report}: renders the project in one or more formats through the installed renderers. */
@Component(service = OrigoCommand.class, property = { OrigoCommand.PROP_NAME + "=report" })
public class ReportCommand implements OrigoCommand {

    static final Set<String> TABLES = Set.of("summary", "verdicts", "matches", "plan", "progress", "findings");

    @Reference
    Contributions contributions;

    @Override
    public String name() {
        return "report";
    }

    @Override
    public Text summary() {
        return ReportMessages.get("cmd.report.summary");
    }

    @Override
    public Text usage() {
        return ReportMessages.get("cmd.report.usage");
    }

    @Override
    public int run(CommandContext ctx) throws OrigoException {
        Args args = Args.parse(ctx.args(), Set.of("project", "format", "out", "lang", "profile", "tables"), Set.of("bom"));
        if (!args.positional().isEmpty()) {
            throw new UsageException(ReportMessages.get("error.extra.argument", args.positional().get(0)));
        }
        Path dir = ctx.path(args.require("project"));
        List<String> formats = split(args.require("format"));
        if (formats.isEmpty()) {
            throw new UsageException(ReportMessages.get("error.format.missing"));
        }
        Locale locale = locale(args.get("lang", null), ctx.locale());
        Set<String> tables = new LinkedHashSet<>(split(args.get("tables", "")));
        for (String t : tables) {
            if (!TABLES.contains(t)) {
                throw new UsageException(ReportMessages.get("error.table", t, String.join(", ", new java.util.TreeSet<>(TABLES))));
            }
        }
        Path out = args.has("out") ? ctx.path(args.get("out", ".")) : dir;
        Project project = ProjectStore.open(dir);
        if (args.has("bom")) {
            // for this run only: the project is not saved by the report command
            ProjectStore.setSetting(project, CsvReportRenderer.SETTING_BOM, "true");
        }
        Pipeline pipeline = new Pipeline(contributions);
        ReportRequest request = new ReportRequest(out, locale, args.get("profile", null), tables);
        for (String f : formats) {
            for (Path p : pipeline.report(project, f, request)) {
                ctx.out().println(ReportMessages.get(locale, "out.written", p));
            }
        }
        return 0;
    }

    static Locale locale(String lang, Locale fallback) throws UsageException {
        if (lang == null) {
            return fallback;
        }
        return switch (lang.trim().toLowerCase(Locale.ROOT)) {
        case "en" -> Locale.ENGLISH;
        case "zh", "zh-cn", "zh_cn", "zh-hans" -> Locale.SIMPLIFIED_CHINESE;
        default -> throw new UsageException(ReportMessages.get("error.lang", lang));
        };
    }

    private static List<String> split(String v) {
        List<String> out = new java.util.ArrayList<>();
        for (String s : v.split(",")) {
            if (!s.isBlank()) {
                out.add(s.trim().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
