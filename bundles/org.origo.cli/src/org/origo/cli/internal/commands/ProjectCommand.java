package org.origo.cli.internal.commands;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.origo.api.Args;
import org.origo.api.CommandContext;
import org.origo.api.OrigoCommand;
import org.origo.api.OrigoException;
import org.origo.api.UsageException;
import org.origo.cli.internal.Json;
import org.origo.core.Pipeline;
import org.origo.core.ProjectStore;
import org.origo.model.Asset;
import org.origo.model.InventorySnapshot;
import org.origo.model.Project;
import org.origo.model.Verdict;
import org.origo.model.VerdictOutcome;
import org.osgi.service.component.annotations.Component;

/** {@code origo project new|info <dir>}. */
@Component(service = OrigoCommand.class, property = { OrigoCommand.PROP_NAME + "=project", Json.PROP_JSON + "=true" })
public class ProjectCommand extends BaseCommand {

    @Override
    public String name() {
        return "project";
    }

    @Override
    public int run(CommandContext ctx) throws OrigoException {
        Args args = Args.parse(ctx.args(), Set.of("name"), Set.of("json"));
        if (args.positional().size() != 2) {
            throw new UsageException(msg("project.usage.error"));
        }
        String action = args.positional().get(0);
        Path dir = ctx.path(args.positional().get(1));
        switch (action) {
        case "new": {
            Project p = ProjectStore.create(dir, args.get("name", null));
            if (args.has("json")) {
                Map<String, Object> doc = new java.util.LinkedHashMap<>();
                doc.put("created", p.getName());
                doc.put("folder", dir.toString());
                Json.print(ctx.out(), doc);
                return 0;
            }
            ctx.println(msg("project.created", p.getName(), dir));
            return 0;
        }
        case "info": {
            Project p = ProjectStore.open(dir);
            if (args.has("json")) {
                Json.print(ctx.out(), infoJson(p, dir));
                return 0;
            }
            info(ctx, p, dir);
            return 0;
        }
        default:
            throw new UsageException(msg("project.usage.error"));
        }
    }

    /** {@code project info --json}: the figures of {@link #info} as one JSON document. */
    static Map<String, Object> infoJson(Project p, Path dir) {
        Map<String, Object> doc = new java.util.LinkedHashMap<>();
        doc.put("name", p.getName());
        doc.put("folder", dir.toString());
        doc.put("profile", p.getProfileId());
        java.util.List<Map<String, Object>> snaps = new java.util.ArrayList<>();
        for (InventorySnapshot s : p.getSnapshots()) {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("id", s.getId());
            m.put("importedAt", s.getImportedAt() == null ? null : s.getImportedAt().toInstant().toString());
            m.put("assets", s.getAssets().size());
            m.put("files", s.getSourceFiles().size());
            m.put("problems", s.getProblems().size());
            snaps.add(m);
        }
        doc.put("snapshots", snaps);
        InventorySnapshot latest = Pipeline.latest(p);
        if (latest != null && p.getProfileId() != null) {
            Map<String, Object> v = new java.util.LinkedHashMap<>();
            int[] c = counts(p, latest);
            v.put("replace", c[0]);
            v.put("keep", c[1]);
            v.put("review", c[2]);
            v.put("anyUs", c[3]);
            doc.put("verdicts", v);
        }
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("count", p.getMatches().size());
        m.put("catalogs", new java.util.ArrayList<>(p.getCatalogIds()));
        doc.put("matches", m);
        if (p.getPlan() != null) {
            Map<String, Object> plan = new java.util.LinkedHashMap<>();
            plan.put("phases", p.getPlan().getPhases().size());
            plan.put("items", p.getPlan().getItems().size());
            doc.put("plan", plan);
        }
        doc.put("auditEntries", p.getAuditLog().size());
        return doc;
    }

    /** REPLACE, KEEP, REVIEW and US-origin counts of the latest inventory under the project's profile. */
    private static int[] counts(Project p, InventorySnapshot latest) {
        int[] c = new int[4];
        for (Asset a : latest.getAssets()) {
            Verdict v = Pipeline.verdict(a, p.getProfileId());
            if (v != null && v.getOutcome() != null) {
                c[v.getOutcome() == VerdictOutcome.REPLACE ? 0 : v.getOutcome() == VerdictOutcome.KEEP ? 1 : 2]++;
                c[3] += v.isAnyUs() ? 1 : 0;
            }
        }
        return c;
    }

    static void info(CommandContext ctx, Project p, Path dir) {
        ctx.println(msg("project.info.name", p.getName(), dir));
        ctx.println(msg("project.info.profile", p.getProfileId() == null ? "-" : p.getProfileId()));
        ctx.println(msg("project.info.snapshots", p.getSnapshots().size()));
        for (InventorySnapshot s : p.getSnapshots()) {
            ctx.println(msg("project.info.snapshot", s.getId(), s.getImportedAt() == null ? "-" : s.getImportedAt().toInstant().toString(),
                    s.getAssets().size(), s.getSourceFiles().size(), s.getProblems().size()));
        }
        InventorySnapshot latest = Pipeline.latest(p);
        if (latest != null && p.getProfileId() != null) {
            int[] c = counts(p, latest);
            ctx.println(msg("project.info.verdicts", c[0], c[1], c[2], c[3]));
        }
        ctx.println(msg("project.info.matches", p.getMatches().size(), String.join(", ", p.getCatalogIds())));
        if (p.getPlan() != null) {
            ctx.println(msg("project.info.plan", p.getPlan().getPhases().size(), p.getPlan().getItems().size()));
        }
        ctx.println(msg("project.info.audit", p.getAuditLog().size()));
    }
}
