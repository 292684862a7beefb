package org.origo.store.postgresql.tests;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.origo.store.api.StoreLocation;
import org.origo.store.api.StoreProvider;
import org.origo.store.api.tests.ProjectStoreContractTest;
import org.origo.store.postgresql.internal.PostgresqlDialect;
import org.origo.store.postgresql.internal.PostgresqlStoreProvider;

/** The store contract on PostgreSQL, one schema per test. */
public class PostgresqlStoreContractTest extends ProjectStoreContractTest {

    private String base;
    private final List<String> schemas = new ArrayList<>();

    @BeforeEach
    void server() {
        base = TestServer.base();
    }

    @AfterEach
    void dropSchemas() {
        for (String s : schemas) {
            TestServer.dropSchema(base, s);
        }
        schemas.clear();
    }

    @Override
    protected StoreProvider provider() {
        return new PostgresqlStoreProvider();
    }

    @Override
    protected StoreLocation freshLocation() {
        String name = "contract_" + Long.toHexString(System.nanoTime()) + "_" + schemas.size();
        schemas.add(name);
        return TestServer.fresh(base, name);
    }

    @Override
    protected void executeRaw(StoreLocation location, String sql) throws Exception {
        try (Connection c = new PostgresqlDialect(location).connect(false); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
