package org.origo.catalog.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.origo.api.Args;
import org.origo.api.CommandContext;
import org.origo.api.OrigoCommand;
import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.api.UsageException;
import org.origo.catalog.api.MatchPolicy;
import org.origo.catalog.internal.i18n.CatalogMessages;
import org.origo.core.Contributions;
import org.origo.core.Pipeline;
import org.origo.core.ProjectStore;
import org.origo.model.Catalog;
import org.origo.model.Plan;
import org.origo.model.Project;
import org.origo.report.api.ReportRequest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code origo match --project DIR [--policy FILE] [--catalogs id,…] [--profile ID]}: proposes
 * replacements for every asset to replace, saves them in the project and writes
 * {@code DIR/matches.csv}.
 */
@Component(service = OrigoCommand.class, property = { OrigoCommand.PROP_NAME + "=match" })
public class MatchCommand implements OrigoCommand {

    /** Optional so that the command is registered as soon as its bundle starts; awaited when run. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Contributions contributions;

    private Contributions registry() throws OrigoException {
        Contributions c = contributions;
        if (c != null) {
            return c;
        }
        org.osgi.framework.Bundle b = org.osgi.framework.FrameworkUtil.getBundle(MatchCommand.class);
        if (b != null && b.getBundleContext() != null) {
            org.osgi.util.tracker.ServiceTracker<Contributions, Contributions> t = new org.osgi.util.tracker.ServiceTracker<>(
                    b.getBundleContext(), Contributions.class, null);
            t.open();
            try {
                c = t.waitForService(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                t.close();
            }
        }
        if (c == null) {
            throw new OrigoException(CatalogMessages.get("match.no.registry"));
        }
        return c;
    }

    @Override
    public String name() {
        return "match";
    }

    private static double total(Plan p) {
        double t = 0;
        for (org.origo.model.PlanItem i : p.getItems()) {
            t += i.getCost();
        }
        return t;
    }

    private static String money(double v) {
        return String.format(java.util.Locale.ROOT, "%,.0f", v);
    }

    @Override
    public Text summary() {
        return CatalogMessages.get("match.summary");
    }

    @Override
    public Text usage() {
        return CatalogMessages.get("match.usage");
    }

    @Override
    public int run(CommandContext ctx) throws OrigoException {
        Args args = Args.parse(ctx.args(), Set.of("project", "policy", "catalogs", "profile"), Set.of());
        if (!args.positional().isEmpty()) {
            throw new UsageException(CatalogMessages.get("usage.unexpected", String.join(" ", args.positional())));
        }
        Path dir = ctx.path(args.require("project"));
        Project project = ProjectStore.open(dir);
        String profileId = args.get("profile", project.getProfileId());
        if (profileId == null || profileId.isBlank()) {
            throw new OrigoException(CatalogMessages.get("match.no.profile"));
        }
        MatchPolicy policy = PolicyFile.fromSettings(project);
        if (args.has("policy")) {
            Path file = ctx.path(args.get("policy", null));
            if (!Files.isRegularFile(file)) {
                throw new OrigoException(CatalogMessages.get("policy.missing"), file.toString(), -1, null, null);
            }
            policy = PolicyFile.read(file, policy);
            PolicyFile.store(project, policy);
        }
        List<String> only = new ArrayList<>();
        for (String v : args.all("catalogs")) {
            for (String id : v.split(",")) {
                if (!id.isBlank()) {
                    only.add(id.trim());
                }
            }
        }
        Pipeline pipeline = new Pipeline(registry());
        List<String> problems = new ArrayList<>();
        List<Catalog> catalogs = pipeline.loadCatalogs(only, problems, ctx.locale());
        for (String p : problems) {
            ctx.err().println(CatalogMessages.get("match.catalog.failed", p).in(ctx.locale()));
        }
        for (String id : only) {
            if (catalogs.stream().noneMatch(c -> id.equals(c.getId())) && problems.stream().noneMatch(p -> p.contains(id))) {
                ctx.err().println(CatalogMessages.get("match.catalog.unknown", id).in(ctx.locale()));
            }
        }
        if (catalogs.isEmpty()) {
            throw new OrigoException(CatalogMessages.get("match.no.catalogs"));
        }
        int n = pipeline.match(project, profileId, catalogs, policy, ctx.progress());
        // the saved plan was costed from the old matches: plan it again with its own split, years and budgets
        Plan before = project.getPlan();
        boolean replanned = false;
        if (before != null && Pipeline.planStale(project) || before != null && before.getMatchFingerprint() == null) {
            try {
                Plan fresh = pipeline.plan(project, Pipeline.savedPlanRequest(before, profileId), ctx.progress());
                fresh.setCreatedAt(new java.util.Date());
                project.setPlan(fresh);
                replanned = true;
                ctx.println(CatalogMessages.get("match.replanned", money(total(before)), money(total(fresh)),
                        fresh.getCurrency() == null ? "CNY" : fresh.getCurrency()));
            } catch (OrigoException e) {
                // the plan stays as it was and is marked stale in every output until planned again
                ctx.err().println(CatalogMessages.get("match.replan.failed", e.describe(ctx.locale())).in(ctx.locale()));
            }
        }
        ProjectStore.save(project, dir);
        List<String> ids = new ArrayList<>();
        for (Catalog c : catalogs) {
            ids.add(c.getId());
        }
        ProjectStore.audit(dir, "match", "profile=" + profileId + " catalogs=" + String.join(",", ids) + " assets=" + n
                + " matches=" + project.getMatches().size() + " excluded=" + String.join(",", policy.excludedVendors()));
        if (replanned) {
            ProjectStore.audit(dir, "plan.save", project.getPlan().getName() + ", " + project.getPlan().getItems().size()
                    + " items, recomputed after match");
        }
        ctx.println(CatalogMessages.get("match.done", n, project.getMatches().size(), catalogs.size()));
        try {
            List<Path> written = pipeline.report(project, "csv",
                    new ReportRequest(dir, ctx.locale(), profileId, replanned ? Set.of("matches", "plan") : Set.of("matches")));
            for (Path p : written) {
                ctx.println(CatalogMessages.get("match.written", p));
            }
        } catch (OrigoException e) {
            ctx.err().println(CatalogMessages.get("match.csv.failed", e.describe(ctx.locale())).in(ctx.locale()));
            return 1;
        }
        return problems.isEmpty() ? 0 : 1;
    }
}
