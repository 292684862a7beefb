/**
 * The import engine: collects files, folders and zip archives, runs the importers, groups per-host
 * files, normalizes vendors and placeholders, merges identities with the previous snapshot, and
 * attaches the new snapshot to the project only when everything succeeded.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.origo.inventory.engine;
