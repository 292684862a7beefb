package org.origo.origin.knowledge.internal.i18n;

import org.origo.api.Messages;
import org.origo.api.Text;

/** The user-facing texts of the knowledge bundle. */
public final class KnowledgeMessages {

    private static final Messages MESSAGES = Messages.load(KnowledgeMessages.class, "messages");

    private KnowledgeMessages() {
    }

    public static Text get(String key, Object... args) {
        return MESSAGES.get(key, args);
    }

    public static Messages messages() {
        return MESSAGES;
    }
}
