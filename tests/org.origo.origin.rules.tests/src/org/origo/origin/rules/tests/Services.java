package org.origo.origin.rules.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.origo.origin.api.OriginProfile;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Reaches the Declarative Services of the test runtime. */
final class Services {

    private Services() {
    }

    static BundleContext context() throws Exception {
        Bundle b = FrameworkUtil.getBundle(Services.class);
        if (b.getBundleContext() == null) {
            b.start(Bundle.START_ACTIVATION_POLICY);
        }
        BundleContext ctx = b.getBundleContext();
        for (Bundle other : ctx.getBundles()) {
            if (other.getSymbolicName().startsWith("org.origo.") && other.getState() == Bundle.RESOLVED
                    && other.getHeaders().get("Fragment-Host") == null) {
                other.start(Bundle.START_ACTIVATION_POLICY);
            }
        }
        return ctx;
    }

    static <T> T service(Class<T> type, String filter) throws Exception {
        BundleContext ctx = context();
        ServiceTracker<T, T> t = new ServiceTracker<>(ctx, filter == null ? ctx.createFilter("(objectClass=" + type.getName() + ")")
                : ctx.createFilter("(&(objectClass=" + type.getName() + ")" + filter + ")"), null);
        t.open();
        try {
            T s = t.waitForService(10_000);
            if (s == null) {
                throw new AssertionError("no " + type.getSimpleName() + " service " + (filter == null ? "" : filter));
            }
            return s;
        } finally {
            t.close();
        }
    }

    static OriginProfile profile(String id) throws Exception {
        return service(OriginProfile.class, "(" + OriginProfile.PROP_ID + "=" + id + ")");
    }

    static Optional<OriginProfile> findProfile(String id) {
        try {
            return Optional.of(profile(id));
        } catch (Exception | AssertionError e) {
            return Optional.empty();
        }
    }

    static List<OriginProfile> profiles() throws Exception {
        profile("cn-2020");
        profile("us-fcc-covered");
        BundleContext ctx = context();
        List<OriginProfile> out = new ArrayList<>();
        for (var ref : ctx.getServiceReferences(OriginProfile.class, null)) {
            out.add(ctx.getService(ref));
        }
        return out;
    }
}
