package org.origo.cli.internal.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.origo.api.Args;
import org.origo.api.CommandContext;
import org.origo.api.OrigoCommand;
import org.origo.api.OrigoException;
import org.origo.api.UsageException;
import org.origo.catalog.api.MatchPolicy;
import org.origo.core.Contributions;
import org.origo.core.Pipeline;
import org.origo.core.ProjectStore;
import org.origo.inventory.api.ImportReport;
import org.origo.inventory.api.ImportRequest;
import org.origo.model.Catalog;
import org.origo.model.Phase;
import org.origo.model.Plan;
import org.origo.model.Project;
import org.origo.model.VerdictOutcome;
import org.origo.plan.api.PlanRequest;
import org.origo.report.api.ReportRequest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code origo assess}: the main job. Import → classify → match → plan → reports in one go, into a
 * project folder that also receives verdicts.csv, matches.csv, plan.csv, report.html and report.xlsx.
 */
@Component(service = OrigoCommand.class, property = OrigoCommand.PROP_NAME + "=assess")
public class AssessCommand extends BaseCommand {

    static final String DEFAULT_PROFILE = "cn-2020";

    @Reference
    Contributions contributions;

    @Override
    public String name() {
        return "assess";
    }

    @Override
    public int run(CommandContext ctx) throws OrigoException {
        Set<String> valued = new HashSet<>(PlanOptions.VALUED);
        valued.addAll(Set.of("profile", "out", "catalogs", "format", "label", "mapping", "merge-keys", "name"));
        Args args = Args.parse(ctx.args(), valued, Set.of("strict", "replan"));
        if (args.positional().isEmpty()) {
            throw new UsageException(msg("assess.no.inputs"));
        }
        List<Path> inputs = new ArrayList<>();
        for (String p : args.positional()) {
            inputs.add(ctx.path(p));
        }
        Path out = ctx.path(args.require("out"));
        String profile = args.get("profile", DEFAULT_PROFILE);
        ImportRequest request = new ImportRequest(args.get("format", null),
                args.has("mapping") ? ctx.path(args.get("mapping", null)) : null, args.has("strict"),
                args.has("merge-keys") ? List.of(args.get("merge-keys", "").split(",")) : ImportRequest.DEFAULT_MERGE_KEYS,
                args.get("label", null), java.util.Map.of());
        List<String> catalogIds = args.has("catalogs") ? List.of(args.get("catalogs", "").split(",")) : List.of();
        PlanRequest planRequest = PlanOptions.parse(args, profile);
        return assess(ctx, contributions, inputs, out, args.get("name", null), profile, request, catalogIds, planRequest,
                args.has("replan"));
    }

    /** The assessment itself, shared with {@code origo demo}. */
    static int assess(CommandContext ctx, Contributions contributions, List<Path> inputs, Path out, String name, String profile,
            ImportRequest request, List<String> catalogIds, PlanRequest planRequest, boolean replan) throws OrigoException {
        Locale locale = ctx.locale();
        Pipeline pipeline = new Pipeline(contributions);
        // fail early on what is missing, before any work or any file is written
        pipeline.requireProfile(profile);
        boolean existing = ProjectStore.isProject(out);
        Project project = existing ? ProjectStore.open(out) : null;
        if (project == null) {
            project = org.origo.model.OrigoFactory.eINSTANCE.createProject();
            project.setName(name != null ? name : out.toAbsolutePath().getFileName().toString());
            project.setCreatedAt(new java.util.Date());
        }
        ImportReport imported = pipeline.importFiles(project, inputs, request, ctx.progress());
        ctx.println(msg("assess.imported", imported.assets(), imported.filesRead(), imported.newAssets(),
                imported.mergedAssets(), imported.goneAssets(), imported.problems().size()));
        Pipeline.Classification c = pipeline.classify(project, profile, ctx.progress());
        int replace = c.counts().getOrDefault(VerdictOutcome.REPLACE, 0);
        ctx.println(msg("assess.classified", c.assets(), profile, replace, c.counts().getOrDefault(VerdictOutcome.KEEP, 0),
                c.counts().getOrDefault(VerdictOutcome.REVIEW, 0), c.anyUs()));
        List<String> catalogProblems = new ArrayList<>();
        List<Catalog> catalogs = pipeline.loadCatalogs(catalogIds, catalogProblems);
        for (String p : catalogProblems) {
            ctx.err().println(msg("assess.catalog.skipped", p).in(locale));
        }
        int matched = pipeline.match(project, profile, catalogs, MatchPolicy.defaults(), ctx.progress());
        ctx.println(msg("assess.matched", matched, replace, catalogs.size()));
        if (project.getPlan() == null || replan || !existing) {
            Plan plan = pipeline.plan(project, planRequest, ctx.progress());
            project.setPlan(plan);
        }
        ProjectStore.save(project, out);
        ProjectStore.audit(out, "assess", "inputs=" + inputs + " profile=" + profile + " assets=" + c.assets()
                + " replace=" + replace);
        printPlan(ctx, project.getPlan());
        List<Path> written = new ArrayList<>();
        written.addAll(pipeline.report(project, "csv", new ReportRequest(out, locale, profile, Set.of("verdicts", "matches", "plan"))));
        written.addAll(pipeline.report(project, "html", new ReportRequest(out, locale, profile, Set.of())));
        written.addAll(pipeline.report(project, "xlsx", new ReportRequest(out, locale, profile, Set.of())));
        ctx.println(msg("assess.written", out));
        for (Path w : written) {
            ctx.out().println("  " + w);
        }
        return 0;
    }

    static void printPlan(CommandContext ctx, Plan plan) {
        if (plan == null) {
            return;
        }
        for (Phase ph : plan.getPhases()) {
            ctx.println(msg("assess.phase", ph.getIndex(), String.valueOf(ph.getYear()), String.format(Locale.ROOT, "%.0f", ph.getTargetShare()),
                    ph.getPlannedCount(), String.format(Locale.ROOT, "%,.0f", ph.getPlannedCost()),
                    ph.getBudget() > 0 ? String.format(Locale.ROOT, "%,.0f", ph.getBudget()) : "-"));
        }
        for (String r : plan.getRelaxations()) {
            ctx.println(msg("assess.relaxed", org.origo.api.Text.decode(r).in(ctx.locale())));
        }
    }
}
