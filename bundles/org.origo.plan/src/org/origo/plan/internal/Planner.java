package org.origo.plan.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.origo.api.OrigoException;
import org.origo.api.Progress;
import org.origo.api.Text;
import org.origo.catalog.api.ReplacementCatalog;
import org.origo.core.Pipeline;
import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Catalog;
import org.origo.model.CatalogProduct;
import org.origo.model.Match;
import org.origo.model.OrigoFactory;
import org.origo.model.Phase;
import org.origo.model.Plan;
import org.origo.model.PlanAction;
import org.origo.model.PlanItem;
import org.origo.model.Project;
import org.origo.model.ShareBasis;
import org.origo.model.SoftwareCategory;
import org.origo.model.SoftwareInstall;
import org.origo.model.Verdict;
import org.origo.model.VerdictOutcome;
import org.origo.plan.api.PlanRequest;
import org.origo.plan.api.ReplacementPlanner;
import org.origo.plan.internal.i18n.PlanMessages;
import org.origo.plan.tracking.PlanTexts;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The replacement planner. It orders the assets to replace by priority, then cuts the ordered list
 * into phases by their target shares and budget caps.
 *
 * <p>Order: assets with a US-origin component first; within a tier, units of one site and
 * department (kept together) ordered by their highest criticality, then their oldest purchase
 * date, then by name. Before the machines of a site and department, the servers and database hosts
 * they depend on (same site and department, or site-wide ones without department) are placed, so
 * they move before or with them. Inside a unit: servers and database hosts, then criticality
 * (higher first), then purchase date (older first), then asset id.
 *
 * <p>Cut: the cumulative target of phase k is the total (asset count or cost) times the cumulative
 * share of phases 1..k. A phase stops at its cumulative target or where the next asset would exceed
 * its budget cap; a shortfall is caught up by the following phases and every deviation is recorded
 * in {@link Plan#getRelaxations()}. What fits in no phase goes into an extra phase after the last
 * installment, again recorded. The result depends only on the project and the request.
 */
@Component(service = ReplacementPlanner.class, property = { "origo.planner.id=default" })
public class Planner implements ReplacementPlanner {

    /** The kinds of replacement steps on one machine, in the order they are carried out. */
    enum Step {
        HARDWARE, OS, DATABASE, MIDDLEWARE, OFFICE, OTHER
    }

    /** Plan actions: a new machine or device, another product for a title, removing a title, or reviewing the catalogs. */
    static final String REPLACE = "REPLACE";
    static final String SWAP = "SWAP";
    static final String UNINSTALL = "UNINSTALL";
    static final String REVIEW = "REVIEW";

    /**
     * What the plan does to one component of an asset: the action, the product (none for an
     * uninstall or a review), its cost and currency, and whether the cost is a default estimate.
     */
    record Act(Step step, String component, String action, String productId, String productName, double cost, String currency,
            boolean estimate) {
    }

    /** An asset to replace, with everything the ordering and the reasons need. */
    static final class Candidate {
        final Asset asset;
        final String id;
        final boolean anyUs;
        final int criticality;
        final Date purchase;
        final String site;
        final String department;
        final boolean infrastructure;
        final String unitKey;
        final long purchaseTime;
        final List<Act> acts;
        final String productId;
        final double cost;
        final boolean estimate;
        int leadDays = -1;
        int naturalPhase;
        boolean pulledAhead;
        int dependents;

        Candidate(Asset asset, boolean anyUs, List<Match> matches, DefaultCosts defaults) {
            this.asset = asset;
            this.id = asset.getId() == null ? "" : asset.getId();
            this.anyUs = anyUs;
            this.criticality = asset.getCriticality();
            this.purchase = asset.getPurchaseDate();
            this.site = nz(asset.getSite());
            this.department = nz(asset.getDepartment());
            this.infrastructure = isInfrastructure(asset);
            this.unitKey = (site + "\u0000" + department).intern();
            this.purchaseTime = purchase == null ? Long.MAX_VALUE : purchase.getTime();
            this.acts = acts(asset, matches, defaults);
            double sum = 0;
            boolean est = false;
            String pid = "";
            for (Act a : acts) {
                sum += a.cost();
                est |= a.estimate();
                if (pid.isEmpty() && a.productId() != null) {
                    pid = a.productId();
                }
            }
            this.cost = sum;
            this.estimate = est;
            this.productId = pid;
        }

        String unitKey() {
            return unitKey;
        }
    }

    private final List<ReplacementCatalog> catalogs = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCatalog(ReplacementCatalog catalog) {
        catalogs.add(catalog);
    }

    void removeCatalog(ReplacementCatalog catalog) {
        catalogs.remove(catalog);
    }

    @Override
    public Plan plan(Project project, PlanRequest request, Progress progress) throws OrigoException {
        return plan(project, request, progress, leadTimes(project));
    }

    /** Lead times in days by product id, from the catalogs the project uses (all when it names none). */
    private Map<String, Integer> leadTimes(Project project) {
        Map<String, Integer> result = new HashMap<>();
        List<String> wanted = project.getCatalogIds();
        for (ReplacementCatalog c : catalogs) {
            try {
                if (!wanted.isEmpty() && !wanted.contains(c.id())) {
                    continue;
                }
                Catalog cat = c.load();
                for (CatalogProduct p : cat.getProducts()) {
                    if (p.getId() != null && p.getLeadTimeDays() > 0) {
                        result.merge(p.getId(), p.getLeadTimeDays(), Math::max);
                    }
                }
            } catch (OrigoException | RuntimeException | LinkageError e) {
                // a catalog that cannot be read gives no lead times; matching already reported it
            }
        }
        return result;
    }

    /** Plans with the given lead times (product id to days); the DS entry point looks them up in the catalogs. */
    public Plan plan(Project project, PlanRequest request, Progress progress, Map<String, Integer> leadTimes)
            throws OrigoException {
        Objects.requireNonNull(project, "project");
        Progress pr = progress == null ? Progress.NONE : progress;
        List<Double> shares = request.shares() == null || request.shares().isEmpty() ? PlanRequest.DIRECTIVE_SPLIT
                : request.shares();
        validate(request, shares);
        ShareBasis basis = request.basis() == null ? ShareBasis.COUNT : request.basis();
        String profileId = request.profileId() != null ? request.profileId() : project.getProfileId();
        Map<Integer, Double> budgets = request.budgets() == null ? Map.of() : request.budgets();
        DefaultCosts defaults = DefaultCosts.shipped();

        List<Asset> assets = Pipeline.currentAssets(project);
        pr.begin(PlanMessages.get("task.plan", assets.size()), assets.size());
        Map<String, List<Match>> matches = matchesByAsset(project);
        List<Candidate> candidates = new ArrayList<>();
        int seen = 0;
        for (Asset a : assets) {
            if ((++seen & 4095) == 0) {
                pr.checkCancelled();
                pr.worked(4096);
            }
            Verdict v = Pipeline.verdict(a, profileId);
            if (v == null || v.getOutcome() != VerdictOutcome.REPLACE) {
                continue;
            }
            Candidate c = new Candidate(a, v.isAnyUs(), matches.get(a.getId()), defaults);
            for (Act s : c.acts) {
                Integer d = s.productId() == null ? null : leadTimes.get(s.productId());
                if (d != null) {
                    c.leadDays = Math.max(c.leadDays, d);
                }
            }
            candidates.add(c);
        }
        List<Candidate> sequence = order(candidates);

        Plan plan = OrigoFactory.eINSTANCE.createPlan();
        plan.setBasis(basis);
        plan.setCurrency(defaults.currency());
        plan.setMatchFingerprint(Pipeline.matchFingerprint(project));
        int firstYear = request.firstYear();
        plan.setName(PlanMessages.get(Locale.ENGLISH, "plan.name", String.valueOf(firstYear),
                String.valueOf(firstYear + shares.size() - 1), splitLabel(shares)));
        List<Phase> phases = new ArrayList<>();
        for (int k = 0; k < shares.size(); k++) {
            Phase ph = OrigoFactory.eINSTANCE.createPhase();
            ph.setIndex(k + 1);
            ph.setYear(firstYear + k);
            ph.setTargetShare(shares.get(k));
            Double b = budgets.get(firstYear + k);
            ph.setBudget(b == null ? 0 : b);
            phases.add(ph);
            plan.getPhases().add(ph);
        }

        double[] weights = new double[sequence.size()];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = basis == ShareBasis.COST ? sequence.get(i).cost : 1;
            total += weights[i];
        }
        double[] cumTarget = cumulativeTargets(shares, total, basis, sequence.size());

        // the cut without budgets: the phase each asset belongs to by the split alone
        int[] natural = cut(sequence, weights, cumTarget, phases.size(), null, null);
        for (int i = 0; i < natural.length; i++) {
            sequence.get(i).naturalPhase = natural[i];
        }
        double[] caps = new double[phases.size()];
        for (int k = 0; k < caps.length; k++) {
            caps[k] = phases.get(k).getBudget();
        }
        boolean[] stoppedByBudget = new boolean[phases.size()];
        int[] actual = cut(sequence, weights, cumTarget, phases.size(), caps, stoppedByBudget);

        Phase overflow = null;
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] >= phases.size() && overflow == null) {
                overflow = OrigoFactory.eINSTANCE.createPhase();
                overflow.setIndex(phases.size() + 1);
                overflow.setYear(firstYear + phases.size());
                overflow.setTargetShare(0);
                overflow.setBudget(0);
                plan.getPhases().add(overflow);
            }
        }
        List<Phase> all = new ArrayList<>(plan.getPhases());

        // units: where each site/department's machines landed, for the "kept together" note
        Map<String, int[]> unitSpan = new HashMap<>();
        Map<String, Integer> unitSize = new HashMap<>();
        for (int i = 0; i < sequence.size(); i++) {
            Candidate c = sequence.get(i);
            int p = actual[i];
            unitSpan.merge(c.unitKey(), new int[] { p, p }, (x, y) -> new int[] { Math.min(x[0], y[0]), Math.max(x[1], y[1]) });
            unitSize.merge(c.unitKey(), 1, Integer::sum);
        }

        ReasonFormatter rf = new ReasonFormatter();
        for (int i = 0; i < sequence.size(); i++) {
            Candidate c = sequence.get(i);
            Phase ph = all.get(actual[i]);
            PlanItem item = OrigoFactory.eINSTANCE.createPlanItem();
            item.setAsset(c.asset);
            item.setAssetId(c.id);
            item.setPhase(ph);
            item.setProductId(c.productId);
            item.setCost(round2(c.cost));
            item.setCurrency(plan.getCurrency());
            for (Act act : c.acts) {
                item.getActions().add(action(rf, act));
            }
            Text reason = reason(rf, c, ph, actual[i], phases.size(), unitSpan.get(c.unitKey()), unitSize.get(c.unitKey()));
            item.setReasonEn(rf.share(reason.en()));
            item.setReasonZh(rf.share(reason.zh()));
            plan.getItems().add(item);
            ph.setPlannedCount(ph.getPlannedCount() + 1);
            ph.setPlannedCost(round2(ph.getPlannedCost() + c.cost));
        }
        relaxations(plan, phases, overflow, sequence, actual, natural, cumTarget, total, basis, stoppedByBudget);
        currencies(plan, sequence);
        return plan;
    }

    /** A cost in another currency than the plan's is not converted: said once per currency. */
    private static void currencies(Plan plan, List<Candidate> seq) {
        java.util.Set<String> other = new java.util.TreeSet<>();
        for (Candidate c : seq) {
            for (Act a : c.acts) {
                if (a.currency() != null && !a.currency().equals(plan.getCurrency())) {
                    other.add(a.currency());
                }
            }
        }
        for (String cur : other) {
            plan.getRelaxations().add(PlanTexts.encode(PlanMessages.get("relax.currency", cur, plan.getCurrency())));
        }
    }

    /**
     * The actions on an asset, one per component its matches name, in step order: the rank-1
     * candidate's action (REPLACE for hardware, SWAP for software unless the matcher said UNINSTALL);
     * a component with no candidate is REVIEW (the catalogs must be reviewed; hardware then costs the
     * default estimate of its kind). An asset without any match is one REVIEW at the default estimate.
     */
    static List<Act> acts(Asset asset, List<Match> matches, DefaultCosts defaults) {
        List<Act> out = new ArrayList<>();
        Map<String, Match> best = new TreeMap<>();
        if (matches != null) {
            for (Match m : matches) {
                String t = nz(m.getTarget());
                Match b = best.get(t);
                if (b == null || (m.getRank() > 0 && (b.getRank() <= 0 || m.getRank() < b.getRank()))
                        || (m.getRank() == b.getRank() && nz(m.getProductId()).compareTo(nz(b.getProductId())) < 0)) {
                    best.put(t, m);
                }
            }
        }
        AssetKind kind = asset.getKind() == null ? AssetKind.UNKNOWN : asset.getKind();
        if (best.isEmpty()) {
            out.add(new Act(Step.HARDWARE, "asset", REVIEW, null, null, defaults.cost(kind), defaults.currency(), true));
            return out;
        }
        for (Map.Entry<String, Match> e : best.entrySet()) {
            Match m = e.getValue();
            Step step = stepOf(e.getKey());
            String currency = m.getCurrency() == null || m.getCurrency().isBlank() ? defaults.currency() : m.getCurrency();
            if (m.getRank() <= 0) {
                boolean hw = step == Step.HARDWARE;
                out.add(new Act(step, e.getKey(), REVIEW, null, null, hw ? defaults.cost(kind) : 0, defaults.currency(), hw));
                continue;
            }
            double price = m.getPrice();
            if (!(price >= 0) || Double.isInfinite(price)) {
                price = 0;
            }
            String action = m.getAction() != null && !m.getAction().isBlank() ? m.getAction() : step == Step.HARDWARE ? REPLACE : SWAP;
            String pid = m.getProductId() == null || m.getProductId().isBlank() ? null : m.getProductId();
            out.add(new Act(step, e.getKey(), action, pid, m.getProductName(), UNINSTALL.equals(action) ? 0 : price, currency, false));
        }
        out.sort(Comparator.comparing(Act::step).thenComparing(Act::component));
        return out;
    }

    /** The model form of an action, with its reason in both languages. */
    private static PlanAction action(ReasonFormatter rf, Act a) {
        PlanAction pa = OrigoFactory.eINSTANCE.createPlanAction();
        pa.setComponent(a.component());
        pa.setAction(a.action());
        pa.setProductId(a.productId());
        pa.setProductName(a.productName());
        pa.setCost(round2(a.cost()));
        pa.setCurrency(a.currency());
        pa.setEstimate(a.estimate());
        Text component = rf.get("component." + a.step().name().toLowerCase(Locale.ROOT));
        String product = a.productName() != null && !a.productName().isBlank() ? a.productName() : nz(a.productId());
        Text t = switch (a.action()) {
        case REPLACE -> rf.get("action.replace", component.en(), component.zh(), product, fmt(a.cost()), a.currency());
        case UNINSTALL -> rf.get("action.uninstall", component.en(), component.zh());
        case REVIEW -> a.estimate() ? rf.get("action.review.estimate", component.en(), component.zh(), fmt(a.cost()), a.currency())
                : rf.get("action.review", component.en(), component.zh());
        default -> rf.get("action.swap", component.en(), component.zh(), product, fmt(a.cost()), a.currency());
        };
        pa.setReasonEn(rf.share(t.en()));
        pa.setReasonZh(rf.share(t.zh()));
        return pa;
    }

    private static void validate(PlanRequest request, List<Double> shares) throws OrigoException {
        double sum = 0;
        for (Double s : shares) {
            if (s == null || !(s > 0) || s.isInfinite()) {
                throw new OrigoException(PlanMessages.get("error.share.positive", String.valueOf(s)), null, -1, "split", null);
            }
            sum += s;
        }
        if (Math.abs(sum - 100) > 0.01) {
            throw new OrigoException(PlanMessages.get("error.share.sum", fmt(sum)), null, -1, "split", null);
        }
        if (request.firstYear() < 1900 || request.firstYear() > 9000) {
            throw new OrigoException(PlanMessages.get("error.year", String.valueOf(request.firstYear())), null, -1, "first-year", null);
        }
        if (request.budgets() != null) {
            for (Map.Entry<Integer, Double> b : request.budgets().entrySet()) {
                if (b.getValue() == null || !(b.getValue() > 0) || b.getValue().isInfinite()) {
                    throw new OrigoException(PlanMessages.get("error.budget.positive", String.valueOf(b.getKey()), String.valueOf(b.getValue())),
                            null, -1, "budget", null);
                }
                int y = b.getKey();
                if (y < request.firstYear() || y >= request.firstYear() + shares.size()) {
                    throw new OrigoException(PlanMessages.get("error.budget.year", String.valueOf(y),
                            String.valueOf(request.firstYear()), String.valueOf(request.firstYear() + shares.size() - 1)), null, -1, "budget", null);
                }
            }
        }
    }

    /** Cumulative targets per phase; for counts rounded to whole assets, the last one is always the total. */
    static double[] cumulativeTargets(List<Double> shares, double total, ShareBasis basis, int count) {
        double[] cum = new double[shares.size()];
        double acc = 0;
        for (int k = 0; k < shares.size(); k++) {
            acc += shares.get(k);
            double t = total * acc / 100.0;
            cum[k] = basis == ShareBasis.COUNT ? Math.round(t) : t;
        }
        cum[cum.length - 1] = basis == ShareBasis.COUNT ? count : total;
        return cum;
    }

    /**
     * Assigns each position of the sequence a phase index (phases.length = overflow). A phase takes
     * assets while its cumulative target is not reached and, when capped, while its budget holds.
     */
    static int[] cut(List<Candidate> seq, double[] weights, double[] cumTarget, int phases, double[] caps,
            boolean[] stoppedByBudget) {
        int[] out = new int[seq.size()];
        int idx = 0;
        double cumWeight = 0;
        for (int k = 0; k < phases && idx < seq.size(); k++) {
            double spent = 0;
            boolean last = k == phases - 1;
            while (idx < seq.size()) {
                double w = weights[idx];
                if (!last) {
                    // stop at the target; for costs, at the boundary closest to it
                    if (cumWeight + w / 2.0 > cumTarget[k] || cumWeight >= cumTarget[k]) {
                        break;
                    }
                }
                double cost = seq.get(idx).cost;
                if (caps != null && caps[k] > 0 && spent + cost > caps[k] + 1e-6) {
                    if (stoppedByBudget != null) {
                        stoppedByBudget[k] = true;
                    }
                    break;
                }
                out[idx] = k;
                spent += cost;
                cumWeight += w;
                idx++;
            }
        }
        for (; idx < seq.size(); idx++) {
            out[idx] = phases;
        }
        return out;
    }

    /** The step a match target names (component kinds and software categories, in any case). */
    static Step stepOf(String target) {
        String t = target == null ? "" : target.trim().toLowerCase(Locale.ROOT);
        if (t.equals("os") || t.startsWith("os:") || t.startsWith("os-") || t.contains("operating")) {
            return Step.OS;
        }
        if (t.contains("office")) {
            return Step.OFFICE;
        }
        if (t.contains("database") || t.equals("db") || t.startsWith("db:")) {
            return Step.DATABASE;
        }
        if (t.contains("middleware")) {
            return Step.MIDDLEWARE;
        }
        if (t.isEmpty() || t.contains("system") || t.contains("brand") || t.contains("cpu") || t.contains("hardware")
                || t.contains("asset") || t.contains("device") || t.contains("machine")) {
            return Step.HARDWARE;
        }
        for (AssetKind k : AssetKind.VALUES) {
            if (t.equals(k.getLiteral().toLowerCase(Locale.ROOT))) {
                return Step.HARDWARE;
            }
        }
        return Step.OTHER;
    }

    private static Map<String, List<Match>> matchesByAsset(Project project) {
        Map<String, List<Match>> m = new HashMap<>();
        for (Match x : project.getMatches()) {
            String id = x.getAssetId() != null ? x.getAssetId() : x.getAsset() == null ? null : x.getAsset().getId();
            if (id != null) {
                m.computeIfAbsent(id, k -> new ArrayList<>()).add(x);
            }
        }
        return m;
    }

    /** Servers and machines that host a database are what other machines of their site depend on. */
    static boolean isInfrastructure(Asset a) {
        if (a.getKind() == AssetKind.SERVER || a.getKind() == AssetKind.STORAGE) {
            return true;
        }
        for (SoftwareInstall s : a.getSoftware()) {
            if (s.getTitle() != null && s.getTitle().getCategory() == SoftwareCategory.DATABASE) {
                return true;
            }
        }
        return false;
    }

    private static final Comparator<Candidate> WITHIN_UNIT = (a, b) -> {
        if (a.infrastructure != b.infrastructure) {
            return a.infrastructure ? -1 : 1;
        }
        if (a.criticality != b.criticality) {
            return Integer.compare(b.criticality, a.criticality);
        }
        if (a.purchaseTime != b.purchaseTime) {
            return Long.compare(a.purchaseTime, b.purchaseTime);
        }
        return a.id.compareTo(b.id);
    };

    /** The priority order with dependencies placed before the machines that need them. */
    static List<Candidate> order(List<Candidate> candidates) {
        // units: tier (US first) x site x department
        Map<String, List<Candidate>> units = new HashMap<>();
        Map<String, List<Candidate>> infraBySite = new HashMap<>();
        Map<String, List<Candidate>> infraByUnit = new HashMap<>();
        for (Candidate c : candidates) {
            units.computeIfAbsent((c.anyUs ? "0" : "1") + "\u0000" + c.unitKey(), k -> new ArrayList<>()).add(c);
            if (c.infrastructure) {
                infraByUnit.computeIfAbsent(c.unitKey(), k -> new ArrayList<>()).add(c);
                if (c.department.isEmpty()) {
                    infraBySite.computeIfAbsent(c.site, k -> new ArrayList<>()).add(c);
                }
            }
        }
        record Unit(String key, boolean us, String site, String department, int maxCrit, long oldest, List<Candidate> members) {
        }
        List<Unit> list = new ArrayList<>();
        for (Map.Entry<String, List<Candidate>> e : units.entrySet()) {
            List<Candidate> m = e.getValue();
            m.sort(WITHIN_UNIT);
            int maxCrit = Integer.MIN_VALUE;
            long oldest = Long.MAX_VALUE;
            for (Candidate c : m) {
                maxCrit = Math.max(maxCrit, c.criticality);
                if (c.purchase != null) {
                    oldest = Math.min(oldest, c.purchase.getTime());
                }
            }
            Candidate f = m.get(0);
            list.add(new Unit(e.getKey(), f.anyUs, f.site, f.department, maxCrit, oldest, m));
        }
        list.sort(Comparator.comparing((Unit u) -> !u.us()).thenComparing(u -> -u.maxCrit()).thenComparing(Unit::oldest)
                .thenComparing(Unit::site).thenComparing(Unit::department));
        // machines that depend on servers: per site and department, and per site (for site-wide servers)
        Map<String, Integer> usersByUnit = new HashMap<>();
        Map<String, Integer> usersBySite = new HashMap<>();
        for (Candidate c : candidates) {
            if (!c.infrastructure) {
                usersByUnit.merge(c.unitKey(), 1, Integer::sum);
                if (!c.department.isEmpty()) {
                    usersBySite.merge(c.site, 1, Integer::sum);
                }
            }
        }
        for (List<Candidate> l : infraByUnit.values()) {
            l.sort(WITHIN_UNIT);
            int users = usersByUnit.getOrDefault(l.get(0).unitKey(), 0);
            for (Candidate c : l) {
                c.dependents += users;
            }
        }
        for (List<Candidate> l : infraBySite.values()) {
            l.sort(WITHIN_UNIT);
            int users = usersBySite.getOrDefault(l.get(0).site, 0);
            for (Candidate c : l) {
                c.dependents += users;
            }
        }
        List<Candidate> seq = new ArrayList<>(candidates.size());
        java.util.Set<Candidate> placed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Unit u : list) {
            boolean hasUsers = false;
            for (Candidate c : u.members()) {
                if (!c.infrastructure) {
                    hasUsers = true;
                    break;
                }
            }
            if (hasUsers) {
                List<Candidate> deps = new ArrayList<>();
                if (!u.department().isEmpty()) {
                    deps.addAll(infraBySite.getOrDefault(u.site(), List.of()));
                }
                deps.addAll(infraByUnit.getOrDefault(u.site() + "\u0000" + u.department(), List.of()));
                for (Candidate d : deps) {
                    if (placed.add(d)) {
                        if (d.anyUs != u.us() || !d.unitKey().equals(u.site() + "\u0000" + u.department())) {
                            d.pulledAhead = true;
                        }
                        seq.add(d);
                    }
                }
            }
            for (Candidate c : u.members()) {
                if (placed.add(c)) {
                    seq.add(c);
                }
            }
        }
        return seq;
    }

    private static Text reason(ReasonFormatter rf, Candidate c, Phase ph, int phaseIdx, int regularPhases, int[] span,
            int unitSize) {
        List<Text> parts = new ArrayList<>();
        parts.add(rf.get("reason.phase", ph.getIndex(), String.valueOf(ph.getYear())));
        parts.add(rf.get(c.anyUs ? "reason.us" : "reason.foreign"));
        if (c.criticality > 0) {
            parts.add(rf.get("reason.criticality", c.criticality));
        }
        if (c.purchase != null) {
            parts.add(rf.get("reason.purchased", String.valueOf(c.purchase.toInstant().atZone(ZoneOffset.UTC).getYear())));
        }
        if (c.infrastructure) {
            parts.add(c.dependents > 0
                    ? rf.get(c.pulledAhead ? "reason.dependency.ahead" : "reason.dependency", c.dependents,
                            place(c.site, c.department))
                    : rf.get("reason.infrastructure"));
        }
        String place = place(c.site, c.department);
        if (unitSize > 1) {
            if (span[0] == span[1]) {
                parts.add(rf.get("reason.together", unitSize, place));
            } else {
                parts.add(rf.get("reason.split", place, span[0] + 1, span[1] + 1));
            }
        }
        if (c.acts.size() > 1) {
            List<String> en = new ArrayList<>();
            List<String> zh = new ArrayList<>();
            for (Act s : c.acts) {
                Text t = rf.get("step." + s.step().name().toLowerCase(Locale.ROOT), displayName(s));
                en.add(t.en());
                zh.add(t.zh());
            }
            parts.add(rf.get("reason.order", String.join(" \u2192 ", en), String.join(" \u2192 ", zh)));
        }
        String currency = c.acts.isEmpty() ? "" : c.acts.get(0).currency();
        boolean review = c.acts.stream().anyMatch(a -> REVIEW.equals(a.action()));
        if (review) {
            parts.add(rf.get("reason.review"));
        }
        if (c.estimate) {
            parts.add(rf.get("reason.cost.estimate", fmt(c.cost),
                    c.asset.getKind() == null ? AssetKind.UNKNOWN.getLiteral() : c.asset.getKind().getLiteral(), currency));
        } else if (c.productId.isEmpty()) {
            parts.add(rf.get("reason.cost.nothing", fmt(c.cost), currency));
        } else {
            parts.add(rf.get("reason.cost.match", fmt(c.cost), c.productId, currency));
        }
        if (c.leadDays > 0) {
            LocalDate orderBy = LocalDate.of(ph.getYear(), 12, 31).minusDays(c.leadDays);
            LocalDate today = LocalDate.now(clock);
            if (orderBy.isBefore(today)) {
                parts.add(rf.get("reason.lead.now", c.leadDays, today.toString(), today.plusDays(c.leadDays).toString()));
            } else {
                parts.add(rf.get("reason.lead", c.leadDays, orderBy.toString()));
            }
        }
        if (phaseIdx > c.naturalPhase) {
            parts.add(rf.get("reason.deferred", c.naturalPhase + 1));
        }
        if (phaseIdx >= regularPhases) {
            parts.add(rf.get("reason.overflow"));
        }
        StringBuilder en = new StringBuilder();
        StringBuilder zh = new StringBuilder();
        for (Text t : parts) {
            if (en.length() > 0) {
                en.append("; ");
                zh.append("；");
            }
            en.append(t.en());
            zh.append(t.zh());
        }
        return new Text(en.toString(), zh.toString());
    }

    private static String displayName(Act s) {
        if (UNINSTALL.equals(s.action()) || REVIEW.equals(s.action())) {
            return s.action().toLowerCase(Locale.ROOT);
        }
        String n = s.productName() != null && !s.productName().isBlank() ? s.productName() : s.productId();
        return n == null ? s.component() : n;
    }

    /** Today, for order-by dates that must not lie in the past. */
    private static volatile java.time.Clock clock = java.time.Clock.systemUTC();

    /** Plans as if today were the clock's day (for replays and tests); null restores the system clock. */
    public static void useClock(java.time.Clock c) {
        clock = c == null ? java.time.Clock.systemUTC() : c;
    }

    private static void relaxations(Plan plan, List<Phase> phases, Phase overflow, List<Candidate> seq, int[] actual,
            int[] natural, double[] cumTarget, double total, ShareBasis basis, boolean[] stoppedByBudget) {
        double cumActual = 0;
        double prevTarget = 0;
        double cumShare = 0;
        for (int k = 0; k < phases.size(); k++) {
            Phase ph = phases.get(k);
            double got = 0;
            for (int i = 0; i < seq.size(); i++) {
                if (actual[i] == k) {
                    got += basis == ShareBasis.COST ? seq.get(i).cost : 1;
                }
            }
            double target = cumTarget[k] - prevTarget;
            double unitTolerance = basis == ShareBasis.COUNT ? 1 : maxCost(seq);
            double actualShare = total == 0 ? 0 : 100.0 * got / total;
            cumActual += got;
            cumShare += ph.getTargetShare();
            if (stoppedByBudget[k] && cumActual < cumTarget[k] - 1e-6) {
                double deferred = cumTarget[k] - cumActual;
                Text t = PlanMessages.get(basis == ShareBasis.COUNT ? "relax.budget.count" : "relax.budget.cost", ph.getIndex(),
                        String.valueOf(ph.getYear()), fmt(ph.getBudget()), fmt(got), fmt1(actualShare),
                        fmt1(cumShare), fmt(cumTarget[k]), fmt(deferred));
                plan.getRelaxations().add(PlanTexts.encode(t));
            } else if (got > target + unitTolerance + 1e-6) {
                Text t = PlanMessages.get(basis == ShareBasis.COUNT ? "relax.catchup.count" : "relax.catchup.cost",
                        ph.getIndex(), String.valueOf(ph.getYear()), fmt1(actualShare), fmt1(ph.getTargetShare()),
                        fmt(got - target));
                plan.getRelaxations().add(PlanTexts.encode(t));
            }
            prevTarget = cumTarget[k];
        }
        if (overflow != null) {
            int n = overflow.getPlannedCount();
            Text t = PlanMessages.get("relax.overflow", n, fmt(overflow.getPlannedCost()), overflow.getIndex(),
                    String.valueOf(overflow.getYear()), String.valueOf(phases.get(phases.size() - 1).getYear()));
            plan.getRelaxations().add(PlanTexts.encode(t));
        }
    }

    private static double maxCost(List<Candidate> seq) {
        double m = 0;
        for (Candidate c : seq) {
            m = Math.max(m, c.cost);
        }
        return m;
    }

    private static String place(String site, String department) {
        if (site.isEmpty() && department.isEmpty()) {
            return "-";
        }
        if (department.isEmpty()) {
            return site;
        }
        return site.isEmpty() ? department : site + "/" + department;
    }

    static String splitLabel(List<Double> shares) {
        List<String> s = new ArrayList<>();
        for (Double d : shares) {
            s.add(fmt1(d).replaceAll("\\.0$", ""));
        }
        return String.join("/", s);
    }

    /** Money and counts in reasons: no grouping, at most two decimals (reasons are stored, not displayed per locale). */
    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String fmt1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static double round2(double v) {
        return Math.round(v * 100.0) / 100.0;
    }

    private static String nz(String s) {
        return s == null ? "" : s.trim();
    }
}
