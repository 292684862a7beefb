package org.origo.fuzz;

import org.origo.inventory.api.InventoryImporter;

/**
 * Fuzzes one importer: {@code -Dorigo.fuzz.importer=<id>} (csv, glpi, ocs, dmidecode, xlsx, lshw,
 * winreg, packages, cyclonedx, ...) and optionally {@code -Dorigo.fuzz.name=<file name>} for the
 * name the input is given (some importers take the extension as a hint).
 */
public final class ImporterTarget {

    private static InventoryImporter importer;
    private static String name;

    private ImporterTarget() {
    }

    public static void fuzzerInitialize() {
        String id = System.getProperty("origo.fuzz.importer");
        if (id == null) {
            throw new IllegalStateException("set -Dorigo.fuzz.importer=<importer id>");
        }
        importer = Harness.importer(id);
        name = System.getProperty("origo.fuzz.name", "fuzz-input." + id);
    }

    public static void fuzzerTestOneInput(byte[] data) {
        Harness.feed(importer, name, data);
    }
}
