package org.origo.cli.internal.i18n;

import org.origo.api.Messages;
import org.origo.api.Text;

/** The command line's user-facing strings (messages.properties and messages_zh.properties beside this class). */
public final class CliMessages {

    private static final Messages MESSAGES = Messages.load(CliMessages.class, "messages");

    private CliMessages() {
    }

    public static Text get(String key, Object... args) {
        return MESSAGES.get(key, args);
    }

    /** Whether a key has a text (an unknown key shows as itself). */
    public static boolean has(String key) {
        return !MESSAGES.get(key).en().equals(key);
    }

    public static Messages all() {
        return MESSAGES;
    }
}
