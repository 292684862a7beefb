package org.origo.core;

/**
 * Escaping of one field of a tab-separated line in the core's own files (the audit log, the
 * contribution health record): backslash, tab and line breaks are written as {@code \\ \t \n \r}.
 */
final class TabFields {

    private TabFields() {
    }

    /** The field as it is written; null is written as the empty field. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** The field as it was before {@link #escape}. */
    static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
