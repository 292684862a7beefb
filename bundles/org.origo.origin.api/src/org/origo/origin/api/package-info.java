/**
 * The origin contract: {@link org.origo.origin.api.OriginProfile}s that turn an asset into a
 * verdict with reasons, and the {@link org.origo.origin.api.VendorDirectory} of known companies.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.origo.origin.api;
