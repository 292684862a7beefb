package org.origo.store.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a project is stored: a SQLite file ({@code sqlite:/path/project.sqlite}, or a plain path)
 * or a PostgreSQL database ({@code postgresql://user@host:port/database?schema=name}; one schema
 * holds one project).
 */
public final class StoreLocation {

    public static final String SQLITE = "sqlite";
    public static final String POSTGRESQL = "postgresql";

    private final String scheme;
    private final String spec;

    private StoreLocation(String scheme, String spec) {
        this.scheme = scheme;
        this.spec = spec;
    }

    /** A SQLite file. */
    public static StoreLocation sqlite(Path file) {
        return new StoreLocation(SQLITE, file.toAbsolutePath().normalize().toString());
    }

    /**
     * Parses a location as given on the command line or in a project setting: {@code postgresql://…},
     * {@code sqlite:…} or a file path (SQLite).
     */
    public static StoreLocation parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.trim();
        if (t.startsWith(POSTGRESQL + "://") || t.startsWith("postgres://")) {
            return new StoreLocation(POSTGRESQL, t.startsWith("postgres://") ? POSTGRESQL + t.substring("postgres".length()) : t);
        }
        if (t.startsWith(SQLITE + ":")) {
            return sqlite(Path.of(t.substring(SQLITE.length() + 1)));
        }
        return sqlite(Path.of(t));
    }

    /** {@link #SQLITE} or {@link #POSTGRESQL}. */
    public String scheme() {
        return scheme;
    }

    /** The SQLite file, for a SQLite location. */
    public Path file() {
        if (!SQLITE.equals(scheme)) {
            throw new IllegalStateException("not a file location: " + this);
        }
        return Path.of(spec);
    }

    /** The location as a URI, for a server location. */
    public URI uri() throws URISyntaxException {
        return new URI(spec);
    }

    /** The location as written: a path or a URI. */
    public String spec() {
        return spec;
    }

    /** The location for messages: a server location without its password. */
    public String display() {
        if (SQLITE.equals(scheme)) {
            return spec;
        }
        return spec.replaceAll("(//[^:/@]+):[^@/]*@", "$1@");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoreLocation l && l.scheme.equals(scheme) && l.spec.equals(spec);
    }

    @Override
    public int hashCode() {
        return scheme.hashCode() * 31 + spec.hashCode();
    }

    @Override
    public String toString() {
        return display();
    }
}
