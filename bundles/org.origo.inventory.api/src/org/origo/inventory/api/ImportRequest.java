package org.origo.inventory.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to import: a forced format (or null to sniff), a mapping file, strictness, the keys that
 * identify an asset across snapshots, and importer options.
 */
public record ImportRequest(String format, Path mapping, boolean strict, List<String> mergeKeys, String label,
        Map<String, String> options) {

    /** The default merge keys, tried in order: asset number (tag), serial number, SMBIOS UUID, MAC address, host name. */
    public static final List<String> DEFAULT_MERGE_KEYS = List.of("assettag", "serial", "uuid", "mac", "hostname");

    public static ImportRequest defaults() {
        return new ImportRequest(null, null, false, DEFAULT_MERGE_KEYS, null, Map.of());
    }
}
