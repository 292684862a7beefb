package org.origo.api;

/**
 * Progress and cancellation of long work (import, classification, matching, planning, reports).
 * Implementations are supplied by the caller (a terminal progress bar, a workbench job) and must be
 * safe to call from any thread.
 */
@org.osgi.annotation.versioning.ConsumerType
public interface Progress {

    /** A progress that shows nothing and is never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void begin(Text task, long totalWork) {
        }

        @Override
        public void worked(long units) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Starts a task; {@code totalWork} is -1 when unknown. */
    void begin(Text task, long totalWork);

    /** Reports that {@code units} more of the current task are done. */
    void worked(long units);

    /** Whether the user asked to stop; long work checks it regularly and then throws {@link Cancelled}. */
    boolean isCancelled();

    /** Throws {@link Cancelled} when the user asked to stop. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new Cancelled();
        }
    }

    /** Thrown by work that stopped because it was cancelled. */
    final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Cancelled() {
            super("cancelled");
        }
    }
}
