package org.origo.store.jdbc;

import org.origo.api.Messages;
import org.origo.api.Text;

/** The store's user-facing strings (messages.properties and messages_zh.properties beside this class). */
public final class StoreMessages {

    private static final Messages MESSAGES = Messages.load(StoreMessages.class, "messages");

    private StoreMessages() {
    }

    public static Text get(String key, Object... args) {
        return MESSAGES.get(key, args);
    }

    public static Messages all() {
        return MESSAGES;
    }
}
