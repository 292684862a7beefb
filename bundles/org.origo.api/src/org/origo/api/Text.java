package org.origo.api;

import java.util.Locale;
import java.util.Objects;

/**
 * A user-facing text in English and Simplified Chinese. Every message Origo shows a user
 * (CLI, workbench, reports, import problems) is carried as a {@code Text} so that the
 * consumer can pick the language at display time.
 */
public record Text(String en, String zh) {

    public Text {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
    }

    /** Both languages from the same format patterns, formatted with the same arguments. */
    public static Text format(String enPattern, String zhPattern, Object... args) {
        return new Text(String.format(Locale.ROOT, enPattern, args), String.format(Locale.ROOT, zhPattern, args));
    }

    /** The text in the language of the given locale: Chinese for any {@code zh} locale, else English. */
    public String in(Locale locale) {
        return isChinese(locale) ? zh : en;
    }

    /** True for every locale whose language is Chinese. */
    public static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    @Override
    public String toString() {
        return en;
    }
}
