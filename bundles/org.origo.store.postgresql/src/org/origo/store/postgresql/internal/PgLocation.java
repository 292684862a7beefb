package org.origo.store.postgresql.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import org.origo.api.OrigoException;
import org.origo.store.api.StoreLocation;
import org.origo.store.jdbc.StoreMessages;

/**
 * A PostgreSQL location taken apart: {@code postgresql://user:password@host:port/database?schema=name&…}.
 * The schema (default {@code origo}) holds one project; other query parameters go to the driver
 * (e.g. {@code sslmode=require}). Without a password in the location the driver's own sources apply
 * ({@code PGPASSWORD} is read here, {@code .pgpass} by the server's authentication where configured).
 */
public record PgLocation(String jdbcUrl, Properties properties, String schema, String display) {

    static final String DEFAULT_SCHEMA = "origo";
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    static PgLocation of(StoreLocation location) throws OrigoException {
        URI u;
        try {
            u = location.uri();
        } catch (URISyntaxException e) {
            throw new OrigoException(StoreMessages.get("postgresql.location", location.display(), e.getMessage()), e);
        }
        if (u.getHost() == null || u.getPath() == null || u.getPath().length() < 2) {
            throw new OrigoException(StoreMessages.get("postgresql.location", location.display(), "postgresql://user@host:port/database?schema=name"));
        }
        Properties p = new Properties();
        String user = u.getUserInfo();
        if (user != null) {
            int colon = user.indexOf(':');
            p.setProperty("user", decode(colon < 0 ? user : user.substring(0, colon)));
            if (colon >= 0) {
                p.setProperty("password", decode(user.substring(colon + 1)));
            }
        } else {
            p.setProperty("user", System.getProperty("user.name"));
        }
        if (!p.containsKey("password") && System.getenv("PGPASSWORD") != null) {
            p.setProperty("password", System.getenv("PGPASSWORD"));
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (u.getRawQuery() != null) {
            for (String kv : u.getRawQuery().split("&")) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    query.put(decode(kv.substring(0, eq)), decode(kv.substring(eq + 1)));
                }
            }
        }
        String schema = query.getOrDefault("schema", DEFAULT_SCHEMA);
        query.remove("schema");
        if (!NAME.matcher(schema).matches()) {
            throw new OrigoException(StoreMessages.get("postgresql.schema", location.display(), schema));
        }
        query.forEach(p::setProperty);
        p.setProperty("currentSchema", schema);
        p.setProperty("ApplicationName", "origo");
        String url = "jdbc:postgresql://" + u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "") + u.getRawPath();
        return new PgLocation(url, p, schema, location.display());
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
