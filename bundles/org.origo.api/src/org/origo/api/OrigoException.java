package org.origo.api;

import java.util.Locale;

/**
 * A failure the user can act on: what is wrong, and where (file, line, field) when it concerns
 * an input. Its message is bilingual; {@link #describe(Locale)} gives the one line a user sees.
 */
public class OrigoException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Text text;
    private final String file;
    private final long line;
    private final String field;

    public OrigoException(Text text) {
        this(text, null, -1, null, null);
    }

    public OrigoException(Text text, Throwable cause) {
        this(text, null, -1, null, cause);
    }

    public OrigoException(Text text, String file, long line, String field, Throwable cause) {
        super(text.en(), cause);
        this.text = text;
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public Text text() {
        return text;
    }

    /** The input file concerned, or null. */
    public String file() {
        return file;
    }

    /** The 1-based line (or record) number in {@link #file()}, or -1 when unknown. */
    public long line() {
        return line;
    }

    /** The field or column concerned, or null. */
    public String field() {
        return field;
    }

    /** {@code file:line: [field] message}, in the language of the locale. */
    public String describe(Locale locale) {
        return Location.prefix(file, line, field, locale) + text.in(locale);
    }
}
