package org.origo.inventory.internal.i18n;

import org.origo.api.Messages;
import org.origo.api.Text;

/** The import engine's user-facing strings (messages.properties and messages_zh.properties beside this class). */
public final class EngineMessages {

    private static final Messages MESSAGES = Messages.load(EngineMessages.class, "messages");

    private EngineMessages() {
    }

    public static Text get(String key, Object... args) {
        return MESSAGES.get(key, args);
    }

    public static Messages all() {
        return MESSAGES;
    }
}
