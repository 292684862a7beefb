package org.origo.store.api.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.origo.api.OrigoException;
import org.origo.model.Asset;
import org.origo.store.api.StoreTransaction;

/** Concurrent writers for the tests: several threads started at the same moment, each writing its rounds. */
public final class Writers {

    private Writers() {
    }

    /** One round of one writer. */
    @FunctionalInterface
    public interface Round {
        void run(int round) throws Exception;
    }

    /** Starts every writer at once, each running {@code rounds} rounds, and waits (at most two minutes) for all. */
    public static void atOnce(int rounds, List<Round> writers) throws Exception {
        CyclicBarrier start = new CyclicBarrier(writers.size());
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Round w : writers) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < rounds; i++) {
                        w.run(i);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sets the owner of one asset inside a write (the change the concurrency tests make). */
    public static Void setOwner(StoreTransaction tx, String snapshot, String assetId, String owner) throws OrigoException {
        Asset a = tx.asset(snapshot, assetId).orElseThrow();
        a.setOwner(owner);
        tx.putAsset(snapshot, a);
        return null;
    }
}
