package org.origo.install.internal.i18n;

import org.origo.api.Messages;
import org.origo.api.Text;

/** The installer's user-facing strings (messages.properties and messages_zh.properties beside this class). */
public final class InstallMessages {

    private static final Messages MESSAGES = Messages.load(InstallMessages.class, "messages");

    private InstallMessages() {
    }

    /** The message in both languages; arguments that are {@link Text} are given in the message's language. */
    public static Text get(String key, Object... args) {
        Object[] en = args.clone();
        Object[] zh = args.clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Text t) {
                en[i] = t.en();
                zh[i] = t.zh();
            }
        }
        return new Text(MESSAGES.get(key, en).en(), MESSAGES.get(key, zh).zh());
    }

    public static Messages all() {
        return MESSAGES;
    }
}
