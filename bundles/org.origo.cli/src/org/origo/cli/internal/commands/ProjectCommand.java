package org.origo.cli.internal.commands;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.origo.api.Args;
import org.origo.api.CommandContext;
import org.origo.api.OrigoCommand;
import org.origo.api.OrigoException;
import org.origo.api.UsageException;
import org.origo.core.Pipeline;
import org.origo.core.ProjectStore;
import org.origo.model.Asset;
import org.origo.model.InventorySnapshot;
import org.origo.model.Project;
import org.origo.model.Verdict;
import org.origo.model.VerdictOutcome;
import org.osgi.service.component.annotations.Component;

/** {@code origo project new|info <dir>}. */
@Component(service = OrigoCommand.class, property = OrigoCommand.PROP_NAME + "=project")
public class ProjectCommand extends BaseCommand {

    @Override
    public String name() {
        return "project";
    }

    @Override
    public int run(CommandContext ctx) throws OrigoException {
        Args args = Args.parse(ctx.args(), Set.of("name"), Set.of());
        if (args.positional().size() != 2) {
            throw new UsageException(msg("project.usage.error"));
        }
        String action = args.positional().get(0);
        Path dir = ctx.path(args.positional().get(1));
        switch (action) {
        case "new": {
            Project p = ProjectStore.create(dir, args.get("name", null));
            ctx.println(msg("project.created", p.getName(), dir));
            return 0;
        }
        case "info": {
            Project p = ProjectStore.open(dir);
            info(ctx, p, dir);
            return 0;
        }
        default:
            throw new UsageException(msg("project.usage.error"));
        }
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
            Map<VerdictOutcome, Integer> counts = new EnumMap<>(VerdictOutcome.class);
            int anyUs = 0;
            for (Asset a : latest.getAssets()) {
                Verdict v = Pipeline.verdict(a, p.getProfileId());
                if (v != null) {
                    counts.merge(v.getOutcome(), 1, Integer::sum);
                    anyUs += v.isAnyUs() ? 1 : 0;
                }
            }
            ctx.println(msg("project.info.verdicts", counts.getOrDefault(VerdictOutcome.REPLACE, 0),
                    counts.getOrDefault(VerdictOutcome.KEEP, 0), counts.getOrDefault(VerdictOutcome.REVIEW, 0), anyUs));
        }
        ctx.println(msg("project.info.matches", p.getMatches().size(), String.join(", ", p.getCatalogIds())));
        if (p.getPlan() != null) {
            ctx.println(msg("project.info.plan", p.getPlan().getPhases().size(), p.getPlan().getItems().size()));
        }
        ctx.println(msg("project.info.audit", p.getAuditLog().size()));
    }
}
