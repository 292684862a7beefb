/**
 * The inventory import contract: one {@link org.origo.inventory.api.InventoryImporter} per input
 * format, and the {@link org.origo.inventory.api.InventoryService} that runs them into a project.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.origo.inventory.api;
