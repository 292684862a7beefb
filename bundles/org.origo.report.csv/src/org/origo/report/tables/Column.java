package org.origo.report.tables;

import java.util.Locale;

/** A column: its machine-readable id (the CSV header), its cell type and a display width in characters. */
public record Column(String id, CellType type, int width) {

    /** The column title for people (XLSX and HTML), in the language of the locale. */
    public String label(Locale locale) {
        return Labels.column(id, locale);
    }
}
