package org.origo.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.origo.api.OrigoException;
import org.origo.api.Progress;
import org.origo.api.Text;
import org.origo.core.internal.CoreMessages;

/**
 * Calls into contributions from other bundles so that one that throws, fails to link, hangs or
 * leaves threads running cannot take the host down or go unnoticed: the failure is recorded in
 * {@link Contributions#failures()} and reported as an {@link OrigoException} naming the
 * contribution; left-over threads are recorded in {@link Contributions#warnings()}.
 * <p>
 * Every call runs on a daemon thread of a thread group of its own contribution (kind and id), and
 * the caller waits for it. A thread the contribution starts joins that group, so whatever is still
 * alive there after the call (besides the guard's own threads and the JDK's shared fork/join
 * workers) was left behind by that contribution. Such threads cannot be made daemons after the
 * fact; the command line does not wait for them (the launcher exits the JVM after the command).
 */
public final class Guard {

    /** How long a contribution call that can hang (loading a catalog, rendering) may take by default. */
    public static final long DEFAULT_TIMEOUT_SECONDS = Long.getLong("origo.contribution.timeout", 300);
    /** How long threads still alive after a call get to end before they count as left running. */
    public static final long LEAK_GRACE_MILLIS = 250;

    private static final ThreadGroup ROOT = new ThreadGroup("origo-contributions");
    private static final Map<String, Lane> LANES = new ConcurrentHashMap<>();
    /** Threads already reported as left running, so that each is reported once. */
    private static final Set<Thread> REPORTED = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    /** The thread group and the guard's own threads for the calls into one contribution. */
    private static final class Lane {
        final ThreadGroup group;
        final Set<Thread> workers = ConcurrentHashMap.newKeySet();
        final ThreadPoolExecutor executor;

        Lane(String key) {
            group = new ThreadGroup(ROOT, "origo " + key);
            executor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
                Thread[] self = new Thread[1];
                Thread t = new Thread(group, () -> {
                    try {
                        r.run();
                    } finally {
                        workers.remove(self[0]);
                    }
                }, "origo-call " + key);
                self[0] = t;
                t.setDaemon(true);
                workers.add(t);
                return t;
            });
        }
    }

    private Guard() {
    }

    /**
     * Calls the contribution and waits for it as long as it takes; anything it throws besides an
     * OrigoException marks it failed.
     */
    public static <T> T call(Contributions registry, String kind, String id, Callable<T> call) throws OrigoException {
        return run(registry, kind, id, 0, call);
    }

    /** Like {@link #call} but given up after the timeout (the contribution is then marked failed and interrupted). */
    public static <T> T callWithTimeout(Contributions registry, String kind, String id, long timeoutSeconds, Callable<T> call)
            throws OrigoException {
        return run(registry, kind, id, Math.max(1, timeoutSeconds), call);
    }

    /** The threads in the contribution's group right now that are not the guard's own (for tests and diagnostics). */
    public static List<Thread> threadsOf(String kind, String id) {
        Lane lane = LANES.get(kind + ":" + id);
        return lane == null ? List.of() : strays(lane, false);
    }

    private static <T> T run(Contributions registry, String kind, String id, long timeoutSeconds, Callable<T> call)
            throws OrigoException {
        Lane lane = LANES.computeIfAbsent(kind + ":" + id, Lane::new);
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        // once the caller gave up (time bound, interrupt), what the interrupted call throws is not its fault
        AtomicBoolean givenUp = new AtomicBoolean();
        Future<T> f = lane.executor.submit(() -> {
            Thread t = Thread.currentThread();
            ClassLoader before = t.getContextClassLoader();
            t.setContextClassLoader(loader);
            try {
                return direct(registry, kind, id, call, givenUp);
            } finally {
                t.setContextClassLoader(before);
            }
        });
        try {
            return timeoutSeconds > 0 ? f.get(timeoutSeconds, TimeUnit.SECONDS) : f.get();
        } catch (TimeoutException e) {
            givenUp.set(true);
            f.cancel(true);
            if (registry != null) {
                registry.markFailed(kind, id, CoreMessages.get("contribution.timeout.reason", timeoutSeconds));
            }
            throw new OrigoException(CoreMessages.get("contribution.timeout", kind, id, timeoutSeconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            givenUp.set(true);
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
        } finally {
            checkThreads(registry, kind, id, lane);
        }
    }

    /** The call on the current thread: anything thrown besides an OrigoException marks the contribution failed. */
    private static <T> T direct(Contributions registry, String kind, String id, Callable<T> call, AtomicBoolean givenUp)
            throws OrigoException {
        try {
            return call.call();
        } catch (OrigoException | Progress.Cancelled e) {
            throw e;
        } catch (Exception | LinkageError | StackOverflowError e) {
            String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            if (registry != null && !givenUp.get()) {
                registry.markFailed(kind, id, reason);
            }
            throw new OrigoException(CoreMessages.get("contribution.failed", kind, id, reason), e);
        }
    }

    /** Records the threads the contribution left running (after a short grace for ones about to end). */
    private static void checkThreads(Contributions registry, String kind, String id, Lane lane) {
        List<Thread> left = strays(lane, true);
        if (left.isEmpty()) {
            return;
        }
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LEAK_GRACE_MILLIS);
        for (Thread t : left) {
            long ms = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
            if (ms <= 0) {
                break;
            }
            try {
                t.join(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        left = strays(lane, true);
        if (left.isEmpty()) {
            return;
        }
        REPORTED.addAll(left);
        int nonDaemon = 0;
        List<String> names = new ArrayList<>();
        for (Thread t : left) {
            if (!t.isDaemon()) {
                nonDaemon++;
            }
            if (names.size() < 5) {
                names.add(t.getName());
            }
        }
        if (left.size() > names.size()) {
            names.add("…");
        }
        Text warning = CoreMessages.get("contribution.threads", kind, id, left.size(), nonDaemon, String.join(", ", names));
        if (registry != null) {
            registry.warn(kind, id, warning);
        }
    }

    /** Live threads of the lane's group that are neither the guard's own nor shared JDK workers. */
    private static List<Thread> strays(Lane lane, boolean skipReported) {
        Thread[] all;
        int n;
        do {
            all = new Thread[lane.group.activeCount() * 2 + 8];
            n = lane.group.enumerate(all, true);
        } while (n == all.length);
        List<Thread> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Thread t = all[i];
            if (!t.isAlive() || lane.workers.contains(t) || (skipReported && REPORTED.contains(t))) {
                continue;
            }
            // workers of the JDK's common pool join the group of whoever first needed them; they are shared
            if (t instanceof ForkJoinWorkerThread w && w.getPool() == ForkJoinPool.commonPool()) {
                continue;
            }
            out.add(t);
        }
        return out;
    }
}
