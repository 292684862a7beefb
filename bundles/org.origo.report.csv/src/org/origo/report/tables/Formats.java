package org.origo.report.tables;

import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.Locale;

/** Numbers, money, shares and dates as people of a locale read them. Not thread-safe. */
public final class Formats {

    private final Locale locale;
    private final NumberFormat integer;
    private final NumberFormat money;
    private final NumberFormat percent;
    private final NumberFormat decimal;
    private final DateTimeFormatter date;

    public Formats(Locale locale) {
        this.locale = locale;
        integer = NumberFormat.getIntegerInstance(locale);
        money = NumberFormat.getNumberInstance(locale);
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
        percent = NumberFormat.getPercentInstance(locale);
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
        decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMaximumFractionDigits(3);
        date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    public Locale locale() {
        return locale;
    }

    public String integer(long v) {
        return integer.format(v);
    }

    public String money(double v) {
        return money.format(v);
    }

    /** An amount in yuan, whole yuan: "CNY 1,234,567" in English, "1,234,567 元" in Chinese. */
    public String yuan(double v) {
        String n = integer.format(Math.round(v));
        return org.origo.api.Text.isChinese(locale) ? n + " 元" : "CNY " + n;
    }

    /** An amount in whole yuan without the currency, for table cells whose header names it. */
    public String amount(double v) {
        return integer.format(Math.round(v));
    }

    /**
     * An amount in yuan as a headline reads it: "CNY 12.35 million" in English, "1,234.6 万元" in
     * Chinese (amounts below 100,000 yuan in full).
     */
    public String yuanCompact(double v) {
        if (Math.abs(v) < 100_000) {
            return yuan(v);
        }
        if (org.origo.api.Text.isChinese(locale)) {
            if (Math.abs(v) >= 100_000_000) {
                return decimal2(v / 100_000_000) + " 亿元";
            }
            return decimal2(v / 10_000) + " 万元";
        }
        return Math.abs(v) >= 1_000_000 ? "CNY " + decimal2(v / 1_000_000) + " million" : "CNY " + decimal2(v / 1_000) + " thousand";
    }

    private String decimal2(double v) {
        NumberFormat n = NumberFormat.getNumberInstance(locale);
        n.setMaximumFractionDigits(2);
        n.setMinimumFractionDigits(0);
        return n.format(v);
    }

    /** A fraction 0..1 as a percentage with one decimal. */
    public String percent(double fraction) {
        return percent.format(fraction);
    }

    public String decimal(double v) {
        return decimal.format(v);
    }

    public String date(Date d) {
        return d == null ? "" : date.format(d.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
    }

    /** A share of a whole as a percentage (0 when the whole is 0). */
    public String share(long part, long whole) {
        return percent(whole == 0 ? 0 : part / (double) whole);
    }

    /** Any typed cell value for display. */
    public String cell(Object v, CellType type) {
        if (v == null) {
            return "";
        }
        return switch (type) {
        case INTEGER -> integer(((Number) v).longValue());
        case CODE -> String.valueOf(((Number) v).longValue());
        case DECIMAL -> money(((Number) v).doubleValue());
        case PERCENT -> percent(((Number) v).doubleValue());
        case DATE -> date((Date) v);
        case BOOLEAN -> Labels.text(locale, (Boolean) v ? "value.yes" : "value.no");
        case TEXT -> v.toString();
        };
    }
}
