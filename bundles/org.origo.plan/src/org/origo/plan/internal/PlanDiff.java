package org.origo.plan.internal;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.origo.model.Phase;
import org.origo.model.Plan;
import org.origo.model.PlanItem;
import org.origo.plan.internal.i18n.PlanMessages;

/** The difference between two plans, as lines in the user's language. */
public final class PlanDiff {

    /** How many moved assets are listed one by one. */
    static final int LISTED = 20;

    private PlanDiff() {
    }

    public static List<String> describe(Plan saved, Plan fresh, Locale locale) {
        List<String> out = new ArrayList<>();
        if (saved == null) {
            out.add(PlanMessages.get(locale, "diff.none"));
            return out;
        }
        NumberFormat money = NumberFormat.getNumberInstance(locale);
        money.setMaximumFractionDigits(2);
        boolean same = true;
        out.add(PlanMessages.get(locale, "diff.header"));
        Map<Integer, Phase> a = phases(saved);
        Map<Integer, Phase> b = phases(fresh);
        java.util.SortedSet<Integer> idx = new java.util.TreeSet<>(a.keySet());
        idx.addAll(b.keySet());
        for (int i : idx) {
            Phase pa = a.get(i);
            Phase pb = b.get(i);
            int ca = pa == null ? 0 : pa.getPlannedCount();
            int cb = pb == null ? 0 : pb.getPlannedCount();
            double ka = pa == null ? 0 : pa.getPlannedCost();
            double kb = pb == null ? 0 : pb.getPlannedCost();
            int year = pb != null ? pb.getYear() : pa.getYear();
            if (ca != cb || Math.abs(ka - kb) > 0.005 || pa == null || pb == null || pa.getYear() != pb.getYear()) {
                same = false;
            }
            out.add(PlanMessages.get(locale, "diff.phase", i, String.valueOf(year), ca, cb, money.format(ka), money.format(kb)));
        }
        Map<String, Integer> before = new HashMap<>();
        for (PlanItem it : saved.getItems()) {
            before.put(it.getAssetId(), it.getPhase() == null ? 0 : it.getPhase().getIndex());
        }
        Map<String, int[]> moved = new TreeMap<>();
        int added = 0;
        java.util.Set<String> still = new java.util.HashSet<>();
        for (PlanItem it : fresh.getItems()) {
            Integer old = before.get(it.getAssetId());
            int now = it.getPhase() == null ? 0 : it.getPhase().getIndex();
            still.add(it.getAssetId());
            if (old == null) {
                added++;
            } else if (old != now) {
                moved.put(it.getAssetId(), new int[] { old, now });
            }
        }
        int removed = 0;
        for (String id : before.keySet()) {
            if (!still.contains(id)) {
                removed++;
            }
        }
        if (!moved.isEmpty()) {
            same = false;
            out.add(PlanMessages.get(locale, "diff.moved", moved.size()));
            int n = 0;
            for (Map.Entry<String, int[]> e : moved.entrySet()) {
                if (n++ == LISTED) {
                    out.add(PlanMessages.get(locale, "diff.more", moved.size() - LISTED));
                    break;
                }
                out.add(PlanMessages.get(locale, "diff.move", e.getKey(), e.getValue()[0], e.getValue()[1]));
            }
        }
        if (added > 0 || removed > 0) {
            same = false;
            out.add(PlanMessages.get(locale, "diff.membership", added, removed));
        }
        if (same) {
            out.add(PlanMessages.get(locale, "diff.same"));
        }
        return out;
    }

    private static Map<Integer, Phase> phases(Plan p) {
        Map<Integer, Phase> m = new TreeMap<>();
        for (Phase ph : p.getPhases()) {
            m.put(ph.getIndex(), ph);
        }
        return m;
    }
}
