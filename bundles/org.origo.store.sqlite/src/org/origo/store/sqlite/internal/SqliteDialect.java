package org.origo.store.sqlite.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.origo.store.api.StoreLocation;
import org.origo.store.jdbc.Dialect;
import org.origo.store.jdbc.WriterLock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * SQLite in write-ahead-log mode: readers in other processes go on reading while one writes;
 * commits are forced to disk ({@code synchronous=FULL}); write transactions start
 * {@code IMMEDIATE} so that two writers never both read and then collide.
 */
public final class SqliteDialect implements Dialect {

    /** How long SQLite itself waits for a lock another program (a SQLite tool) holds. */
    static final int BUSY_TIMEOUT_MS = 60_000;

    private final Path file;
    private final StoreLocation location;

    public SqliteDialect(Path file) {
        this.file = file.toAbsolutePath().normalize();
        this.location = StoreLocation.sqlite(this.file);
    }

    @Override
    public String name() {
        return "SQLite";
    }

    @Override
    public StoreLocation location() {
        return location;
    }

    @Override
    public Connection connect(boolean forWrites) throws SQLException {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        cfg.enforceForeignKeys(true);
        cfg.setBusyTimeout(BUSY_TIMEOUT_MS);
        if (forWrites) {
            cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            cfg.setCacheSize(-65_536);
        }
        SQLiteDataSource ds = new SQLiteDataSource(cfg);
        ds.setUrl("jdbc:sqlite:" + file);
        return ds.getConnection();
    }

    @Override
    public String type(String placeholder) {
        return switch (placeholder) {
        case "ID", "LONG" -> "INTEGER";
        case "REAL" -> "REAL";
        default -> throw new IllegalArgumentException("unknown column type placeholder " + placeholder);
        };
    }

    @Override
    public WriterLock writerLock() {
        return new FileWriterLock(file);
    }

    @Override
    public String role(Connection c) {
        return null;
    }
}
