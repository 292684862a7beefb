package org.origo.generator.internal.i18n;

import org.origo.api.Messages;
import org.origo.api.Text;

/** The generator's user-facing strings (messages.properties and messages_zh.properties beside this class). */
public final class GeneratorMessages {

    private static final Messages MESSAGES = Messages.load(GeneratorMessages.class, "messages");

    private GeneratorMessages() {
    }

    public static Text get(String key, Object... args) {
        return MESSAGES.get(key, args);
    }

    public static Messages all() {
        return MESSAGES;
    }
}
