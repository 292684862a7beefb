package org.origo.store.api;

import org.origo.api.OrigoException;

/**
 * A database engine that holds projects (Declarative Services component, service property
 * {@link #PROP_SCHEME}). Chosen by the scheme of a {@link StoreLocation}.
 */
@org.osgi.annotation.versioning.ProviderType
public interface StoreProvider {

    /** Service property: the location scheme the provider serves ({@code sqlite}, {@code postgresql}). */
    String PROP_SCHEME = "scheme";

    /** The scheme served, equal to the service property. */
    String scheme();

    /** Whether a project is stored at the location. Never creates anything. */
    boolean exists(StoreLocation location) throws OrigoException;

    /**
     * Opens the project at the location; with {@code create} an empty store (schema only, no
     * project row) is made when there is none. The schema is migrated to the current version on
     * open, inside one transaction.
     */
    ProjectStore open(StoreLocation location, StoreOptions options, boolean create) throws OrigoException;
}
