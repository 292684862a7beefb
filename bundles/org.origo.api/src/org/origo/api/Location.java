package org.origo.api;

import java.util.Locale;

/** Formats where in an input something was found, the same way everywhere. */
public final class Location {

    private Location() {
    }

    /**
     * {@code "file:line: field "} with the parts that are known, followed by a space when not empty.
     */
    public static String prefix(String file, long line, String field, Locale locale) {
        StringBuilder sb = new StringBuilder();
        if (file != null && !file.isEmpty()) {
            sb.append(file);
            if (line > 0) {
                sb.append(':').append(line);
            }
            sb.append(": ");
        } else if (line > 0) {
            sb.append(Text.isChinese(locale) ? "第 " + line + " 行: " : "line " + line + ": ");
        }
        if (field != null && !field.isEmpty()) {
            sb.append(Text.isChinese(locale) ? "字段 " : "field ").append('\'').append(field).append("' ");
        }
        return sb.toString();
    }
}
