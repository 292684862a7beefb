package org.origo.core.internal;

import org.origo.api.Messages;
import org.origo.api.Text;

/** The core's user-facing strings (messages.properties and messages_zh.properties beside this class). */
public final class CoreMessages {

    private static final Messages MESSAGES = Messages.load(CoreMessages.class, "messages");

    private CoreMessages() {
    }

    public static Text get(String key, Object... args) {
        return MESSAGES.get(key, args);
    }

    public static Messages all() {
        return MESSAGES;
    }
}
