package org.origo.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

import org.origo.api.OrigoException;
import org.origo.store.api.StoreLocation;

/**
 * What differs between the database engines behind the one schema: how to connect, the column
 * types the schema's placeholders stand for, how writers are serialized and who the database says
 * the user is.
 */
public interface Dialect {

    /** Engine name for messages ({@code SQLite}, {@code PostgreSQL}). */
    String name();

    StoreLocation location();

    /** A new connection; {@code forWrites} when it will run write transactions. */
    Connection connect(boolean forWrites) throws SQLException;

    /** The column type a schema placeholder ({@code ID}, {@code LONG}, {@code REAL}) stands for. */
    String type(String placeholder);

    /** The lock that serializes writers of this project across processes. */
    WriterLock writerLock() throws OrigoException;

    /** The database role of the connection, or null where the engine has none. */
    String role(Connection c) throws SQLException;
}
