package org.origo.store.postgresql.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.origo.api.OrigoException;
import org.origo.store.api.ProjectStore;
import org.origo.store.api.StoreLocation;
import org.origo.store.api.StoreOptions;
import org.origo.store.api.StoreProvider;
import org.origo.store.jdbc.JdbcProjectStore;
import org.origo.store.jdbc.StoreMessages;
import org.osgi.service.component.annotations.Component;

/** Projects in a PostgreSQL database, one schema each, for teams working on one project at once. */
@Component(service = StoreProvider.class, property = StoreProvider.PROP_SCHEME + "=" + StoreLocation.POSTGRESQL)
public final class PostgresqlStoreProvider implements StoreProvider {

    @Override
    public String scheme() {
        return StoreLocation.POSTGRESQL;
    }

    @Override
    public boolean exists(StoreLocation location) throws OrigoException {
        PostgresqlDialect d = new PostgresqlDialect(location);
        try (Connection c = d.connectServer();
                java.sql.PreparedStatement ps = c.prepareStatement(
                        "SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = 'schema_version'")) {
            ps.setString(1, d.schema());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new OrigoException(StoreMessages.get("store.connect", "PostgreSQL", location.display(), e.getMessage()), e);
        }
    }

    @Override
    public ProjectStore open(StoreLocation location, StoreOptions options, boolean create) throws OrigoException {
        PostgresqlDialect d = new PostgresqlDialect(location);
        if (!exists(location)) {
            if (!create) {
                throw new OrigoException(StoreMessages.get("postgresql.missing", location.display()));
            }
            try (Connection c = d.connectServer(); Statement s = c.createStatement()) {
                // the name is checked to be a plain lower-case identifier
                s.executeUpdate("CREATE SCHEMA IF NOT EXISTS " + d.schema());
            } catch (SQLException e) {
                throw new OrigoException(StoreMessages.get("store.connect", "PostgreSQL", location.display(), e.getMessage()), e);
            }
        }
        return JdbcProjectStore.open(d, options);
    }
}
