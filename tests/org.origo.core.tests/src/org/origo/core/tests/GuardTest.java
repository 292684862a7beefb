package org.origo.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.origo.api.OrigoException;
import org.origo.core.Contributions;
import org.origo.api.Text;
import org.origo.core.Guard;

/** A contribution that throws, fails to link or hangs is reported and marked failed; the caller goes on. */
class GuardTest {

    private final Contributions registry = new Contributions();

    @Test
    void contributionThatThrowsIsMarkedFailedWithItsReason() {
        OrigoException e = assertThrows(OrigoException.class, () -> Guard.call(registry, "catalog", "broken", () -> {
            throw new IllegalStateException("price list missing");
        }));
        assertTrue(e.describe(Locale.ENGLISH).contains("the catalog 'broken' failed: IllegalStateException: price list missing"),
                e.describe(Locale.ENGLISH));
        assertEquals("IllegalStateException: price list missing", registry.failures().get("catalog:broken"));
        assertTrue(e.describe(Locale.SIMPLIFIED_CHINESE).contains("出错"));
    }

    @Test
    void contributionThatFailsToLinkIsContained() {
        assertThrows(OrigoException.class, () -> Guard.call(registry, "renderer", "pdf", () -> {
            throw new NoClassDefFoundError("com/example/pdf/Writer");
        }));
        assertTrue(registry.failures().get("renderer:pdf").contains("NoClassDefFoundError"));
    }

    @Test
    void contributionThatHangsIsStoppedAfterItsTimeout() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        long start = System.nanoTime();
        OrigoException e = assertThrows(OrigoException.class, () -> Guard.callWithTimeout(registry, "catalog", "slow", 1, () -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException ie) {
                interrupted.countDown();
            }
            return null;
        }));
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertTrue(seconds < 10, "gave up after " + seconds + " s");
        assertTrue(e.describe(Locale.ENGLISH).contains("gave no answer within 1 s"), e.describe(Locale.ENGLISH));
        assertTrue(registry.failures().containsKey("catalog:slow"));
        assertTrue(interrupted.await(10, java.util.concurrent.TimeUnit.SECONDS), "the hanging call was interrupted");
        // the host goes on with the next call
        assertEquals("ok", Guard.callWithTimeout(registry, "catalog", "fine", 5, () -> "ok"));
    }

    @Test
    void threadsLeftRunningByACallAreReportedOnThatContribution() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService[] pool = new ExecutorService[1];
        try {
            String r = Guard.call(registry, "profile", "leaky", () -> {
                Runnable wait = () -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                };
                new Thread(wait, "leaky-poller").start();
                // the JDK's default thread factory makes non-daemon threads, which would keep a plain JVM alive
                pool[0] = Executors.newSingleThreadExecutor();
                pool[0].submit(wait);
                return "verdicts";
            });
            assertEquals("verdicts", r, "the call itself still works");
            Text w = registry.warnings().get("profile:leaky");
            assertNotNull(w, "warnings: " + registry.warnings());
            assertTrue(w.en().contains("left 2 thread(s) running") && w.en().contains("1 of them would keep a program alive")
                    && w.en().contains("leaky-poller"), w.en());
            assertTrue(w.zh().contains("2 个线程") && w.zh().contains("leaky-poller"), w.zh());
            List<Thread> left = Guard.threadsOf("profile", "leaky");
            assertEquals(2, left.size(), String.valueOf(left));
            Thread poller = left.stream().filter(t -> t.getName().equals("leaky-poller")).findFirst().orElseThrow();
            assertTrue(poller.isDaemon(), "a plain thread started in a guarded call inherits the daemon flag of the guard's thread");
            assertEquals(1, left.stream().filter(t -> !t.isDaemon()).count());
            assertFalse(registry.failures().containsKey("profile:leaky"), "a leak is a warning, not a failure");

            // the same thread is not reported twice; another contribution is not blamed for it
            registry.warn("profile", "leaky", new Text("-", "-"));
            Guard.call(registry, "profile", "leaky", () -> null);
            assertEquals("-", registry.warnings().get("profile:leaky").en());
            Guard.call(registry, "profile", "clean", () -> null);
            assertNull(registry.warnings().get("profile:clean"));
        } finally {
            release.countDown();
            if (pool[0] != null) {
                pool[0].shutdown();
            }
        }
    }

    @Test
    void threadsThatEndWithTheCallOrSharedPoolWorkersAreNoLeak() throws Exception {
        long sum = Guard.call(registry, "renderer", "tidy", () -> {
            Thread helper = new Thread(() -> {
            }, "short-helper");
            helper.start();
            helper.join();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            Future<Integer> f = pool.submit(() -> 21);
            int v = f.get();
            pool.shutdown();
            pool.awaitTermination(5, TimeUnit.SECONDS);
            // parallel streams use the JDK's shared pool, whose workers outlive any call
            return LongStream.range(0, 200_000).parallel().map(x -> x % 7).sum() + v;
        });
        assertTrue(sum > 0);
        assertNull(registry.warnings().get("renderer:tidy"), "warnings: " + registry.warnings());
    }

    @Test
    void aHangingCallIsReportedInBothLanguagesAndMarkedFailed() {
        assertThrows(OrigoException.class, () -> Guard.callWithTimeout(registry, "importer", "stuck", 1, () -> {
            Thread.sleep(30_000);
            return null;
        }));
        Text why = registry.failureTexts().get("importer:stuck");
        assertNotNull(why);
        assertTrue(why.en().contains("no answer after 1 s"), why.en());
        assertTrue(why.zh().contains("1 秒内没有响应"), why.zh());
        assertTrue(registry.failures().get("importer:stuck").contains("no answer after 1 s"));
    }
}
