package org.origo.report.xlsx.internal.i18n;

import java.util.Locale;

import org.origo.api.Messages;
import org.origo.api.Text;

/** Strings of the XLSX renderer (messages.properties and messages_zh.properties beside this class). */
public final class XlsxMessages {

    private static final Messages MESSAGES = Messages.load(XlsxMessages.class, "messages");

    private XlsxMessages() {
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
