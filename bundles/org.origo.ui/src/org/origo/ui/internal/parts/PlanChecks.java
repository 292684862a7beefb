package org.origo.ui.internal.parts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.origo.api.Text;
import org.origo.model.Asset;
import org.origo.model.Phase;
import org.origo.model.Plan;
import org.origo.model.PlanItem;
import org.origo.model.Verdict;
import org.origo.ui.internal.i18n.UiMessages;
import org.origo.ui.internal.inventory.InventoryIndex;

/**
 * What a manual change to a plan does to its constraints: phase totals are recounted and every
 * constraint that no longer holds is named (budget caps, target shares, US-origin first).
 */
public final class PlanChecks {

    private PlanChecks() {
    }

    /** Moves items to a phase, pins them there and recounts the phases. */
    public static void move(Plan plan, List<PlanItem> items, Phase target) {
        for (PlanItem it : items) {
            it.setPhase(target);
            it.setPinned(true);
        }
        recount(plan);
    }

    /** Sets each phase's planned count and cost from its items. */
    public static void recount(Plan plan) {
        Map<Phase, int[]> counts = new HashMap<>();
        Map<Phase, double[]> costs = new HashMap<>();
        for (Phase p : plan.getPhases()) {
            counts.put(p, new int[1]);
            costs.put(p, new double[1]);
        }
        for (PlanItem it : plan.getItems()) {
            int[] c = counts.get(it.getPhase());
            if (c != null) {
                c[0]++;
                costs.get(it.getPhase())[0] += it.getCost();
            }
        }
        for (Phase p : plan.getPhases()) {
            p.setPlannedCount(counts.get(p)[0]);
            p.setPlannedCost(costs.get(p)[0]);
        }
    }

    /** The target number of assets of a phase from its share of all planned items. */
    public static int targetCount(Plan plan, Phase p) {
        return (int) Math.round(p.getTargetShare() / 100.0 * plan.getItems().size());
    }

    /** Every constraint the plan breaks, in both languages. */
    public static List<Text> violations(Plan plan, String profileId) {
        List<Text> out = new ArrayList<>();
        for (Phase p : plan.getPhases()) {
            if (p.getBudget() > 0 && p.getPlannedCost() > p.getBudget() + 0.005) {
                out.add(UiMessages.text("plan.violation.budget", p.getIndex(), String.valueOf(p.getYear()),
                        money(p.getPlannedCost()), money(p.getBudget()), money(p.getPlannedCost() - p.getBudget())));
            }
            int target = targetCount(plan, p);
            if (Math.abs(p.getPlannedCount() - target) > 1) {
                out.add(UiMessages.text("plan.violation.share", p.getIndex(), String.valueOf(p.getYear()),
                        p.getPlannedCount(), target, p.getTargetShare()));
            }
        }
        // US-origin assets go before other foreign ones: a US-origin item may not sit in a later
        // phase than a non-US item
        int earliestNonUs = Integer.MAX_VALUE;
        for (PlanItem it : plan.getItems()) {
            if (it.getPhase() != null && !anyUs(it.getAsset(), profileId)) {
                earliestNonUs = Math.min(earliestNonUs, it.getPhase().getIndex());
            }
        }
        Map<Phase, Integer> late = new HashMap<>();
        for (PlanItem it : plan.getItems()) {
            if (it.getPhase() != null && anyUs(it.getAsset(), profileId) && it.getPhase().getIndex() > earliestNonUs) {
                late.merge(it.getPhase(), 1, Integer::sum);
            }
        }
        for (Phase p : plan.getPhases()) {
            Integer n = late.get(p);
            if (n != null) {
                out.add(UiMessages.text("plan.violation.us", p.getIndex(), String.valueOf(p.getYear()), n,
                        earliestNonUs + 1));
            }
        }
        return out;
    }

    private static boolean anyUs(Asset a, String profileId) {
        if (a == null) {
            return false;
        }
        Verdict v = InventoryIndex.verdictOf(a, profileId);
        return v != null && v.isAnyUs();
    }

    static String money(double v) {
        return org.origo.ui.internal.UiPreferences.money(v);
    }
}
