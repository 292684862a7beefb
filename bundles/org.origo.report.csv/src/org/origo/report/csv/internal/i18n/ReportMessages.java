package org.origo.report.csv.internal.i18n;

import java.util.Locale;

import org.origo.api.Messages;
import org.origo.api.Text;

/** Strings of the report tables and the CSV renderer (messages.properties and messages_zh.properties beside this class). */
public final class ReportMessages {

    private static final Messages MESSAGES = Messages.load(ReportMessages.class, "messages");

    private ReportMessages() {
    }

    public static Text get(String key, Object... args) {
        return MESSAGES.get(key, args);
    }

    public static String get(Locale locale, String key, Object... args) {
        return MESSAGES.get(locale, key, args);
    }

    /** Whether a key has a text (an unknown key shows as itself). */
    public static boolean has(String key) {
        return !MESSAGES.get(key).en().equals(key);
    }

    public static Messages all() {
        return MESSAGES;
    }
}
