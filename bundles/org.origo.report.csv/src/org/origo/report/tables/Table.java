package org.origo.report.tables;

import java.util.List;
import java.util.Locale;

/** A report table: its id (as named in ReportRequest.tables), its CSV file name and its columns. */
public record Table(String id, String fileName, List<Column> columns) {

    /** The table's title for people, in the language of the locale. */
    public String title(Locale locale) {
        return Labels.table(id, locale);
    }

    /** The machine-readable header (the column ids). */
    public String[] header() {
        String[] h = new String[columns.size()];
        for (int i = 0; i < h.length; i++) {
            h[i] = columns.get(i).id();
        }
        return h;
    }
}
