package org.origo.inventory.api;

import java.util.List;
import java.util.Map;

/**
 * What an importer detected in a source and how its first records will be read.
 *
 * @param source   the source's display name
 * @param importer the importer id
 * @param detected detected settings by name, e.g. {@code encoding → GB18030}, {@code delimiter → ;}
 * @param columns  the source's column headers (empty for non-tabular formats)
 * @param mapping  for each column, the asset field it maps to, or null when ignored
 * @param rows     the first records as they will be read (field name → value)
 * @param notes    warnings about the detection (ambiguous dates, Excel-damaged serials...)
 */
public record ImportPreview(String source, String importer, Map<String, String> detected, List<String> columns,
        List<String> mapping, List<Map<String, String>> rows, List<org.origo.api.Text> notes) {
}
