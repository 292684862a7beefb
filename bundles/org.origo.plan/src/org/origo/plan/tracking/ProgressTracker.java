package org.origo.plan.tracking;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.origo.core.Pipeline;
import org.origo.model.Asset;
import org.origo.model.InventorySnapshot;
import org.origo.model.Phase;
import org.origo.model.Plan;
import org.origo.model.PlanItem;
import org.origo.model.Project;
import org.origo.model.Verdict;
import org.origo.model.VerdictOutcome;

/**
 * Compares the project's saved plan with its latest inventory. Only what is confirmed counts as
 * done: an asset of the plan is replaced when the latest inventory judges it KEEP (re-inventoried
 * as domestic) or when its retirement or replacement was recorded with a date. An asset that is no
 * longer inventoried without such a record is gone (unconfirmed): shown apart, never counted as
 * done, and still remaining in the burn-down. Every other asset is remaining (still REPLACE,
 * REVIEW, or not classified yet). Assets judged REPLACE that
 * the plan does not hold are new foreign assets; they are counted in the phase where most of their
 * site and department is planned (the last phase when their site and department is not in the plan).
 */
public final class ProgressTracker {

    private ProgressTracker() {
    }

    /** The burn-down of the saved plan, or empty when the project has no plan or no inventory. */
    public static Optional<Burndown> track(Project project, String profileId) {
        Plan plan = project.getPlan();
        InventorySnapshot latest = Pipeline.latest(project);
        if (plan == null || latest == null || plan.getPhases().isEmpty()) {
            return Optional.empty();
        }
        String profile = profileId != null ? profileId : project.getProfileId();
        List<Phase> phases = new ArrayList<>(plan.getPhases());
        phases.sort((a, b) -> Integer.compare(a.getIndex(), b.getIndex()));
        Map<Phase, Integer> phaseIdx = new java.util.IdentityHashMap<>();
        for (int i = 0; i < phases.size(); i++) {
            phaseIdx.put(phases.get(i), i);
        }
        int n = phases.size();
        int[] planned = new int[n];
        double[] plannedCost = new double[n];
        int[] replaced = new int[n];
        int[] gone = new int[n];
        int[] remaining = new int[n];
        int[] newForeign = new int[n];
        Map<String, int[]> sites = new TreeMap<>();
        Map<String, int[]> departments = new TreeMap<>();
        Map<String, int[]> unitPhases = new HashMap<>();

        Map<String, Asset> current = new HashMap<>(latest.getAssets().size() * 2);
        for (Asset a : latest.getAssets()) {
            if (a.getId() != null) {
                current.put(a.getId(), a);
            }
        }
        java.util.Set<String> retired = retired(project);
        java.util.Set<String> inPlan = new java.util.HashSet<>();
        for (PlanItem item : plan.getItems()) {
            Integer k = item.getPhase() == null ? null : phaseIdx.get(item.getPhase());
            if (k == null) {
                continue;
            }
            String id = item.getAssetId() != null ? item.getAssetId() : item.getAsset() == null ? null : item.getAsset().getId();
            inPlan.add(id);
            Asset now = id == null ? null : current.get(id);
            Asset described = now != null ? now : item.getAsset();
            String site = described == null ? "" : nz(described.getSite());
            String dept = described == null ? "" : nz(described.getDepartment());
            unitPhases.computeIfAbsent(site + "\u0000" + dept, x -> new int[n])[k]++;
            planned[k]++;
            plannedCost[k] += item.getCost();
            int state; // 0 replaced, 1 gone, 2 remaining
            if (id != null && retired.contains(id)) {
                state = 0;
                replaced[k]++;
            } else if (now == null) {
                state = 1;
                gone[k]++;
            } else {
                Verdict v = Pipeline.verdict(now, profile);
                if (v != null && v.getOutcome() == VerdictOutcome.KEEP) {
                    state = 0;
                    replaced[k]++;
                } else {
                    state = 2;
                    remaining[k]++;
                }
            }
            count(sites, site, state);
            count(departments, dept, state);
        }
        for (Asset a : latest.getAssets()) {
            if (a.getId() == null || inPlan.contains(a.getId())) {
                continue;
            }
            Verdict v = Pipeline.verdict(a, profile);
            if (v == null || v.getOutcome() != VerdictOutcome.REPLACE) {
                continue;
            }
            String site = nz(a.getSite());
            String dept = nz(a.getDepartment());
            int[] up = unitPhases.get(site + "\u0000" + dept);
            int k = lastRegular(phases);
            if (up != null) {
                int best = -1;
                for (int i = 0; i < n; i++) {
                    if (up[i] > 0 && (best < 0 || up[i] > up[best])) {
                        best = i;
                    }
                }
                k = best;
            }
            newForeign[k]++;
            count(sites, site, 3);
            count(departments, dept, 3);
        }

        int asOfYear = year(latest.getImportedAt(), phases.get(0).getYear());
        int totalPlanned = 0;
        int expectedDone = 0;
        for (int k = 0; k < n; k++) {
            totalPlanned += planned[k];
            if (phases.get(k).getYear() < asOfYear) {
                expectedDone += planned[k];
            }
        }
        List<PhaseProgress> phaseRows = new ArrayList<>();
        double cum = 0;
        for (int k = 0; k < n; k++) {
            Phase p = phases.get(k);
            cum += p.getTargetShare();
            phaseRows.add(new PhaseProgress(p.getIndex(), p.getYear(), p.getTargetShare(), p.getBudget(), planned[k],
                    plannedCost[k], replaced[k], gone[k], remaining[k], newForeign[k],
                    Math.max(0, totalPlanned * (1 - Math.min(100, cum) / 100.0)), p.getYear() <= asOfYear));
        }
        List<Burndown.CurvePoint> curve = curve(project, plan, phases, profile, totalPlanned, latest, retired);
        int r = 0, g = 0, rem = 0, nf = 0;
        for (int k = 0; k < n; k++) {
            r += replaced[k];
            g += gone[k];
            rem += remaining[k];
            nf += newForeign[k];
        }
        return Optional.of(new Burndown(profile, latest.getId(), latest.getImportedAt(), asOfYear, totalPlanned, r, g, rem,
                nf, expectedDone, phaseRows, groups(sites), groups(departments), curve));
    }

    private static int lastRegular(List<Phase> phases) {
        for (int i = phases.size() - 1; i >= 0; i--) {
            if (phases.get(i).getTargetShare() > 0) {
                return i;
            }
        }
        return phases.size() - 1;
    }

    /** Target remaining at each year end; actual remaining (incl. new foreign) measured by the last inventory of each year. */
    private static List<Burndown.CurvePoint> curve(Project project, Plan plan, List<Phase> phases, String profile,
            int totalPlanned, InventorySnapshot latest, java.util.Set<String> retired) {
        Map<Integer, InventorySnapshot> lastOfYear = new TreeMap<>();
        for (InventorySnapshot s : project.getSnapshots()) {
            lastOfYear.put(year(s.getImportedAt(), phases.get(0).getYear()), s);
        }
        List<Burndown.CurvePoint> points = new ArrayList<>();
        int startYear = phases.get(0).getYear() - 1;
        points.add(new Burndown.CurvePoint(startYear, totalPlanned, measured(lastOfYear.get(startYear), plan, profile, retired)));
        double cum = 0;
        for (Phase p : phases) {
            cum += p.getTargetShare();
            points.add(new Burndown.CurvePoint(p.getYear(), Math.max(0, totalPlanned * (1 - Math.min(100, cum) / 100.0)),
                    measured(lastOfYear.get(p.getYear()), plan, profile, retired)));
        }
        return points;
    }

    /**
     * Remaining planned assets plus new foreign ones in a snapshot, or null when there is none. A
     * planned asset the snapshot no longer holds stays remaining unless its retirement was recorded.
     */
    private static Integer measured(InventorySnapshot s, Plan plan, String profile, java.util.Set<String> retired) {
        if (s == null) {
            return null;
        }
        Map<String, Asset> byId = new HashMap<>();
        for (Asset a : s.getAssets()) {
            if (a.getId() != null) {
                byId.put(a.getId(), a);
            }
        }
        java.util.Set<String> inPlan = new java.util.HashSet<>();
        int remaining = 0;
        for (PlanItem item : plan.getItems()) {
            String id = item.getAssetId();
            inPlan.add(id);
            Asset a = id == null ? null : byId.get(id);
            if (id != null && retired.contains(id)) {
                continue;
            }
            if (a == null) {
                remaining++; // gone without a confirmation: not done
            } else {
                Verdict v = Pipeline.verdict(a, profile);
                if (v == null || v.getOutcome() != VerdictOutcome.KEEP) {
                    remaining++;
                }
            }
        }
        for (Asset a : s.getAssets()) {
            if (!inPlan.contains(a.getId())) {
                Verdict v = Pipeline.verdict(a, profile);
                if (v != null && v.getOutcome() == VerdictOutcome.REPLACE) {
                    remaining++;
                }
            }
        }
        return remaining;
    }

    /** The assets whose retirement or replacement was recorded with a date. */
    private static java.util.Set<String> retired(Project project) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (org.origo.model.Retirement r : project.getRetirements()) {
            if (r.getAssetId() != null && r.getDate() != null) {
                out.add(r.getAssetId());
            }
        }
        return out;
    }

    private static void count(Map<String, int[]> m, String key, int state) {
        int[] c = m.computeIfAbsent(key, k -> new int[5]);
        if (state < 3) {
            c[0]++;
        }
        c[state + 1]++;
    }

    private static List<GroupProgress> groups(Map<String, int[]> m) {
        List<GroupProgress> out = new ArrayList<>();
        for (Map.Entry<String, int[]> e : m.entrySet()) {
            int[] c = e.getValue();
            out.add(new GroupProgress(e.getKey(), c[0], c[1], c[2], c[3], c[4]));
        }
        return out;
    }

    private static int year(Date d, int fallback) {
        return d == null ? fallback : d.toInstant().atZone(ZoneOffset.UTC).getYear();
    }

    private static String nz(String s) {
        return s == null ? "" : s.trim();
    }
}
