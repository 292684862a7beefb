package org.origo.plan.internal.i18n;

import java.util.Locale;

import org.origo.api.Messages;
import org.origo.api.Text;

/** The planner's user-facing strings (messages.properties and messages_zh.properties beside this class). */
public final class PlanMessages {

    private static final Messages MESSAGES = Messages.load(PlanMessages.class, "messages");

    private PlanMessages() {
    }

    public static Text get(String key, Object... args) {
        return MESSAGES.get(key, args);
    }

    public static String get(Locale locale, String key, Object... args) {
        return MESSAGES.get(locale, key, args);
    }

    public static Messages all() {
        return MESSAGES;
    }
}
