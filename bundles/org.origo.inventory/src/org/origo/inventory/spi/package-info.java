/**
 * Helpers shared by the importer bundles: encoding detection, line reading, a small document tree
 * read securely from JSON or XML, the GLPI/OCS agent vocabulary, asset kinds and component building.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.origo.inventory.spi;
