package org.origo.inventory.cyclonedx.internal.i18n;

import org.origo.api.Messages;
import org.origo.api.Text;

/** This importer's user-facing strings (messages.properties and messages_zh.properties beside this class). */
public final class CyclonedxMessages {

    private static final Messages MESSAGES = Messages.load(CyclonedxMessages.class, "messages");

    private CyclonedxMessages() {
    }

    public static Text get(String key, Object... args) {
        return MESSAGES.get(key, args);
    }

    public static Messages all() {
        return MESSAGES;
    }
}
