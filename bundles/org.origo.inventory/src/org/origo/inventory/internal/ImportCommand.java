package org.origo.inventory.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.origo.api.Args;
import org.origo.api.CommandContext;
import org.origo.api.OrigoCommand;
import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.api.UsageException;
import org.origo.core.ProjectStore;
import org.origo.inventory.api.ImportPreview;
import org.origo.inventory.api.ImportReport;
import org.origo.inventory.api.ImportRequest;
import org.origo.inventory.api.InventoryImporter;
import org.origo.inventory.api.InventoryService;
import org.origo.inventory.engine.InventoryEngine;
import org.origo.inventory.internal.i18n.EngineMessages;
import org.origo.model.ImportProblem;
import org.origo.model.InventorySnapshot;
import org.origo.model.Project;
import org.origo.model.Severity;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code origo import <files|dirs|zips...> --project DIR [--format ID] [--mapping FILE] [--preview]
 * [--save-mapping FILE] [--strict] [--merge-keys serial,uuid] [--label TEXT] [--option NAME=VALUE]}.
 * Opens the project, imports through the inventory service, saves atomically and appends an audit
 * entry; on any failure the project on disk is untouched.
 */
@Component(service = OrigoCommand.class, property = { OrigoCommand.PROP_NAME + "=import" })
public class ImportCommand implements OrigoCommand {

    private static final Set<String> VALUED = Set.of("project", "format", "mapping", "merge-keys", "label", "option",
            "save-mapping", "site", "department", "source", "max-gone");
    private static final Set<String> FLAGS = Set.of("preview", "strict", "complete", "undo");
    private static final int SHOWN_PROBLEMS = 10;

    private volatile InventoryService service;

    @Reference
    void setService(InventoryService s) {
        this.service = s;
    }

    void unsetService(InventoryService s) {
        if (this.service == s) {
            this.service = null;
        }
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public Text summary() {
        return EngineMessages.get("cmd.import.summary");
    }

    @Override
    public Text usage() {
        List<String> ids = new ArrayList<>();
        InventoryService s = service;
        if (s != null) {
            for (InventoryImporter i : s.importers()) {
                ids.add(i.id());
            }
        }
        ids.sort(null);
        return EngineMessages.get("cmd.import.usage", String.join(", ", ids));
    }

    @Override
    public int run(CommandContext ctx) throws OrigoException {
        Args args = Args.parse(ctx.args(), VALUED, FLAGS);
        if (args.has("undo")) {
            if (!args.positional().isEmpty()) {
                throw new UsageException(EngineMessages.get("cmd.import.undo.alone"));
            }
            return undo(ctx, ctx.path(args.require("project")));
        }
        if (args.positional().isEmpty()) {
            throw new UsageException(EngineMessages.get("input.none"));
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (String o : args.all("option")) {
            int eq = o.indexOf('=');
            if (eq <= 0) {
                throw new UsageException(EngineMessages.get("cmd.import.option.invalid", o));
            }
            options.put(o.substring(0, eq).trim(), o.substring(eq + 1));
        }
        if (args.has("complete")) {
            options.put(InventoryEngine.OPTION_COMPLETE, "true");
        }
        putScope(options, InventoryEngine.OPTION_SCOPE_SITES, args.all("site"));
        putScope(options, InventoryEngine.OPTION_SCOPE_DEPARTMENTS, args.all("department"));
        putScope(options, InventoryEngine.OPTION_SCOPE_SOURCES, args.all("source"));
        if (args.has("max-gone")) {
            options.put(InventoryEngine.OPTION_MAX_GONE, args.get("max-gone", ""));
        }
        List<String> keys = args.has("merge-keys")
                ? Arrays.stream(args.get("merge-keys", "").split(",")).map(String::trim).filter(k -> !k.isEmpty()).toList()
                : ImportRequest.DEFAULT_MERGE_KEYS;
        String mapping = args.get("mapping", null);
        ImportRequest req = new ImportRequest(args.get("format", null), mapping == null ? null : ctx.path(mapping),
                args.has("strict"), keys, args.get("label", null), options);
        List<Path> inputs = new ArrayList<>();
        for (String p : args.positional()) {
            inputs.add(ctx.path(p));
        }
        InventoryService s = service;
        InventoryEngine engine = s instanceof InventoryServiceComponent c ? c.engine() : null;
        if (args.has("preview")) {
            List<ImportPreview> previews = engine != null ? engine.preview(inputs, args.positional(), req)
                    : s.preview(inputs, req);
            printPreview(ctx, previews);
            String save = args.get("save-mapping", null);
            if (save != null) {
                saveMapping(ctx, previews, ctx.path(save));
            }
            ctx.println(EngineMessages.get("cmd.import.preview.unchanged"));
            return 0;
        }
        if (!args.has("project")) {
            throw new UsageException(EngineMessages.get("cmd.import.project.required"));
        }
        Path dir = ctx.path(args.require("project"));
        Project project = ProjectStore.open(dir);
        ImportReport report;
        try {
            report = engine != null ? engine.importInto(project, inputs, args.positional(), req, ctx.progress())
                    : s.importInto(project, inputs, req, ctx.progress());
        } catch (OrigoException e) {
            // nothing was saved: the project folder is as it was
            throw e;
        }
        ProjectStore.save(project, dir);
        InventorySnapshot snap = report.snapshot();
        int unchanged = InventoryEngine.unchanged(snap);
        int kept = snap.getAssets().size() - report.assets();
        String scope = InventoryEngine.describeScope(snap);
        ProjectStore.audit(dir, "import", String.join(" ", args.positional()) + " -> " + snap.getId() + " ("
                + report.assets() + " assets, " + report.newAssets() + " new, " + unchanged + " unchanged, "
                + (report.mergedAssets() - unchanged) + " merged with changes, " + report.goneAssets() + " gone, "
                + (snap.isComplete() ? "complete" : "scope " + scope + ", " + kept + " kept") + ", "
                + report.problems().size() + " problems)");
        for (ImportProblem p : report.problems()) {
            if ("override".equals(p.getField())) {
                ProjectStore.audit(dir, "verdict.override.import", p.getMessageEn());
            }
        }
        ctx.println(EngineMessages.get("cmd.import.done", report.filesRead(), report.recordsRead(), snap.getId(),
                report.assets(), report.newAssets(), report.mergedAssets() - unchanged, report.goneAssets(), unchanged));
        if (!snap.isComplete()) {
            ctx.println(EngineMessages.get("cmd.import.scope", scope, kept));
        }
        // overrides whose asset is gone are said whatever else the import met
        boolean zh = Text.isChinese(ctx.locale());
        for (ImportProblem p : report.problems()) {
            if ("override".equals(p.getField()) && p.getSeverity() == Severity.WARNING) {
                ctx.out().println("  " + EngineMessages.get("severity." + p.getSeverity().getLiteral()).in(ctx.locale()) + ": "
                        + (zh ? p.getMessageZh() : p.getMessageEn()));
            }
        }
        printProblems(ctx, report.problems());
        ctx.println(EngineMessages.get("cmd.import.saved", dir));
        return 0;
    }

    private static void putScope(Map<String, String> options, String key, List<String> values) {
        List<String> all = new ArrayList<>();
        for (String v : values) {
            for (String part : v.split("\\|")) {
                if (!part.isBlank()) {
                    all.add(part.strip());
                }
            }
        }
        if (!all.isEmpty()) {
            options.put(key, String.join("|", all));
        }
    }

    /** Removes the latest snapshot; the one before it (kept as it was) becomes current again. */
    private static int undo(CommandContext ctx, Path dir) throws OrigoException {
        Project project = ProjectStore.open(dir);
        InventoryEngine.Undone u = InventoryEngine.undo(project);
        if (u == null) {
            throw new OrigoException(EngineMessages.get("cmd.import.undo.none"));
        }
        ProjectStore.save(project, dir);
        ProjectStore.audit(dir, "import.undo", u.removed().getId() + " removed, " + (u.current() == null ? "-" : u.current().getId())
                + " current");
        String label = Text.decode(u.removed().getLabel()).in(ctx.locale());
        ctx.println(EngineMessages.get("cmd.import.undone", u.removed().getId(), label, u.current() == null ? "-" : u.current().getId(),
                u.current() == null ? 0 : u.current().getAssets().size()));
        return 0;
    }

    static void printProblems(CommandContext ctx, List<ImportProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        int errors = 0;
        int warnings = 0;
        for (ImportProblem p : problems) {
            if (p.getSeverity() == Severity.ERROR) {
                errors++;
            } else if (p.getSeverity() == Severity.WARNING) {
                warnings++;
            }
        }
        ctx.println(EngineMessages.get("cmd.import.problems", problems.size(), errors, warnings));
        boolean zh = Text.isChinese(ctx.locale());
        int shown = 0;
        // errors and warnings first, then information
        for (int pass = 0; pass < 2 && shown < SHOWN_PROBLEMS; pass++) {
            for (ImportProblem p : problems) {
                boolean info = p.getSeverity() == Severity.INFO;
                if ((pass == 0) == info) {
                    continue;
                }
                ctx.out().println("  " + EngineMessages.get("severity." + p.getSeverity().getLiteral()).in(ctx.locale()) + ": "
                        + org.origo.api.Location.prefix(p.getFile(), p.getLine(), p.getField(), ctx.locale())
                        + (zh ? p.getMessageZh() : p.getMessageEn()));
                if (++shown >= SHOWN_PROBLEMS) {
                    break;
                }
            }
        }
    }

    static void printPreview(CommandContext ctx, List<ImportPreview> previews) {
        for (ImportPreview p : previews) {
            if (p.importer() == null) {
                ctx.out().println(p.source());
                ctx.println(EngineMessages.get("cmd.import.preview.none"));
                continue;
            }
            ctx.println(EngineMessages.get("cmd.import.preview.file", p.source(), p.importer()));
            for (Map.Entry<String, String> d : p.detected().entrySet()) {
                String key = "preview.key." + d.getKey().replace(' ', '-');
                Text name = EngineMessages.get(key);
                ctx.println(EngineMessages.get("cmd.import.preview.detected",
                        name.en().equals(key) ? d.getKey() : name.in(ctx.locale()), d.getValue()));
            }
            for (int i = 0; i < p.columns().size(); i++) {
                String target = i < p.mapping().size() ? p.mapping().get(i) : null;
                ctx.println(EngineMessages.get("cmd.import.preview.column", p.columns().get(i),
                        target == null ? EngineMessages.get("cmd.import.preview.ignored").in(ctx.locale()) : target));
            }
            int n = 1;
            for (Map<String, String> row : p.rows()) {
                ctx.println(EngineMessages.get("cmd.import.preview.row", n++, row.toString()));
            }
            for (Text note : p.notes()) {
                ctx.println(EngineMessages.get("cmd.import.preview.note", note.in(ctx.locale())));
            }
        }
    }

    /**
     * Writes the mapping of the first tabular input in the mapping file format read by the ledger
     * importers: {@code @encoding}, {@code @delimiter} settings, then one {@code header = field} line per column.
     */
    static void saveMapping(CommandContext ctx, List<ImportPreview> previews, Path file) throws OrigoException {
        ImportPreview tab = null;
        for (ImportPreview p : previews) {
            if (!p.columns().isEmpty()) {
                tab = p;
                break;
            }
        }
        if (tab == null) {
            throw new OrigoException(EngineMessages.get("cmd.import.mapping.nothing"));
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# Column mapping for origo import --mapping (edit the right-hand side; 'ignore' skips a column)\n");
        sb.append("# Written from ").append(tab.source()).append('\n');
        for (Map.Entry<String, String> d : tab.detected().entrySet()) {
            if (d.getKey().equals("encoding") || d.getKey().equals("delimiter") || d.getKey().equals("date-format")
                    || d.getKey().equals("sheet")) {
                String v = d.getValue();
                if (d.getKey().equals("encoding") && v.endsWith(" (BOM)")) {
                    v = v.substring(0, v.length() - 6);
                }
                if (d.getKey().equals("delimiter")) {
                    v = v.equals("\t") ? "tab" : v.indexOf(' ') > 0 ? v.substring(0, v.indexOf(' ')) : v;
                }
                sb.append('@').append(d.getKey()).append(" = ").append(v).append('\n');
            }
        }
        for (int i = 0; i < tab.columns().size(); i++) {
            String target = i < tab.mapping().size() ? tab.mapping().get(i) : null;
            sb.append(tab.columns().get(i).replace("=", "\\=")).append(" = ").append(target == null ? "ignore" : target)
                    .append('\n');
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, ".mapping-", ".tmp");
            try {
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    w.write(sb.toString());
                }
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new OrigoException(EngineMessages.get("source.unreadable", e.getMessage()), file.toString(), -1, null, e);
        }
        ctx.println(EngineMessages.get("cmd.import.mapping.saved", file));
    }
}
