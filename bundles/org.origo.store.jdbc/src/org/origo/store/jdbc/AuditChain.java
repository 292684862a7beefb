package org.origo.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.origo.store.api.AuditCheck;
import org.origo.store.api.AuditRecord;

/**
 * The store's audit: append-only rows, each carrying the SHA-256 of the previous entry's hash and
 * its own fields, so that changing or removing an entry breaks the chain at that entry. The
 * newest entry's number and hash are also kept in {@code audit_head}, so removing entries at the
 * end is seen too. Entries are appended inside the transaction of the change they record.
 */
public final class AuditChain {

    private AuditChain() {
    }

    static String hash(String previous, long seq, String time, String user, String role, String host, String action, String detail) {
        return AuditRecord.chainHash(previous, seq, time, user, role, host, action, detail);
    }

    /** Appends one entry (inside the caller's transaction). */
    static AuditRecord append(Connection c, Instant when, String user, String role, String host, String action, String detail) throws SQLException {
        long seq = 0;
        String prev = AuditRecord.GENESIS;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT seq, hash FROM audit_head WHERE id = 1")) {
            if (rs.next()) {
                seq = rs.getLong(1);
                prev = rs.getString(2);
            }
        }
        long next = seq + 1;
        String time = when.toString();
        String h = hash(prev, next, time, user, role, host, action, detail);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO audit (seq, time, os_user, db_role, host, action, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, next);
            ps.setString(2, time);
            ps.setString(3, user);
            ps.setString(4, role);
            ps.setString(5, host);
            ps.setString(6, action);
            ps.setString(7, detail);
            ps.setString(8, prev);
            ps.setString(9, h);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(seq == 0 ? "INSERT INTO audit_head (seq, hash, id) VALUES (?, ?, 1)" : "UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1")) {
            ps.setLong(1, next);
            ps.setString(2, h);
            ps.executeUpdate();
        }
        return new AuditRecord(next, when, user, role, host, action, detail, prev, h);
    }

    static List<AuditRecord> read(Connection c) throws SQLException {
        List<AuditRecord> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT seq, time, os_user, db_role, host, action, detail, prev_hash, hash FROM audit ORDER BY seq")) {
            while (rs.next()) {
                Instant t;
                try {
                    t = Instant.parse(rs.getString(2));
                } catch (RuntimeException e) {
                    t = Instant.EPOCH;
                }
                out.add(new AuditRecord(rs.getLong(1), t, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9)));
            }
        }
        return out;
    }

    /** Walks the chain and names the first entry that was changed or removed. */
    static AuditCheck verify(Connection c) throws SQLException {
        long expected = 1;
        String prev = AuditRecord.GENESIS;
        long checked = 0;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT seq, time, os_user, db_role, host, action, detail, prev_hash, hash FROM audit ORDER BY seq")) {
            while (rs.next()) {
                long seq = rs.getLong(1);
                if (seq != expected) {
                    return new AuditCheck(checked, expected, StoreMessages.get("audit.removed", expected, seq - 1));
                }
                String storedPrev = rs.getString(8);
                if (!prev.equals(storedPrev)) {
                    // the link to the entry before does not hold: that entry was changed (and its own hash made to fit)
                    return new AuditCheck(checked, seq - 1, StoreMessages.get("audit.changed.link", seq - 1, seq));
                }
                String h = hash(storedPrev, seq, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7));
                if (!h.equals(rs.getString(9))) {
                    return new AuditCheck(checked, seq, StoreMessages.get("audit.changed", seq));
                }
                prev = h;
                expected = seq + 1;
                checked++;
            }
        }
        long last = expected - 1;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT seq, hash FROM audit_head WHERE id = 1")) {
            if (rs.next()) {
                long headSeq = rs.getLong(1);
                if (headSeq > last) {
                    return new AuditCheck(checked, last + 1, StoreMessages.get("audit.removed.end", last + 1, headSeq));
                }
                if (headSeq < last || !rs.getString(2).equals(prev)) {
                    return new AuditCheck(checked, Math.min(headSeq, last), StoreMessages.get("audit.head", headSeq, last));
                }
            } else if (last > 0) {
                return new AuditCheck(checked, 1, StoreMessages.get("audit.head", 0, last));
            }
        }
        return AuditCheck.valid(checked);
    }
}
