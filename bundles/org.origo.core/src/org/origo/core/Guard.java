package org.origo.core;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.origo.api.OrigoException;
import org.origo.api.Progress;
import org.origo.core.internal.CoreMessages;

/**
 * Calls into contributions from other bundles so that one that throws, fails to link or hangs
 * cannot take the host down: the failure is recorded in {@link Contributions#failures()} and
 * reported as an {@link OrigoException} naming the contribution.
 */
public final class Guard {

    /** How long a contribution call that can hang (loading a catalog, rendering) may take by default. */
    public static final long DEFAULT_TIMEOUT_SECONDS = Long.getLong("origo.contribution.timeout", 300);

    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "origo-contribution-call");
        t.setDaemon(true);
        return t;
    });

    private Guard() {
    }

    /** Calls the contribution on the current thread; anything it throws besides an OrigoException marks it failed. */
    public static <T> T call(Contributions registry, String kind, String id, Callable<T> call) throws OrigoException {
        try {
            return call.call();
        } catch (OrigoException | Progress.Cancelled e) {
            throw e;
        } catch (Exception | LinkageError | StackOverflowError e) {
            String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            if (registry != null) {
                registry.markFailed(kind, id, reason);
            }
            throw new OrigoException(CoreMessages.get("contribution.failed", kind, id, reason), e);
        }
    }

    /** Like {@link #call} but on another thread, given up after the timeout (the contribution is then marked failed). */
    public static <T> T callWithTimeout(Contributions registry, String kind, String id, long timeoutSeconds, Callable<T> call)
            throws OrigoException {
        Future<T> f = EXECUTOR.submit(() -> call(registry, kind, id, call));
        try {
            return f.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            String reason = "no answer after " + timeoutSeconds + " s";
            if (registry != null) {
                registry.markFailed(kind, id, reason);
            }
            throw new OrigoException(CoreMessages.get("contribution.timeout", kind, id, timeoutSeconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(true);
            throw new Progress.Cancelled();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof OrigoException oe) {
                throw oe;
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new OrigoException(CoreMessages.get("contribution.failed", kind, id, String.valueOf(c)), c);
        }
    }
}
