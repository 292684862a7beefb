package org.origo.inventory.csv.ledger;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.inventory.csv.internal.i18n.CsvMessages;

/**
 * Reads the dates of one ledger column. Year-first dates ({@code 2019-03-05}, {@code 2019/3/5},
 * {@code 2019年3月5日}, {@code 20190305}) and Excel serial numbers are read directly. For
 * day-month-year forms the column's order is decided from the values themselves: a first part
 * above 12 means day/month, a second part above 12 month/day. A value that fits both orders is read
 * only when the column (or the user's {@code date-format}) has decided; otherwise it is left empty
 * and reported — never guessed.
 */
public final class DateColumn {

    /** The orders a date can be written in. */
    public enum Order {
        YMD("yyyy-MM-dd"), DMY("dd/MM/yyyy"), MDY("MM/dd/yyyy");

        private final String pattern;

        Order(String pattern) {
            this.pattern = pattern;
        }

        public String pattern() {
            return pattern;
        }
    }

    private final Order forced;
    private boolean dmy;
    private boolean mdy;
    private String dmyExample;
    private String mdyExample;
    private long ambiguous;
    private String ambiguousExample;
    private boolean mixedReported;
    private final int[] p = new int[7];

    /** @param format a user's date format ({@code dd/MM/yyyy}, {@code MM/dd/yyyy}, {@code yyyy-MM-dd}) or null */
    public DateColumn(String format) throws OrigoException {
        this.forced = format == null ? null : order(format);
    }

    private static Order order(String format) throws OrigoException {
        String f = format.trim().toLowerCase(java.util.Locale.ROOT);
        if (f.startsWith("y")) {
            return Order.YMD;
        }
        if (f.startsWith("d")) {
            return Order.DMY;
        }
        if (f.startsWith("m")) {
            return Order.MDY;
        }
        throw new OrigoException(CsvMessages.get("csv.date.format.invalid", format));
    }

    /** Learns from a value read before the column's rows are imported. */
    public void sample(String v) {
        if (v == null || parts(v) != 3 || p[4] == 4) {
            return;
        }
        if (p[1] > 12 && p[2] <= 12) {
            dmy = true;
            if (dmyExample == null) {
                dmyExample = v.trim();
            }
        } else if (p[2] > 12 && p[1] <= 12) {
            mdy = true;
            if (mdyExample == null) {
                mdyExample = v.trim();
            }
        }
    }

    /** The order decided so far: the user's, else the evidence's when it points one way, else null. */
    public Order decided() {
        if (forced != null) {
            return forced;
        }
        if (dmy && !mdy) {
            return Order.DMY;
        }
        if (mdy && !dmy) {
            return Order.MDY;
        }
        return null;
    }

    /** Whether the samples pointed both ways. */
    public boolean mixed() {
        return forced == null && dmy && mdy;
    }

    /** A text for the preview: the decided format, or null when undecided. */
    public String describe() {
        Order o = decided();
        return o == null ? null : o.pattern();
    }

    /** Problems reported while reading: severity is always a warning. */
    public interface Problems {
        void report(Text text);
    }

    /** Reads one value; returns null (and reports why) when it is not a date or is ambiguous. */
    public Date parse(String raw, Problems problems) {
        if (raw == null) {
            return null;
        }
        String v = raw.trim();
        if (v.isEmpty()) {
            return null;
        }
        int n = parts(v);
        try {
            if (n == 1 && p[4] == 8) {
                return date(p[1] / 10000, p[1] / 100 % 100, p[1] % 100);
            }
            if (n == 1 && p[4] == 5 && p[1] >= 10000 && p[1] <= 80000) {
                LocalDate d = LocalDate.of(1899, 12, 30).plusDays(p[1]);
                problems.report(CsvMessages.get("csv.excel.serialdate", v, d.toString()));
                return Date.from(d.atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            if (n != 3) {
                problems.report(CsvMessages.get("csv.date.invalid", v));
                return null;
            }
            if (p[4] == 4) {
                return date(p[1], p[2], p[3]);
            }
            int year = p[6] == 2 ? (p[3] < 50 ? 2000 + p[3] : 1900 + p[3]) : p[3];
            if (p[6] != 4 && p[6] != 2) {
                problems.report(CsvMessages.get("csv.date.invalid", v));
                return null;
            }
            Order o = decided();
            if (mixed() && !mixedReported) {
                mixedReported = true;
                problems.report(CsvMessages.get("csv.date.mixed", dmyExample, mdyExample));
            }
            if (p[1] > 12 && p[2] <= 12) {
                if (o == Order.MDY && forced != null) {
                    problems.report(CsvMessages.get("csv.date.contradicts", v, o.pattern()));
                    return null;
                }
                return date(year, p[2], p[1]);
            }
            if (p[2] > 12 && p[1] <= 12) {
                if (o == Order.DMY && forced != null) {
                    problems.report(CsvMessages.get("csv.date.contradicts", v, o.pattern()));
                    return null;
                }
                return date(year, p[1], p[2]);
            }
            if (p[1] == p[2]) {
                return date(year, p[1], p[2]);
            }
            if (o == Order.DMY) {
                return date(year, p[2], p[1]);
            }
            if (o == Order.MDY) {
                return date(year, p[1], p[2]);
            }
            ambiguous++;
            if (ambiguousExample == null) {
                ambiguousExample = v;
            }
            problems.report(CsvMessages.get("csv.date.ambiguous.value", v));
            return null;
        } catch (DateTimeException e) {
            problems.report(CsvMessages.get("csv.date.invalid", v));
            return null;
        }
    }

    /** How many values were left empty because they were ambiguous, and one example. */
    public long ambiguous() {
        return ambiguous;
    }

    public String ambiguousExample() {
        return ambiguousExample;
    }

    private static Date date(int y, int m, int d) {
        return Date.from(LocalDate.of(y, m, d).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /**
     * Splits into up to three digit groups before any time part; p[0] = count, p[1..3] values,
     * p[4..6] digit counts. Returns the count, or -1 when letters or more groups are present.
     */
    private int parts(String v) {
        int count = 0;
        int i = 0;
        int len = v.length();
        while (i < len && count < 3) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                int val = 0;
                int digits = 0;
                while (i < len && v.charAt(i) >= '0' && v.charAt(i) <= '9' && digits < 9) {
                    val = val * 10 + (v.charAt(i) - '0');
                    digits++;
                    i++;
                }
                count++;
                p[count] = val;
                p[count + 3] = digits;
                continue;
            }
            if (c == '-' || c == '/' || c == '.' || c == '年' || c == '月' || c == '日' || c == ' ') {
                i++;
                continue;
            }
            return -1;
        }
        // what follows three groups must be a time or 日
        while (i < len) {
            char c = v.charAt(i);
            if (c == ' ' || c == 'T' || c == '日') {
                break;
            }
            if (count < 3 || !(c >= '0' && c <= '9')) {
                return -1;
            }
            i++;
        }
        p[0] = count;
        return count;
    }
}
