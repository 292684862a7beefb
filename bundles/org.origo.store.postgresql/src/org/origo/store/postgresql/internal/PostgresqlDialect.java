package org.origo.store.postgresql.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.origo.store.api.StoreLocation;
import org.origo.store.jdbc.Dialect;
import org.origo.store.jdbc.WriterLock;

/**
 * PostgreSQL: one schema per project; reads in {@code REPEATABLE READ} transactions (one
 * consistent state per read); writers serialized by an advisory lock on the project's schema.
 */
public final class PostgresqlDialect implements Dialect {

    private final StoreLocation location;
    private final PgLocation pg;

    public PostgresqlDialect(StoreLocation location, PgLocation pg) {
        this.location = location;
        this.pg = pg;
    }

    public PostgresqlDialect(StoreLocation location) throws org.origo.api.OrigoException {
        this(location, PgLocation.of(location));
    }

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public StoreLocation location() {
        return location;
    }

    String schema() {
        return pg.schema();
    }

    @Override
    public Connection connect(boolean forWrites) throws SQLException {
        Connection c = new org.postgresql.Driver().connect(pg.jdbcUrl(), pg.properties());
        if (c == null) {
            throw new SQLException("not a PostgreSQL address: " + pg.display());
        }
        c.setTransactionIsolation(forWrites ? Connection.TRANSACTION_READ_COMMITTED : Connection.TRANSACTION_REPEATABLE_READ);
        return c;
    }

    /** A connection without a current schema, for creating one. */
    Connection connectServer() throws SQLException {
        java.util.Properties p = new java.util.Properties();
        p.putAll(pg.properties());
        p.remove("currentSchema");
        Connection c = new org.postgresql.Driver().connect(pg.jdbcUrl(), p);
        if (c == null) {
            throw new SQLException("not a PostgreSQL address: " + pg.display());
        }
        return c;
    }

    @Override
    public String type(String placeholder) {
        return switch (placeholder) {
        case "ID", "LONG" -> "BIGINT";
        case "REAL" -> "DOUBLE PRECISION";
        default -> throw new IllegalArgumentException("unknown column type placeholder " + placeholder);
        };
    }

    @Override
    public WriterLock writerLock() {
        return new AdvisoryWriterLock(this);
    }

    @Override
    public String role(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_user")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
