package org.origo.store.sqlite.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.origo.api.OrigoException;
import org.origo.store.api.ProjectStore;
import org.origo.store.api.StoreLocation;
import org.origo.store.api.StoreOptions;
import org.origo.store.api.StoreProvider;
import org.origo.store.jdbc.JdbcProjectStore;
import org.origo.store.jdbc.StoreMessages;
import org.osgi.service.component.annotations.Component;

/** Projects in one SQLite file (the embedded default). */
@Component(service = StoreProvider.class, property = StoreProvider.PROP_SCHEME + "=" + StoreLocation.SQLITE)
public final class SqliteStoreProvider implements StoreProvider {

    @Override
    public String scheme() {
        return StoreLocation.SQLITE;
    }

    @Override
    public boolean exists(StoreLocation location) {
        Path f = location.file();
        try {
            return Files.isRegularFile(f) && Files.size(f) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public ProjectStore open(StoreLocation location, StoreOptions options, boolean create) throws OrigoException {
        Path f = location.file();
        if (!create && !exists(location)) {
            throw new OrigoException(StoreMessages.get("sqlite.missing", f));
        }
        try {
            if (f.getParent() != null) {
                Files.createDirectories(f.getParent());
            }
        } catch (IOException e) {
            throw new OrigoException(StoreMessages.get("store.connect", "SQLite", f, e.getMessage()), e);
        }
        return JdbcProjectStore.open(new SqliteDialect(f), options);
    }
}
