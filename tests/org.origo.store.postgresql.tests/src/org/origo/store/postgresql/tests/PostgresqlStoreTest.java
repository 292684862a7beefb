package org.origo.store.postgresql.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.origo.api.OrigoException;
import org.origo.store.api.AuditRecord;
import org.origo.store.api.ProjectStore;
import org.origo.store.api.StoreLocation;
import org.origo.store.api.StoreOptions;
import org.origo.store.api.StoreProvider;
import org.origo.store.api.tests.SampleProjects;
import org.origo.store.postgresql.internal.PostgresqlStoreProvider;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** What is particular to the PostgreSQL store: the database role in the audit, addresses, the service. */
class PostgresqlStoreTest {

    @Test
    void theAuditRecordsTheDatabaseRoleBesideTheSystemUser() throws Exception {
        String base = TestServer.base();
        String schema = "role_" + Long.toHexString(System.nanoTime());
        try (ProjectStore s = new PostgresqlStoreProvider().open(TestServer.fresh(base, schema), StoreOptions.defaults(), true)) {
            s.write("project.save", "sample", tx -> {
                tx.saveProject(SampleProjects.rich(1, 2));
                return null;
            });
            List<AuditRecord> audit = s.audit();
            AuditRecord last = audit.get(audit.size() - 1);
            assertNotNull(last.role(), "the database role is recorded");
            assertEquals(System.getProperty("user.name"), last.user());
            assertTrue(s.load().getAuditLog().get(audit.size() - 1).getUser().contains(last.role()));
        } finally {
            TestServer.dropSchema(base, schema);
        }
    }

    @Test
    void badAddressesAreRefusedWithAMessage() {
        OrigoException e = assertThrows(OrigoException.class,
                () -> new PostgresqlStoreProvider().open(StoreLocation.parse("postgresql://localhost:1/db?schema=Robert'); DROP"), StoreOptions.defaults(), true));
        assertTrue(e.text().en().contains("schema"), e.text().en());
        OrigoException noDb = assertThrows(OrigoException.class,
                () -> new PostgresqlStoreProvider().open(StoreLocation.parse("postgresql://nobody@"), StoreOptions.defaults(), true));
        assertTrue(noDb.text().zh().contains("postgresql://"), noDb.text().zh());
    }

    @Test
    void aMissingProjectIsNamedAndNothingIsCreated() throws Exception {
        String base = TestServer.base();
        StoreLocation where = TestServer.fresh(base, "absent_" + Long.toHexString(System.nanoTime()));
        OrigoException e = assertThrows(OrigoException.class, () -> new PostgresqlStoreProvider().open(where, StoreOptions.defaults(), false));
        assertTrue(e.text().en().contains("no project"), e.text().en());
        assertTrue(!new PostgresqlStoreProvider().exists(where));
    }

    @Test
    void theProviderIsADeclarativeServicesComponent() throws Exception {
        var bundle = FrameworkUtil.getBundle(PostgresqlStoreProvider.class);
        if (bundle.getBundleContext() == null) {
            bundle.start();
        }
        BundleContext ctx = bundle.getBundleContext();
        ServiceTracker<StoreProvider, StoreProvider> t = new ServiceTracker<>(ctx,
                ctx.createFilter("(&(objectClass=" + StoreProvider.class.getName() + ")(" + StoreProvider.PROP_SCHEME + "=postgresql))"), null);
        t.open();
        try {
            StoreProvider p = t.waitForService(10_000);
            assertNotNull(p);
            assertEquals("postgresql", p.scheme());
        } finally {
            t.close();
        }
    }
}
