package org.origo.catalog.sdk;

import java.util.Locale;

import org.origo.api.Text;

/**
 * Reasons and findings of a {@code Match} are stored bilingually in one string,
 * {@code English ‖ 中文}; {@link #in(String, Locale)} gives the part for a language.
 */
public final class MatchText {

    /** The separator between the English and the Chinese part. */
    public static final String SEPARATOR = " \u2016 ";

    private MatchText() {
    }

    public static String encode(Text text) {
        return text.en() + SEPARATOR + text.zh();
    }

    public static Text decode(String stored) {
        int i = stored == null ? -1 : stored.indexOf(SEPARATOR);
        if (i < 0) {
            return new Text(String.valueOf(stored), String.valueOf(stored));
        }
        return new Text(stored.substring(0, i), stored.substring(i + SEPARATOR.length()));
    }

    /** The part of a stored reason for the language of the locale. */
    public static String in(String stored, Locale locale) {
        return decode(stored).in(locale);
    }
}
