package org.origo.plan.tracking;

/**
 * Progress of one site or department: assets planned, replaced (now judged KEEP), gone from the
 * inventory, still to replace, and foreign assets found after the plan was made.
 */
public record GroupProgress(String name, int planned, int replaced, int gone, int remaining, int newForeign) {

    /** Share of the planned assets confirmed done (replaced), 0..1; gone but unconfirmed ones are not done. */
    public double doneShare() {
        return planned == 0 ? 0 : replaced / (double) planned;
    }
}
