/** The SQLite project store as a library: {@link org.origo.store.sqlite.SqliteStores#provider()}. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.origo.store.sqlite;
