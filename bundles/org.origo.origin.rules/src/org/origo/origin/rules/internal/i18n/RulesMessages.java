package org.origo.origin.rules.internal.i18n;

import org.origo.api.Messages;
import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.origin.knowledge.JsonDoc.Node;

/** The user-facing texts of the rules bundle (engine, loader, commands). */
public final class RulesMessages {

    private static final Messages MESSAGES = Messages.load(RulesMessages.class, "messages");

    private RulesMessages() {
    }

    public static Text get(String key, Object... args) {
        return MESSAGES.get(key, args);
    }

    /** An error located at a value of a rules or rule-test file. */
    public static OrigoException at(Node node, String key, Object... args) {
        return new OrigoException(get(key, args), node.file(), node.line(), node.path(), null);
    }

    public static Messages messages() {
        return MESSAGES;
    }
}
