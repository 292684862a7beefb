package org.origo.store.postgresql.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import org.origo.api.OrigoException;
import org.origo.store.api.Writer;
import org.origo.store.jdbc.StoreMessages;
import org.origo.store.jdbc.WriterLock;
import org.origo.store.jdbc.WriterRecord;

/**
 * The writer lock of a PostgreSQL project: a session advisory lock keyed by the project's schema,
 * held on a connection of its own (the server releases it when that session ends, so a killed
 * writer never blocks the project). The holder records who it is in the {@code writer} table.
 */
final class AdvisoryWriterLock implements WriterLock {

    private static final String KEY = "hashtext('origo.writer'), hashtext(current_schema())";

    private final PostgresqlDialect dialect;
    private Connection session;
    private boolean held;

    AdvisoryWriterLock(PostgresqlDialect dialect) {
        this.dialect = dialect;
    }

    private Connection session() throws SQLException {
        if (session == null || session.isClosed()) {
            session = dialect.connect(true);
            session.setAutoCommit(true);
        }
        return session;
    }

    @Override
    public boolean tryAcquire(Writer me) throws OrigoException {
        try {
            Connection c = session();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_try_advisory_lock(" + KEY + ")")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return false;
                }
            }
            held = true;
            publish(c, me);
            return true;
        } catch (SQLException e) {
            throw new OrigoException(StoreMessages.get("store.write", dialect.location().display(), e.getMessage()), e);
        }
    }

    private void publish(Connection c, Writer me) {
        try {
            if (!hasWriterTable(c)) {
                return;
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM writer");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO writer (id, record) VALUES (1, ?)")) {
                ps.setString(1, WriterRecord.format(me));
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            // who holds the lock is a courtesy to waiting users; the lock itself is held
        }
    }

    private static boolean hasWriterTable(Connection c) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "writer", new String[] { "TABLE" })) {
            return rs.next();
        }
    }

    @Override
    public void release() throws OrigoException {
        if (!held) {
            return;
        }
        held = false;
        try {
            Connection c = session();
            if (hasWriterTable(c)) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM writer");
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_advisory_unlock(" + KEY + ")")) {
                rs.next();
            }
        } catch (SQLException e) {
            // ending the session releases the lock
            close();
        }
    }

    @Override
    public void close() {
        if (session != null) {
            try {
                session.close();
            } catch (SQLException e) {
                // closed anyway
            }
            session = null;
        }
    }

    @Override
    public Optional<Writer> holder() throws OrigoException {
        try {
            Connection c = session();
            if (!hasWriterTable(c)) {
                return Optional.empty();
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT record FROM writer WHERE id = 1")) {
                return rs.next() ? WriterRecord.parse(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
    }
}
