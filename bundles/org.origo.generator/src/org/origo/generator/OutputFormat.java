package org.origo.generator;

import java.util.Locale;

/** The form of the ledger the generator writes. */
public enum OutputFormat {
    /** UTF-8 CSV with byte order mark and CRLF line ends, as a spreadsheet exports it. */
    CSV("csv"),
    /** Office Open XML workbook, one sheet per 1 048 575 rows. */
    XLSX("xlsx");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format for a name such as {@code csv} or {@code XLSX}, or null when unknown. */
    public static OutputFormat of(String name) {
        if (name == null) {
            return null;
        }
        for (OutputFormat f : values()) {
            if (f.extension.equals(name.trim().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }
}
