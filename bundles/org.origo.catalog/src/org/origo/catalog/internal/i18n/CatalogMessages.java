package org.origo.catalog.internal.i18n;

import org.origo.api.Messages;
import org.origo.api.Text;

/** The user-facing strings of the catalog bundle (messages.properties and messages_zh.properties beside this class). */
public final class CatalogMessages {

    private static final Messages MESSAGES = Messages.load(CatalogMessages.class, "messages");

    private CatalogMessages() {
    }

    public static Text get(String key, Object... args) {
        return MESSAGES.get(key, args);
    }

    public static Messages all() {
        return MESSAGES;
    }
}
