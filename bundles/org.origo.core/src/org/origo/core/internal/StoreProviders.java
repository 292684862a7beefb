package org.origo.core.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.origo.api.OrigoException;
import org.origo.store.api.StoreLocation;
import org.origo.store.api.StoreProvider;
import org.origo.store.sqlite.SqliteStores;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The store engine for a location scheme: SQLite, the embedded default, directly (no wait for
 * the service registry at start-up, and usable outside a framework); any other engine as a
 * {@link StoreProvider} service with that {@code scheme}, waited for a few seconds.
 */
public final class StoreProviders {

    private static final long WAIT_MS = 10_000;
    private static final Map<String, ServiceTracker<StoreProvider, StoreProvider>> TRACKERS = new ConcurrentHashMap<>();

    private StoreProviders() {
    }

    public static StoreProvider provider(String scheme) throws OrigoException {
        if (StoreLocation.SQLITE.equals(scheme)) {
            return SqliteStores.provider();
        }
        Bundle b = FrameworkUtil.getBundle(StoreProviders.class);
        if (b == null) {
            throw new OrigoException(CoreMessages.get("store.provider.missing", scheme));
        }
        try {
            if (b.getBundleContext() == null) {
                b.start(Bundle.START_TRANSIENT);
            }
            BundleContext ctx = b.getBundleContext();
            ServiceTracker<StoreProvider, StoreProvider> t = TRACKERS.computeIfAbsent(scheme, k -> {
                try {
                    ServiceTracker<StoreProvider, StoreProvider> nt = new ServiceTracker<>(ctx,
                            ctx.createFilter("(&(objectClass=" + StoreProvider.class.getName() + ")(" + StoreProvider.PROP_SCHEME + "=" + k + "))"), null);
                    nt.open();
                    return nt;
                } catch (InvalidSyntaxException e) {
                    throw new IllegalArgumentException(e);
                }
            });
            StoreProvider p = t.waitForService(WAIT_MS);
            if (p == null) {
                throw new OrigoException(CoreMessages.get("store.provider.missing", scheme));
            }
            return p;
        } catch (BundleException | IllegalArgumentException e) {
            throw new OrigoException(CoreMessages.get("store.provider.missing", scheme), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OrigoException(CoreMessages.get("store.provider.missing", scheme), e);
        }
    }
}
