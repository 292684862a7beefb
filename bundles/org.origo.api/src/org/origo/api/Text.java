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

    /** Separator of the two languages when a text is stored in one string of the model ({@link #encode()}). */
    public static final String SEPARATOR = " \u2016 ";

    /** Both languages in one string, for model attributes that hold a single string: {@code English ‖ 中文}. */
    public String encode() {
        return en + SEPARATOR + zh;
    }

    /**
     * The text a model string holds: {@code English ‖ 中文} ({@link #encode()}), or an English line
     * and a Chinese line, or one text for both languages.
     */
    public static Text decode(String stored) {
        if (stored == null) {
            return new Text("", "");
        }
        int i = stored.indexOf(SEPARATOR);
        if (i >= 0) {
            return new Text(stored.substring(0, i), stored.substring(i + SEPARATOR.length()));
        }
        int nl = stored.indexOf('\n');
        if (nl >= 0) {
            return new Text(stored.substring(0, nl), stored.substring(nl + 1));
        }
        return new Text(stored, stored);
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
