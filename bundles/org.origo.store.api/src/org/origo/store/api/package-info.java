/**
 * The project store contract: a {@link org.origo.store.api.StoreProvider} opens a
 * {@link org.origo.store.api.ProjectStore} (one project in a transactional database); reads map rows
 * to model objects for the assets in hand, writes run in one {@link org.origo.store.api.StoreTransaction}
 * that also appends to the store's hash-chained audit.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.origo.store.api;
