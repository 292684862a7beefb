package org.origo.report.html.internal;

import java.io.IOException;
import java.io.Writer;

/** HTML output with every value escaped: text and attribute values go through {@link #esc(String)}. */
final class Html {

    private final Writer w;

    Html(Writer w) {
        this.w = w;
    }

    /** Escapes text for element content and quoted attribute values; drops control characters HTML forbids. */
    static String esc(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f ? "" : null;
            };
            if (rep != null) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16);
                    sb.append(s, 0, i);
                }
                sb.append(rep);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Markup written as is (only literals of this renderer, never project values). */
    Html raw(String markup) throws IOException {
        w.write(markup);
        return this;
    }

    /** A value from the project or a message, escaped. */
    Html text(String value) throws IOException {
        w.write(esc(value));
        return this;
    }

    /** {@code <tag class="cls">escaped text</tag>}. */
    Html el(String tag, String cls, String value) throws IOException {
        w.write('<');
        w.write(tag);
        if (cls != null) {
            w.write(" class=\"");
            w.write(cls);
            w.write('"');
        }
        w.write('>');
        w.write(esc(value));
        w.write("</");
        w.write(tag);
        w.write('>');
        return this;
    }

    /** A table row of escaped cells; cells whose index is in {@code numeric} are right-aligned. */
    Html row(String[] cells, boolean[] numeric) throws IOException {
        w.write("<tr>");
        for (int i = 0; i < cells.length; i++) {
            w.write(numeric != null && i < numeric.length && numeric[i] ? "<td class=\"n\">" : "<td>");
            w.write(esc(cells[i]));
            w.write("</td>");
        }
        w.write("</tr>\n");
        return this;
    }

    /** A header row of escaped titles; titles of numeric columns are right-aligned like their cells. */
    Html head(boolean[] numeric, String... titles) throws IOException {
        w.write("<thead><tr>");
        for (int i = 0; i < titles.length; i++) {
            String t = titles[i];
            w.write(numeric != null && i < numeric.length && numeric[i] ? "<th class=\"n\">" : "<th>");
            w.write(esc(t));
            w.write("</th>");
        }
        w.write("</tr></thead>\n");
        return this;
    }
}
