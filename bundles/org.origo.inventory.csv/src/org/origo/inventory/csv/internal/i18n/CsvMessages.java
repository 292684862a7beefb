package org.origo.inventory.csv.internal.i18n;

import org.origo.api.Messages;
import org.origo.api.Text;

/** The ledger importers' user-facing strings (messages.properties and messages_zh.properties beside this class). */
public final class CsvMessages {

    private static final Messages MESSAGES = Messages.load(CsvMessages.class, "messages");

    private CsvMessages() {
    }

    public static Text get(String key, Object... args) {
        return MESSAGES.get(key, args);
    }

    public static Messages all() {
        return MESSAGES;
    }
}
