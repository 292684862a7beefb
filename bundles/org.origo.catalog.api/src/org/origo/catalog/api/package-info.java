/**
 * The replacement catalog contract: vendors ship {@link org.origo.catalog.api.ReplacementCatalog}s,
 * a {@link org.origo.catalog.api.ReplacementMatcher} ranks candidates for assets to replace.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.origo.catalog.api;
