package org.origo.plan.tracking;

import java.util.Date;
import java.util.List;

/**
 * The saved plan against the latest inventory: totals, per phase, per site, per department, and
 * the burn-down curve (the target's remaining assets at the end of each year against the actual
 * remaining ones, including new foreign assets, at the inventory date).
 *
 * @param snapshotId    the inventory compared with the plan
 * @param asOf          when that inventory was imported (may be null)
 * @param asOfYear      the year progress is measured in
 * @param expectedDone  planned assets of the phases whose year is over by {@code asOfYear}
 */
public record Burndown(String profileId, String snapshotId, Date asOf, int asOfYear, int planned, int replaced, int gone,
        int remaining, int newForeign, int expectedDone, List<PhaseProgress> phases, List<GroupProgress> sites,
        List<GroupProgress> departments, List<CurvePoint> curve) {

    /** One point of the burn-down: remaining assets at the end of a year, target and (when measured) actual. */
    public record CurvePoint(int year, double targetRemaining, Integer actualRemaining) {
    }

    /** What is confirmed done: the replaced assets (gone but unconfirmed ones are not done). */
    public int done() {
        return replaced;
    }

    /** Assets behind the target curve (negative when ahead). */
    public int behind() {
        return expectedDone - done();
    }
}
