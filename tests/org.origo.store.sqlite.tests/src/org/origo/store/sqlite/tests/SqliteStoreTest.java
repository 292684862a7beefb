package org.origo.store.sqlite.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.api.OrigoException;
import org.origo.store.api.ProjectStore;
import org.origo.store.api.StoreLocation;
import org.origo.store.api.StoreOptions;
import org.origo.store.api.StoreProvider;
import org.origo.store.api.tests.SampleProjects;
import org.origo.store.jdbc.JdbcProjectStore;
import org.origo.store.sqlite.internal.SqliteDialect;
import org.origo.store.sqlite.internal.SqliteStoreProvider;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** What is particular to the SQLite store: the file, its mode, the native library, the service. */
class SqliteStoreTest {

    @TempDir
    Path dir;

    @Test
    void theSchemaMapsEveryAttributeAndReferenceOfTheModel() {
        assertEquals(List.of(), JdbcProjectStore.unmappedFeatures(),
                "a model feature without a column: add a schema migration and map it");
    }

    @Test
    void theProjectIsOnePlainSqliteFileInWriteAheadLogMode() throws Exception {
        Path file = dir.resolve("project.sqlite");
        try (ProjectStore s = new SqliteStoreProvider().open(StoreLocation.sqlite(file), StoreOptions.defaults(), true)) {
            s.write("project.save", "sample", tx -> {
                tx.saveProject(SampleProjects.rich(1, 3));
                return null;
            });
        }
        byte[] head = Files.readAllBytes(file);
        assertEquals("SQLite format 3", new String(head, 0, 15, java.nio.charset.StandardCharsets.US_ASCII));
        try (Connection c = new SqliteDialect(file).connect(false); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertEquals("wal", rs.getString(1).toLowerCase());
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM asset")) {
                rs.next();
                assertEquals(3, rs.getInt(1));
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM verdict_finding WHERE kind = 'F' AND rule_id IS NOT NULL")) {
                rs.next();
                assertTrue(rs.getInt(1) > 0, "findings carry their rule id");
            }
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1));
            }
        }
    }

    @Test
    void theNativeLibraryLoadsInsideTheFramework() throws Exception {
        assertTrue(org.sqlite.SQLiteJDBCLoader.initialize());
        assertTrue(org.sqlite.SQLiteJDBCLoader.isNativeMode(), "SQLite runs natively, not emulated");
        assertNotNull(FrameworkUtil.getBundle(org.sqlite.SQLiteJDBCLoader.class), "the driver is a bundle of the framework");
    }

    @Test
    void theProviderIsADeclarativeServicesComponent() throws Exception {
        BundleContext ctx = FrameworkUtil.getBundle(SqliteStoreProvider.class).getBundleContext();
        if (ctx == null) {
            FrameworkUtil.getBundle(SqliteStoreProvider.class).start();
            ctx = FrameworkUtil.getBundle(SqliteStoreProvider.class).getBundleContext();
        }
        ServiceTracker<StoreProvider, StoreProvider> t = new ServiceTracker<>(ctx,
                ctx.createFilter("(&(objectClass=" + StoreProvider.class.getName() + ")(" + StoreProvider.PROP_SCHEME + "=sqlite))"), null);
        t.open();
        try {
            StoreProvider p = t.waitForService(10_000);
            assertNotNull(p, "a sqlite store provider is registered");
            assertEquals("sqlite", p.scheme());
        } finally {
            t.close();
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedWithAMessageAndKept() throws Exception {
        Path file = dir.resolve("project.sqlite");
        Files.writeString(file, "not a database, just text that someone saved here\n".repeat(100));
        byte[] before = Files.readAllBytes(file);
        OrigoException e = assertThrows(OrigoException.class, () -> new SqliteStoreProvider().open(StoreLocation.sqlite(file), StoreOptions.defaults(), false));
        assertTrue(e.text().en().contains(file.toString()), e.text().en());
        assertFalse(e.text().zh().isBlank());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the file is left as it was");
    }

    @Test
    void messagesExistInBothLanguages() {
        assertEquals(java.util.Set.of(), org.origo.store.jdbc.StoreMessages.all().missingInChinese());
    }
}
