package org.origo.store.postgresql.tests;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;

import org.origo.store.api.StoreLocation;
import org.origo.store.postgresql.internal.PostgresqlDialect;

/**
 * The PostgreSQL server the tests use: {@code ORIGO_TEST_POSTGRESQL} (or the system property
 * {@code origo.test.postgresql}), e.g. {@code postgresql://origo:origo@localhost:5432/origo_test}.
 * Without one the tests are skipped on a workstation; under CI ({@code CI=true}) they fail, since CI
 * starts a server.
 */
final class TestServer {

    private TestServer() {
    }

    static String base() {
        String b = System.getProperty("origo.test.postgresql", System.getenv("ORIGO_TEST_POSTGRESQL"));
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (b == null || b.isBlank()) {
            if (ci) {
                fail("CI=true but ORIGO_TEST_POSTGRESQL names no PostgreSQL server (.ci/run starts one)");
            }
            assumeTrue(false, "no PostgreSQL server for the tests: set ORIGO_TEST_POSTGRESQL=postgresql://user:password@host:port/database");
        }
        try (Connection c = new PostgresqlDialect(StoreLocation.parse(b)).connect(false)) {
            c.isValid(5);
        } catch (SQLException | org.origo.api.OrigoException e) {
            if (ci) {
                fail("CI=true but the PostgreSQL server " + b + " cannot be reached: " + e.getMessage());
            }
            assumeTrue(false, "PostgreSQL server " + b + " not reachable: " + e.getMessage());
        }
        return b;
    }

    /** A location in a schema of its own. */
    static StoreLocation fresh(String base, String name) {
        return StoreLocation.parse(base + (base.contains("?") ? "&" : "?") + "schema=" + name);
    }

    static void dropSchema(String base, String schema) {
        try (Connection c = new PostgresqlDialect(StoreLocation.parse(base)).connect(false); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException | org.origo.api.OrigoException e) {
            // leaving a test schema behind is harmless
        }
    }
}
