package org.origo.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.origo.api.OrigoException;
import org.origo.core.Contributions;
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
}
