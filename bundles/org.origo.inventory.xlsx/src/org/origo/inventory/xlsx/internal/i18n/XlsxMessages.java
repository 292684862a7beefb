package org.origo.inventory.xlsx.internal.i18n;

import org.origo.api.Messages;
import org.origo.api.Text;

/** This importer's user-facing strings (messages.properties and messages_zh.properties beside this class). */
public final class XlsxMessages {

    private static final Messages MESSAGES = Messages.load(XlsxMessages.class, "messages");

    private XlsxMessages() {
    }

    public static Text get(String key, Object... args) {
        return MESSAGES.get(key, args);
    }

    public static Messages all() {
        return MESSAGES;
    }
}
