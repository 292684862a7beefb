package org.origo.cli.internal.commands;

import java.io.IOException;
import java.nio.file.Files;
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
 * project folder that also receives verdicts.csv, matches.csv, plan.csv and the reports (report.en.html, report.en.pdf, report.en.xlsx, or .zh in Chinese).
 */
@Component(service = OrigoCommand.class, property = { OrigoCommand.PROP_NAME + "=assess", org.origo.cli.internal.Json.PROP_JSON + "=true" })
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
        Args args = Args.parse(ctx.args(), valued, Set.of("strict", "replan", "json"));
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
        if (!args.has("json")) {
            return assess(ctx, contributions, inputs, out, args.get("name", null), profile, request, catalogIds, planRequest,
                    args.has("replan"), null);
        }
        // --json: the text lines go to the error stream, the figures as one JSON document to the output
        java.util.Map<String, Object> doc = new java.util.LinkedHashMap<>();
        int code = assess(new TextToErr(ctx), contributions, inputs, out, args.get("name", null), profile, request, catalogIds, planRequest,
                args.has("replan"), doc);
        org.origo.cli.internal.Json.print(ctx.out(), doc);
        return code;
    }

    /** A context whose output is its error stream: the human lines of a command run with --json. */
    static final class TextToErr implements CommandContext {
        private final CommandContext ctx;

        TextToErr(CommandContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public List<String> args() {
            return ctx.args();
        }

        @Override
        public java.io.PrintStream out() {
            return ctx.err();
        }

        @Override
        public java.io.PrintStream err() {
            return ctx.err();
        }

        @Override
        public Locale locale() {
            return ctx.locale();
        }

        @Override
        public Path workingDirectory() {
            return ctx.workingDirectory();
        }

        @Override
        public boolean debug() {
            return ctx.debug();
        }

        @Override
        public org.origo.api.Progress progress() {
            return ctx.progress();
        }
    }

    /** The assessment itself, shared with {@code origo demo}. */
    static int assess(CommandContext ctx, Contributions contributions, List<Path> inputs, Path out, String name, String profile,
            ImportRequest request, List<String> catalogIds, PlanRequest planRequest, boolean replan, java.util.Map<String, Object> summary)
            throws OrigoException {
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
        Timings timings = new Timings(ctx);
        ImportReport imported = pipeline.importFiles(project, inputs, request, ctx.progress());
        timings.lap("import");
        ctx.println(msg("assess.imported", imported.assets(), imported.filesRead(), imported.newAssets(),
                imported.mergedAssets(), imported.goneAssets(), imported.problems().size()));
        Pipeline.Classification c = pipeline.classify(project, profile, ctx.progress());
        timings.lap("classify");
        int replace = c.counts().getOrDefault(VerdictOutcome.REPLACE, 0);
        ctx.println(msg("assess.classified", c.assets(), profile, replace, c.counts().getOrDefault(VerdictOutcome.KEEP, 0),
                c.counts().getOrDefault(VerdictOutcome.REVIEW, 0), c.anyUs()));
        List<String> catalogProblems = new ArrayList<>();
        List<Catalog> catalogs = pipeline.loadCatalogs(catalogIds, catalogProblems, locale);
        for (String p : catalogProblems) {
            ctx.err().println(msg("assess.catalog.skipped", p).in(locale));
        }
        int matched = pipeline.match(project, profile, catalogs, MatchPolicy.defaults(), ctx.progress());
        timings.lap("match");
        ctx.println(msg("assess.matched", matched, replace, catalogs.size()));
        if (summary != null) {
            java.util.Map<String, Object> imp = new java.util.LinkedHashMap<>();
            imp.put("assets", imported.assets());
            imp.put("files", imported.filesRead());
            imp.put("new", imported.newAssets());
            imp.put("merged", imported.mergedAssets());
            imp.put("gone", imported.goneAssets());
            imp.put("problems", imported.problems().size());
            summary.put("import", imp);
            java.util.Map<String, Object> cls = new java.util.LinkedHashMap<>();
            cls.put("assets", c.assets());
            cls.put("profile", profile);
            cls.put("replace", replace);
            cls.put("keep", c.counts().getOrDefault(VerdictOutcome.KEEP, 0));
            cls.put("review", c.counts().getOrDefault(VerdictOutcome.REVIEW, 0));
            cls.put("anyUs", c.anyUs());
            summary.put("classification", cls);
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("matched", matched);
            m.put("catalogs", catalogs.size());
            summary.put("matching", m);
        }
        if (project.getPlan() == null || replan || !existing) {
            Plan plan = pipeline.plan(project, planRequest, ctx.progress());
            project.setPlan(plan);
        }
        timings.lap("plan");
        printPlan(ctx, project.getPlan());
        if (Pipeline.planStale(project)) {
            ctx.println(msg("assess.plan.stale"));
        }
        List<Path> written = saveAndReport(pipeline, project, out, locale, profile,
                "inputs=" + inputs + " profile=" + profile + " assets=" + c.assets() + " replace=" + replace);
        timings.lap("save+reports");
        if (summary != null) {
            List<java.util.Map<String, Object>> phases = new ArrayList<>();
            for (Phase ph : project.getPlan().getPhases()) {
                java.util.Map<String, Object> p = new java.util.LinkedHashMap<>();
                p.put("phase", ph.getIndex());
                p.put("year", ph.getYear());
                p.put("targetShare", ph.getTargetShare());
                p.put("assets", ph.getPlannedCount());
                p.put("cost", Math.round(ph.getPlannedCost()));
                p.put("budget", ph.getBudget() > 0 ? Math.round(ph.getBudget()) : null);
                phases.add(p);
            }
            summary.put("plan", phases);
            summary.put("folder", out.toString());
            List<String> files = new ArrayList<>();
            for (Path w : written) {
                files.add(w.toString());
            }
            summary.put("written", files);
        }
        ctx.println(msg("assess.written", out));
        for (Path w : written) {
            ctx.out().println("  " + w);
        }
        return 0;
    }

    /**
     * Saves the project and writes the reports at the same time (they only read the model): the
     * reports go to a staging folder inside the project folder and are moved beside the project
     * once it is saved, so a failed save leaves the previous project and reports as they were.
     */
    static List<Path> saveAndReport(Pipeline pipeline, Project project, Path out, Locale locale, String profile, String audit)
            throws OrigoException {
        Path staging;
        try {
            java.nio.file.Files.createDirectories(out);
            staging = java.nio.file.Files.createTempDirectory(out, ".reports-");
        } catch (java.io.IOException e) {
            throw new OrigoException(msg("assess.staging.failed", out, String.valueOf(e.getMessage())), e);
        }
        int threads = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "origo-assess-output");
            t.setDaemon(true);
            return t;
        });
        try {
            // the longest jobs first: the workbook and the project file
            var xlsx = pool.submit(() -> pipeline.report(project, "xlsx", new ReportRequest(staging, locale, profile, Set.of())));
            var save = pool.submit(() -> {
                ProjectStore.save(project, out);
                return null;
            });
            var csv = pool.submit(() -> pipeline.report(project, "csv",
                    new ReportRequest(staging, locale, profile, Set.of("verdicts", "matches", "plan"))));
            var html = pool.submit(() -> pipeline.report(project, "html", new ReportRequest(staging, locale, profile, Set.of())));
            // the leadership summary as a PDF, when a PDF renderer is installed
            var pdf = pool.submit(() -> pipeline.contributions().renderer("pdf").isPresent()
                    ? pipeline.report(project, "pdf", new ReportRequest(staging, locale, profile, Set.of()))
                    : List.<Path>of());
            OrigoException saveFailure = failure(save);
            if (saveFailure != null) {
                // wait for the reports so nothing writes into the staging folder while it is removed
                failure(xlsx);
                failure(csv);
                failure(html);
                failure(pdf);
                throw saveFailure;
            }
            ProjectStore.audit(out, "assess", audit);
            List<Path> written = new ArrayList<>();
            OrigoException first = null;
            for (var f : List.of(csv, html, pdf, xlsx)) {
                OrigoException e = failure(f);
                if (e != null) {
                    first = first == null ? e : first;
                    continue;
                }
                for (Path p : done(f)) {
                    written.add(publish(staging, p, out));
                }
            }
            if (first != null) {
                throw first;
            }
            return written;
        } finally {
            pool.shutdownNow();
            // whatever cannot be deleted stays as a hidden .reports-* folder, which nothing reads
            removeStaging(staging);
        }
    }

    private static void removeStaging(Path staging) {
        try (var walk = Files.walk(staging)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // left as a hidden folder
        }
    }

    /** Wall time per step, printed to the error stream when the system property origo.timings is true. */
    static final class Timings {
        private final CommandContext ctx;
        private final boolean on = Boolean.getBoolean("origo.timings");
        private long last = System.nanoTime();

        Timings(CommandContext ctx) {
            this.ctx = ctx;
        }

        void lap(String step) {
            long now = System.nanoTime();
            if (on) {
                ctx.err().println(msg("assess.timing", step, String.format(Locale.ROOT, "%.2f", (now - last) / 1e9)).in(ctx.locale()));
            }
            last = now;
        }
    }

    /** The failure of a finished job as an OrigoException, or null when it succeeded. */
    private static OrigoException failure(java.util.concurrent.Future<?> f) {
        try {
            f.get();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new org.origo.api.Progress.Cancelled();
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof OrigoException oe) {
                return oe;
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error er) {
                throw er;
            }
            return new OrigoException(msg("assess.output.failed", String.valueOf(c)), c);
        }
    }

    /** The result of a job that is known to have succeeded. */
    private static <T> T done(java.util.concurrent.Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves a file written in the staging folder to the same place in the project folder. */
    private static Path publish(Path staging, Path written, Path out) throws OrigoException {
        Path target = out.resolve(staging.relativize(written).toString());
        try {
            if (target.getParent() != null) {
                java.nio.file.Files.createDirectories(target.getParent());
            }
            java.nio.file.Files.move(written, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (java.io.IOException e) {
            throw new OrigoException(msg("assess.publish.failed", target, String.valueOf(e.getMessage())), e);
        }
    }


    static void printPlan(CommandContext ctx, Plan plan) {
        if (plan == null) {
            return;
        }
        String currency = plan.getCurrency() == null ? "CNY" : plan.getCurrency();
        for (Phase ph : plan.getPhases()) {
            ctx.println(msg("assess.phase", ph.getIndex(), String.valueOf(ph.getYear()), String.format(Locale.ROOT, "%.0f", ph.getTargetShare()),
                    ph.getPlannedCount(), String.format(Locale.ROOT, "%,.0f", ph.getPlannedCost()) + " " + currency,
                    ph.getBudget() > 0 ? String.format(Locale.ROOT, "%,.0f", ph.getBudget()) + " " + currency : "-"));
        }
        for (String r : plan.getRelaxations()) {
            ctx.println(msg("assess.relaxed", org.origo.api.Text.decode(r).in(ctx.locale())));
        }
    }
}
