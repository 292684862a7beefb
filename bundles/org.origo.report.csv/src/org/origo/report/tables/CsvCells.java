package org.origo.report.tables;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

/**
 * CSV output (RFC 4180: comma, double quotes, CRLF). Text cells that a spreadsheet would run as a
 * formula — those beginning with {@code = + - @}, a tab or a carriage return — get a leading
 * apostrophe, so {@code =cmd|' /C calc'!A0} arrives as text. Typed cells stay machine-readable:
 * plain decimals with a dot, ISO dates, {@code true}/{@code false}.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** A text value neutralized against formula injection (not yet quoted). */
    public static String neutralize(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char c = s.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            return "'" + s;
        }
        return s;
    }

    /** One cell as it appears in the file. */
    public static String format(Object v, CellType type) {
        if (v == null) {
            return "";
        }
        String s = switch (type) {
        case INTEGER, CODE -> String.valueOf(((Number) v).longValue());
        case DECIMAL, PERCENT -> plain(((Number) v).doubleValue());
        case DATE -> ((Date) v).toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
        case BOOLEAN -> String.valueOf(v);
        case TEXT -> neutralize(v.toString());
        };
        return quote(s);
    }

    static String plain(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "";
        }
        BigDecimal b = BigDecimal.valueOf(d).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }

    static String quote(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return '"' + s.replace("\"", "\"\"") + '"';
            }
        }
        return s;
    }

    /** Writes a header of column ids. */
    public static void header(Writer w, List<Column> columns) throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(columns.get(i).id());
        }
        w.write("\r\n");
    }

    /** Writes one row of typed values. */
    public static void row(Writer w, List<Column> columns, Object[] cells) throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(format(cells[i], columns.get(i).type()));
        }
        w.write("\r\n");
    }
}
