package org.origo.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versioned schema: {@code schema/V<n>.sql} beside this class, applied in order, each in the
 * write transaction that opens a store older than it, and recorded in {@code schema_version}.
 * A script is never edited once released; a change is a new script.
 */
final class Migrations {

    /** The newest schema version this code reads and writes. */
    static final int CURRENT = 2;

    private static final String[] DESCRIPTIONS = { "", "project, snapshots, assets, components, software, verdicts with rule findings, matches, plan, audit",
            "scoped imports, per-component plan actions, currencies, plan match fingerprint, retirements" };
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Z]+)\\}");

    private Migrations() {
    }

    /** The version of the schema in the database, 0 for an empty database. */
    static int version(Connection c) throws SQLException {
        if (!hasTable(c, "schema_version")) {
            return 0;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static boolean hasTable(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), table, new String[] { "TABLE" })) {
            while (rs.next()) {
                if (table.equalsIgnoreCase(rs.getString("TABLE_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Brings the schema from {@code from} to {@link #CURRENT} on the connection (inside the caller's transaction). */
    static void migrate(Connection c, Dialect d, int from) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL, description TEXT)");
            for (int v = from + 1; v <= CURRENT; v++) {
                for (String stmt : statements(v, d)) {
                    s.executeUpdate(stmt);
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO schema_version (version, applied_at, description) VALUES (?, ?, ?)")) {
                    ps.setInt(1, v);
                    ps.setString(2, Instant.now().toString());
                    ps.setString(3, DESCRIPTIONS[v]);
                    ps.executeUpdate();
                }
            }
        }
    }

    /** The statements of one script with the dialect's types filled in. */
    static List<String> statements(int version, Dialect d) throws SQLException {
        String text;
        try (InputStream in = Migrations.class.getResourceAsStream("schema/V" + version + ".sql")) {
            if (in == null) {
                throw new SQLException("schema script V" + version + ".sql is missing");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SQLException(e);
        }
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (!t.startsWith("--")) {
                body.append(line).append('\n');
            }
        }
        Matcher m = PLACEHOLDER.matcher(body);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(filled, Matcher.quoteReplacement(d.type(m.group(1))));
        }
        m.appendTail(filled);
        List<String> out = new ArrayList<>();
        for (String s : filled.toString().split(";")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
