package org.origo.report.tables;

import java.util.Locale;

import org.origo.model.AssetKind;
import org.origo.model.VerdictOutcome;
import org.origo.report.csv.internal.i18n.ReportMessages;

/** Localized names of columns, tables, verdicts, asset kinds and summary sections. */
public final class Labels {

    private Labels() {
    }

    public static String column(String id, Locale locale) {
        return ReportMessages.get(locale, "col." + id);
    }

    public static String table(String id, Locale locale) {
        return ReportMessages.get(locale, "table." + id);
    }

    /** A verdict name; null stands for "not classified". */
    public static String verdict(VerdictOutcome outcome, Locale locale) {
        return ReportMessages.get(locale, "verdict." + (outcome == null ? "NONE" : outcome.getLiteral()));
    }

    public static String kind(AssetKind kind, Locale locale) {
        return ReportMessages.get(locale, "kind." + (kind == null ? AssetKind.UNKNOWN : kind).getLiteral());
    }

    public static String section(String id, Locale locale) {
        return ReportMessages.get(locale, "section." + id);
    }

    /** Any other shared label by key (see messages.properties of the CSV renderer). */
    public static String text(Locale locale, String key, Object... args) {
        return ReportMessages.get(locale, key, args);
    }
}
