package org.origo.report.pdf.internal.i18n;

import java.util.Locale;

import org.origo.api.Messages;
import org.origo.api.Text;

/** Strings of the HTML report (messages.properties and messages_zh.properties beside this class). */
public final class PdfMessages {

    private static final Messages MESSAGES = Messages.load(PdfMessages.class, "messages");

    private PdfMessages() {
    }

    public static Text get(String key, Object... args) {
        return MESSAGES.get(key, args);
    }

    public static String get(Locale locale, String key, Object... args) {
        return MESSAGES.get(locale, key, args);
    }

    public static Messages all() {
        return MESSAGES;
    }
}
