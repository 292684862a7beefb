package org.origo.store.sqlite;

import org.origo.store.api.StoreProvider;
import org.origo.store.sqlite.internal.SqliteStoreProvider;

/**
 * The embedded default store, for the host that opens project folders without waiting for
 * Declarative Services (the same provider is also registered as a service).
 */
public final class SqliteStores {

    private static final StoreProvider PROVIDER = new SqliteStoreProvider();

    private SqliteStores() {
    }

    public static StoreProvider provider() {
        return PROVIDER;
    }
}
