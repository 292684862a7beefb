package org.origo.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The user-facing strings of one bundle, in English and Simplified Chinese, read from two UTF-8
 * properties files beside a class: {@code <base>.properties} and {@code <base>_zh.properties}.
 * Keys are meaningful names ({@code import.failed.encoding}), values {@link MessageFormat} patterns.
 * A key missing from the Chinese file is a build error caught by the bundle's tests
 * ({@link #missingInChinese()}).
 */
public final class Messages {

    private final Properties en;
    private final Properties zh;
    private final String base;

    private Messages(String base, Properties en, Properties zh) {
        this.base = base;
        this.en = en;
        this.zh = zh;
    }

    /**
     * Loads {@code <base>.properties} and {@code <base>_zh.properties} from the package of
     * {@code anchor} (e.g. {@code Messages.load(Messages.class, "messages")}).
     */
    public static Messages load(Class<?> anchor, String base) {
        return new Messages(anchor.getName(), read(anchor, base + ".properties"), read(anchor, base + "_zh.properties"));
    }

    private static Properties read(Class<?> anchor, String name) {
        Properties p = new Properties();
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing message file " + name + " beside " + anchor.getName());
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The message in both languages, formatted with the arguments. An unknown key shows as itself. */
    public Text get(String key, Object... args) {
        String e = en.getProperty(key);
        String z = zh.getProperty(key, e);
        if (e == null) {
            e = key;
            z = key;
        }
        return new Text(format(e, args, Locale.ENGLISH), format(z, args, Locale.SIMPLIFIED_CHINESE));
    }

    /** The message in one language. */
    public String get(Locale locale, String key, Object... args) {
        return get(key, args).in(locale);
    }

    private static String format(String pattern, Object[] args, Locale locale) {
        // always through MessageFormat, so that quoting ('' for an apostrophe) is the same with or without arguments
        return new MessageFormat(pattern, locale).format(args == null ? new Object[0] : args);
    }

    /** Keys present in English and missing in Chinese (or the reverse), for the bundle's own tests. */
    public java.util.Set<String> missingInChinese() {
        java.util.Set<String> missing = new java.util.TreeSet<>();
        for (String k : en.stringPropertyNames()) {
            if (!zh.containsKey(k)) {
                missing.add(k);
            }
        }
        for (String k : zh.stringPropertyNames()) {
            if (!en.containsKey(k)) {
                missing.add(k + " (only in Chinese)");
            }
        }
        return missing;
    }

    @Override
    public String toString() {
        return "Messages[" + base + "]";
    }
}
