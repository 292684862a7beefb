package org.origo.catalog.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.origo.api.OrigoException;
import org.origo.catalog.api.MatchPolicy;
import org.origo.catalog.api.tests.CatalogServices;
import org.origo.catalog.sdk.AbstractCatalog;
import org.origo.core.Contributions;
import org.origo.core.Pipeline;
import org.origo.model.Catalog;
import org.origo.model.Match;
import org.origo.model.Project;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The running framework as the tests use it: registry, pipeline, catalogs. */
final class TestRuntime {

    /** The shipped sample catalogs (the example vendor catalog is not among them). */
    static final List<String> SHIPPED = List.of("cn.database", "cn.middleware", "cn.network", "cn.office", "cn.os", "cn.pc",
            "cn.printer", "cn.server");

    private TestRuntime() {
    }

    static BundleContext context() {
        Bundle host = FrameworkUtil.getBundle(AbstractCatalog.class);
        start(host);
        return host.getBundleContext();
    }

    static void start(Bundle b) {
        if (b.getState() != Bundle.ACTIVE) {
            try {
                b.start();
            } catch (BundleException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static Contributions contributions() throws InterruptedException {
        BundleContext ctx = context();
        start(FrameworkUtil.getBundle(Contributions.class));
        CatalogServices.startCatalogBundles();
        ServiceTracker<Contributions, Contributions> t = new ServiceTracker<>(ctx, Contributions.class, null);
        t.open();
        try {
            Contributions c = t.waitForService(10_000);
            if (c == null) {
                throw new IllegalStateException("the contribution registry is not running");
            }
            // the registry sees a matcher once this bundle's components are active
            long until = System.currentTimeMillis() + 10_000;
            while (c.matcher().isEmpty() && System.currentTimeMillis() < until) {
                Thread.sleep(20);
            }
            return c;
        } finally {
            t.close();
        }
    }

    static Pipeline pipeline() throws InterruptedException {
        return new Pipeline(contributions());
    }

    /** Loads the catalogs (all registered when {@code ids} is null); fails the test when one of them fails. */
    static List<Catalog> catalogs(List<String> ids) throws InterruptedException {
        List<String> problems = new ArrayList<>();
        List<Catalog> c = pipeline().loadCatalogs(ids, problems);
        if (!problems.isEmpty()) {
            throw new AssertionError("catalogs failed: " + problems);
        }
        return c;
    }

    static List<Match> match(Project p, List<Catalog> catalogs, MatchPolicy policy) throws OrigoException, InterruptedException {
        pipeline().match(p, Estate.PROFILE, catalogs, policy, org.origo.api.Progress.NONE);
        return new ArrayList<>(p.getMatches());
    }

    static String describe(Match m) {
        return m.getAssetId() + "/" + m.getTarget() + "#" + m.getRank() + " " + m.getCatalogId() + ":" + m.getProductId() + " "
                + m.getScore() + " " + m.getReasons().stream().map(r -> org.origo.catalog.sdk.MatchText.in(r, Locale.ENGLISH)).toList();
    }
}
