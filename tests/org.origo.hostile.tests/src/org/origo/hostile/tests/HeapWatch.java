package org.origo.hostile.tests;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

/**
 * Measures how much heap a piece of work keeps alive: the highest heap occupancy seen right after
 * any garbage collection while it runs (garbage that a collection frees is not counted), minus the
 * occupancy after a full collection before it started.
 */
final class HeapWatch implements NotificationListener, AutoCloseable {

    private static final String GC_NOTIFICATION = "com.sun.management.gc.notification";

    private final Set<String> heapPools = new HashSet<>();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private long baseline;

    HeapWatch() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                heapPools.add(p.getName());
            }
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(this, null, null);
                emitters.add(e);
            }
        }
    }

    /** Collects garbage and starts a new measurement. */
    void start() {
        baseline = settledUsed();
        peakAfterGc.set(baseline);
    }

    /** The highest heap occupancy after a collection since {@link #start()}, minus the starting occupancy, in bytes. */
    long retainedGrowth() {
        return Math.max(0, peakAfterGc.get() - baseline);
    }

    static long settledUsed() {
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            long u = used();
            if (u >= last) {
                return Math.min(u, last);
            }
            last = u;
        }
        return last;
    }

    static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Override
    public void handleNotification(Notification n, Object handback) {
        if (!GC_NOTIFICATION.equals(n.getType()) || !(n.getUserData() instanceof CompositeData cd)) {
            return;
        }
        try {
            CompositeData info = (CompositeData) cd.get("gcInfo");
            TabularData after = (TabularData) info.get("memoryUsageAfterGc");
            long sum = 0;
            for (Object row : after.values()) {
                CompositeData r = (CompositeData) row;
                String pool = String.valueOf(r.get("key"));
                if (heapPools.contains(pool)) {
                    sum += MemoryUsage.from((CompositeData) r.get("value")).getUsed();
                }
            }
            peakAfterGc.accumulateAndGet(sum, Math::max);
        } catch (RuntimeException e) {
            // a collector that reports in another shape is ignored; the final check still applies
        }
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(this);
            } catch (ListenerNotFoundException ex) {
                // already gone
            }
        }
    }
}
