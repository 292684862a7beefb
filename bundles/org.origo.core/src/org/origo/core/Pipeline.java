package org.origo.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.origo.api.OrigoException;
import org.origo.api.Progress;
import org.origo.catalog.api.MatchPolicy;
import org.origo.catalog.api.ReplacementCatalog;
import org.origo.core.internal.CoreMessages;
import org.origo.inventory.api.ImportReport;
import org.origo.inventory.api.ImportRequest;
import org.origo.inventory.api.InventoryService;
import org.origo.model.Asset;
import org.origo.model.Catalog;
import org.origo.model.InventorySnapshot;
import org.origo.model.Plan;
import org.origo.model.Project;
import org.origo.model.Verdict;
import org.origo.model.VerdictOutcome;
import org.origo.origin.api.OriginProfile;
import org.origo.plan.api.PlanRequest;
import org.origo.plan.api.ReplacementPlanner;
import org.origo.report.api.ReportRenderer;
import org.origo.report.api.ReportRequest;

/**
 * The steps of an assessment over the registered contributions: import, classify, match, plan,
 * report. Used alike by the CLI commands and the workbench, so neither has logic the other lacks.
 * None of the steps saves the project; callers save when a step succeeded.
 */
public final class Pipeline {

    private final Contributions contributions;

    public Pipeline(Contributions contributions) {
        this.contributions = contributions;
    }

    public Contributions contributions() {
        return contributions;
    }

    /** The most recent snapshot of the project, or null when nothing was imported yet. */
    public static InventorySnapshot latest(Project project) {
        List<InventorySnapshot> s = project.getSnapshots();
        return s.isEmpty() ? null : s.get(s.size() - 1);
    }

    /** The assets of the latest snapshot (empty when nothing was imported). */
    public static List<Asset> currentAssets(Project project) {
        InventorySnapshot s = latest(project);
        return s == null ? List.of() : s.getAssets();
    }

    /** The verdict of the given profile on the asset, or null. */
    public static Verdict verdict(Asset asset, String profileId) {
        for (Verdict v : asset.getVerdicts()) {
            if (profileId == null || profileId.equals(v.getProfileId())) {
                return v;
            }
        }
        return null;
    }

    /**
     * A fingerprint of the project's matches: asset, component, rank, product, price, currency and
     * action of every match, in order. A plan records the fingerprint it was computed from, so a
     * plan computed before the latest match is recognised as stale.
     *
     * @since 1.2
     */
    public static String matchFingerprint(Project project) {
        long h = 0xcbf29ce484222325L;
        for (org.origo.model.Match m : project.getMatches()) {
            String line = m.getAssetId() + "\u0000" + m.getTarget() + "\u0000" + m.getRank() + "\u0000" + m.getProductId() + "\u0000"
                    + m.getPrice() + "\u0000" + m.getCurrency() + "\u0000" + m.getAction() + "\n";
            for (int i = 0; i < line.length(); i++) {
                h = (h ^ line.charAt(i)) * 0x100000001b3L;
            }
        }
        return project.getMatches().size() + ":" + Long.toHexString(h);
    }

    /**
     * Whether the saved plan was computed from other matches than the project's current ones (after
     * a new match, for example with changed catalogs): its costs and products are then out of date
     * until it is planned again. A plan that recorded no fingerprint is not judged.
     *
     * @since 1.2
     */
    public static boolean planStale(Project project) {
        Plan plan = project.getPlan();
        return plan != null && plan.getMatchFingerprint() != null && !plan.getMatchFingerprint().equals(matchFingerprint(project));
    }

    /**
     * The request that plans again like the saved plan: its profile, split (regular phases), first
     * year, budgets and basis.
     *
     * @since 1.2
     */
    public static PlanRequest savedPlanRequest(Plan plan, String profileId) {
        List<Double> shares = new ArrayList<>();
        Map<Integer, Double> budgets = new java.util.TreeMap<>();
        int first = Integer.MAX_VALUE;
        for (org.origo.model.Phase ph : plan.getPhases()) {
            if (ph.getTargetShare() > 0) {
                shares.add(ph.getTargetShare());
                first = Math.min(first, ph.getYear());
                if (ph.getBudget() > 0) {
                    budgets.put(ph.getYear(), ph.getBudget());
                }
            }
        }
        if (shares.isEmpty()) {
            return new PlanRequest(profileId, nextBudgetYear(java.time.LocalDate.now()), PlanRequest.DIRECTIVE_SPLIT, Map.of(),
                    plan.getBasis());
        }
        return new PlanRequest(profileId, first, shares, budgets, plan.getBasis());
    }

    /**
     * The first budget year that has not begun on the given day: budget years are calendar years,
     * so it is always the next one. A new plan starts there unless told otherwise.
     *
     * @since 1.2
     */
    public static int nextBudgetYear(java.time.LocalDate today) {
        return today.getYear() + 1;
    }

    /** Imports inputs into a new snapshot (the project is unchanged when it fails). */
    public ImportReport importFiles(Project project, List<Path> inputs, ImportRequest request, Progress progress)
            throws OrigoException {
        InventoryService service = contributions.inventoryService()
                .orElseThrow(() -> new OrigoException(CoreMessages.get("missing.inventory")));
        return Guard.call(contributions, "inventory-service", "import", () -> service.importInto(project, inputs, request, progress));
    }

    /** The installed profile with this id, or an error listing the installed ones. */
    public OriginProfile requireProfile(String profileId) throws OrigoException {
        return contributions.profile(profileId).orElseThrow(() -> new OrigoException(
                CoreMessages.get("missing.profile", profileId, String.join(", ", ids(contributions.profiles())))));
    }

    /** Counts of a classification run. */
    public record Classification(String profileId, int assets, Map<VerdictOutcome, Integer> counts, int anyUs) {
    }

    /**
     * Evaluates every asset of the latest snapshot with the profile, in parallel, replacing that
     * profile's earlier verdicts (manual overrides are kept).
     */
    public Classification classify(Project project, String profileId, Progress progress) throws OrigoException {
        OriginProfile profile = requireProfile(profileId);
        List<Asset> assets = currentAssets(project);
        progress.begin(CoreMessages.get("task.classify", assets.size(), profileId), assets.size());
        Verdict[] results = new Verdict[assets.size()];
        AtomicLong done = new AtomicLong();
        RuntimeException[] failure = new RuntimeException[1];
        Guard.call(contributions, "profile", profileId, () -> {
            IntStream.range(0, assets.size()).parallel().forEach(i -> {
                if (failure[0] != null) {
                    return;
                }
                if ((i & 1023) == 0) {
                    progress.checkCancelled();
                }
                Asset a = assets.get(i);
                Verdict existing = verdict(a, profileId);
                if (existing != null && existing.isOverride()) {
                    results[i] = existing;
                } else {
                    results[i] = profile.evaluate(a);
                }
                long d = done.incrementAndGet();
                if ((d & 1023) == 0) {
                    progress.worked(1024);
                }
            });
            return null;
        });
        Map<VerdictOutcome, Integer> counts = new EnumMap<>(VerdictOutcome.class);
        int anyUs = 0;
        for (int i = 0; i < results.length; i++) {
            Asset a = assets.get(i);
            Verdict v = results[i];
            if (v == null) {
                throw new OrigoException(CoreMessages.get("profile.no.verdict", profileId, a.getId()));
            }
            v.setProfileId(profileId);
            Verdict old = verdict(a, profileId);
            if (old != v) {
                if (old != null) {
                    a.getVerdicts().remove(old);
                }
                a.getVerdicts().add(v);
            }
            counts.merge(v.getOutcome(), 1, Integer::sum);
            if (v.isAnyUs()) {
                anyUs++;
            }
        }
        project.setProfileId(profileId);
        return new Classification(profileId, assets.size(), counts, anyUs);
    }

    /** Loads every registered catalog (or those named), skipping and reporting (in English) those that fail. */
    public List<Catalog> loadCatalogs(List<String> only, List<String> problems) {
        return loadCatalogs(only, problems, java.util.Locale.ENGLISH);
    }

    /**
     * Loads every registered catalog (or those named), skipping those that fail and describing
     * each failure in the given language.
     *
     * @since 1.1
     */
    public List<Catalog> loadCatalogs(List<String> only, List<String> problems, java.util.Locale locale) {
        List<Catalog> result = new ArrayList<>();
        for (Contributions.Entry<ReplacementCatalog> e : contributions.catalogs()) {
            if (only != null && !only.isEmpty() && !only.contains(e.id())) {
                continue;
            }
            try {
                result.add(Guard.callWithTimeout(contributions, "catalog", e.id(), Guard.DEFAULT_TIMEOUT_SECONDS,
                        () -> e.service().load()));
            } catch (OrigoException ex) {
                problems.add(ex.describe(locale));
            }
        }
        return result;
    }

    /** Proposes replacements for the assets to replace; returns how many got candidates. */
    public int match(Project project, String profileId, List<Catalog> catalogs, MatchPolicy policy, Progress progress)
            throws OrigoException {
        var matcher = contributions.matcher().orElseThrow(() -> new OrigoException(CoreMessages.get("missing.matcher")));
        List<String> ids = new ArrayList<>();
        for (Catalog c : catalogs) {
            ids.add(c.getId());
        }
        project.getCatalogIds().clear();
        project.getCatalogIds().addAll(ids);
        return Guard.call(contributions, "matcher", "match", () -> matcher.match(project, profileId, catalogs, policy, progress));
    }

    /** Computes a plan (not attached to the project). */
    public Plan plan(Project project, PlanRequest request, Progress progress) throws OrigoException {
        ReplacementPlanner planner = contributions.planner()
                .orElseThrow(() -> new OrigoException(CoreMessages.get("missing.planner")));
        return Guard.call(contributions, "planner", "plan", () -> planner.plan(project, request, progress));
    }

    /** Renders a report in one format. */
    public List<Path> report(Project project, String format, ReportRequest request) throws OrigoException {
        ReportRenderer r = contributions.renderer(format).orElseThrow(() -> new OrigoException(
                CoreMessages.get("missing.renderer", format, String.join(", ", ids(contributions.renderers())))));
        return Guard.callWithTimeout(contributions, "renderer", format, Guard.DEFAULT_TIMEOUT_SECONDS,
                () -> r.render(project, request));
    }

    private static List<String> ids(List<? extends Contributions.Entry<?>> entries) {
        List<String> ids = new ArrayList<>();
        for (Contributions.Entry<?> e : entries) {
            ids.add(e.id());
        }
        return ids;
    }
}
