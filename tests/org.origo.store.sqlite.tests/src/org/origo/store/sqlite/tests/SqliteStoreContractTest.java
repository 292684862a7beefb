package org.origo.store.sqlite.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.io.TempDir;
import org.origo.store.api.StoreLocation;
import org.origo.store.api.StoreProvider;
import org.origo.store.api.tests.ProjectStoreContractTest;
import org.origo.store.sqlite.internal.SqliteDialect;
import org.origo.store.sqlite.internal.SqliteStoreProvider;

/** The store contract on SQLite files. */
public class SqliteStoreContractTest extends ProjectStoreContractTest {

    @TempDir
    Path dir;

    private int n;

    @Override
    protected StoreProvider provider() {
        return new SqliteStoreProvider();
    }

    @Override
    protected StoreLocation freshLocation() throws Exception {
        Path d = Files.createDirectories(dir.resolve("p" + n++));
        return StoreLocation.sqlite(d.resolve("project.sqlite"));
    }

    @Override
    protected void executeRaw(StoreLocation location, String sql) throws Exception {
        try (Connection c = new SqliteDialect(location.file()).connect(false); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
