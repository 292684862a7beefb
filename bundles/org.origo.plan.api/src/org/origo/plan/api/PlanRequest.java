package org.origo.plan.api;

import java.util.List;
import java.util.Map;

import org.origo.model.ShareBasis;

/**
 * How to plan: the first year, the share of each phase (summing to 100), budget caps per year
 * (absent = no cap), whether shares count assets or cost, and the profile whose verdicts to plan.
 * The default is the directive's three annual installments of 30 %, 50 % and 20 %.
 */
public record PlanRequest(String profileId, int firstYear, List<Double> shares, Map<Integer, Double> budgets,
        ShareBasis basis) {

    public static final List<Double> DIRECTIVE_SPLIT = List.of(30.0, 50.0, 20.0);

    public static PlanRequest directive(String profileId, int firstYear) {
        return new PlanRequest(profileId, firstYear, DIRECTIVE_SPLIT, Map.of(), ShareBasis.COUNT);
    }
}
