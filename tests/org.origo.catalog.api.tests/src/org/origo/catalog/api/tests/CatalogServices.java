package org.origo.catalog.api.tests;

import java.util.ArrayList;
import java.util.List;

import org.origo.catalog.api.ReplacementCatalog;
import org.origo.catalog.sdk.CatalogChecksums;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/** Finds catalog services in the running framework, starting catalog bundles (lazy) first. */
public final class CatalogServices {

    private CatalogServices() {
    }

    /** This bundle's context (the bundle is started when needed). */
    public static BundleContext context() {
        Bundle b = FrameworkUtil.getBundle(CatalogServices.class);
        if (b.getBundleContext() == null) {
            try {
                b.start(Bundle.START_ACTIVATION_POLICY);
                b.start();
            } catch (BundleException e) {
                throw new IllegalStateException(e);
            }
        }
        return b.getBundleContext();
    }

    /** Starts every resolved bundle that carries catalog files (the manifest header pins them). */
    public static void startCatalogBundles() {
        for (Bundle b : context().getBundles()) {
            if (b.getHeaders("").get(CatalogChecksums.HEADER) != null
                    && (b.getState() == Bundle.RESOLVED || b.getState() == Bundle.INSTALLED)) {
                try {
                    b.start();
                } catch (BundleException e) {
                    // left as it is; the contract tests report the missing service
                }
            }
        }
    }

    /** The catalog service registered with {@code origo.catalog.id=id}, waiting up to ten seconds. */
    public static ServiceReference<ReplacementCatalog> reference(String id) throws InterruptedException {
        startCatalogBundles();
        BundleContext ctx = context();
        ServiceTracker<ReplacementCatalog, ReplacementCatalog> t;
        try {
            t = new ServiceTracker<>(ctx, ctx.createFilter("(&(objectClass=" + ReplacementCatalog.class.getName() + ")("
                    + ReplacementCatalog.PROP_ID + "=" + id + "))"), null);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
        t.open();
        try {
            if (t.waitForService(10_000) == null) {
                return null;
            }
            return t.getServiceReference();
        } finally {
            t.close();
        }
    }

    /** Every catalog service currently registered. */
    public static List<ReplacementCatalog> all() {
        startCatalogBundles();
        BundleContext ctx = context();
        List<ReplacementCatalog> out = new ArrayList<>();
        try {
            for (ServiceReference<ReplacementCatalog> r : ctx.getServiceReferences(ReplacementCatalog.class, null)) {
                ReplacementCatalog c = ctx.getService(r);
                if (c != null) {
                    out.add(c);
                }
            }
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
