package org.origo.plan.tracking;

/**
 * Progress of one phase. {@code targetRemainingAfter} is what the target curve allows to remain
 * at the end of the phase's year (of the assets planned at the start); {@code due} is true when
 * that year is over or current at the time of the inventory.
 */
public record PhaseProgress(int index, int year, double targetShare, double budget, int planned, double plannedCost,
        int replaced, int gone, int remaining, int newForeign, double targetRemainingAfter, boolean due) {

    /** What is confirmed done: the replaced assets (gone but unconfirmed ones are not done). */
    public int done() {
        return replaced;
    }
}
