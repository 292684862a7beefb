package org.origo.inventory.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.origo.origin.api.VendorDirectory;

/**
 * Turns raw vendor and publisher strings into canonical names: first the vendor directory
 * services (knowledge bundles), then the fallback alias table shipped as data, else the trimmed
 * raw value. Placeholders give null. Publishers lose version and copyright noise first
 * ({@code "3.0.6, Copyright 2002-2014 Apple"} → {@code Apple}). Results are cached, so a million
 * rows naming {@code LENOVO} cost one lookup.
 */
public final class Normalizer {

    private static final int CACHE_MAX = 200_000;
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final String NONE = new String("\u0000none");

    private final Supplier<List<VendorDirectory>> directories;
    private final Placeholders placeholders;
    private final Map<String, String> aliases = new HashMap<>();
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public Normalizer(Supplier<List<VendorDirectory>> directories, Placeholders placeholders) {
        this.directories = directories;
        this.placeholders = placeholders;
        for (String l : DataFiles.lines("vendor-aliases.txt")) {
            int eq = l.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String canonical = l.substring(0, eq).strip();
            for (String alias : l.substring(eq + 1).split("\\|")) {
                String k = key(alias);
                if (!k.isEmpty()) {
                    aliases.put(k, canonical);
                }
            }
            aliases.put(key(canonical), canonical);
        }
    }

    public Placeholders placeholders() {
        return placeholders;
    }

    /** The canonical vendor for a raw value; null for null, blank or placeholder values. */
    public String vendor(String raw) {
        if (raw == null) {
            return null;
        }
        String cached = cache.get(raw);
        if (cached != null) {
            return cached == NONE ? null : cached;
        }
        String result = resolve(raw, false);
        if (cache.size() < CACHE_MAX) {
            cache.put(raw, result == null ? NONE : result);
        }
        return result;
    }

    /** The canonical publisher for a raw value, after stripping version and copyright noise. */
    public String publisher(String raw) {
        if (raw == null) {
            return null;
        }
        String k = "\u0001" + raw;
        String cached = cache.get(k);
        if (cached != null) {
            return cached == NONE ? null : cached;
        }
        String result = resolve(raw, true);
        if (cache.size() < CACHE_MAX) {
            cache.put(k, result == null ? NONE : result);
        }
        return result;
    }

    private String resolve(String raw, boolean publisher) {
        String t = raw.strip();
        if (t.isEmpty() || placeholders.is(t)) {
            return null;
        }
        String cleaned = publisher ? stripNoise(t) : t;
        if (cleaned.isEmpty()) {
            return null;
        }
        for (VendorDirectory d : directories.get()) {
            try {
                String c = d.canonical(cleaned);
                if (c == null && cleaned != t) {
                    c = d.canonical(t);
                }
                if (c != null) {
                    return c.intern();
                }
            } catch (RuntimeException e) {
                // a misbehaving directory must not stop the import; the next one or the table answers
            }
        }
        String a = aliases.get(key(cleaned));
        if (a != null) {
            return a;
        }
        return cleaned.intern();
    }

    /**
     * Removes what installers put around a publisher name: leading versions, "Copyright",
     * "(c)", "©", years and "All rights reserved".
     */
    static String stripNoise(String s) {
        String t = s;
        int c = indexOfIgnoreCase(t, "copyright");
        if (c >= 0) {
            String after = t.substring(c + 9);
            String before = t.substring(0, c);
            // "3.0.6, Copyright 2002-2014 Apple" → keep what follows; "Apple Copyright 2014" → keep what precedes
            t = stripYearsAndSymbols(after).isEmpty() ? before : after;
        }
        t = stripYearsAndSymbols(t);
        int rights = indexOfIgnoreCase(t, "all rights reserved");
        if (rights >= 0) {
            t = t.substring(0, rights);
        }
        // a leading version ("3.0.6, Apple") goes
        int i = 0;
        while (i < t.length() && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.')) {
            i++;
        }
        if (i > 0 && i < t.length() && (t.charAt(i) == ',' || t.charAt(i) == ' ')) {
            t = t.substring(i);
        }
        return trimPunctuation(t);
    }

    private static String stripYearsAndSymbols(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (ch == '©') {
                i++;
                continue;
            }
            if ((ch == '(' || ch == '（') && i + 2 < s.length() && Character.toLowerCase(s.charAt(i + 1)) == 'c'
                    && (s.charAt(i + 2) == ')' || s.charAt(i + 2) == '）')) {
                i += 3;
                continue;
            }
            // years and year ranges: 4 digits starting 19/20, optionally "-yyyy"
            if (Character.isDigit(ch) && i + 4 <= s.length() && isYear(s, i)
                    && (i + 4 == s.length() || !Character.isDigit(s.charAt(i + 4)))) {
                i += 4;
                if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '–') && i + 5 <= s.length() && isYear(s, i + 1)) {
                    i += 5;
                }
                continue;
            }
            sb.append(ch);
            i++;
        }
        return trimPunctuation(sb.toString());
    }

    private static boolean isYear(String s, int i) {
        if (i + 4 > s.length()) {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            if (!Character.isDigit(s.charAt(i + k))) {
                return false;
            }
        }
        return (s.charAt(i) == '1' && s.charAt(i + 1) == '9') || (s.charAt(i) == '2' && s.charAt(i + 1) == '0');
    }

    private static String trimPunctuation(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && (Character.isWhitespace(s.charAt(a)) || ",;:-.".indexOf(s.charAt(a)) >= 0)) {
            a++;
        }
        while (b > a && (Character.isWhitespace(s.charAt(b - 1)) || ",;:-".indexOf(s.charAt(b - 1)) >= 0)) {
            b--;
        }
        return s.substring(a, b);
    }

    private static int indexOfIgnoreCase(String s, String word) {
        return s.toLowerCase(Locale.ROOT).indexOf(word);
    }

    private static final String[] SUFFIXES = { "incorporated", "corporation", "company", "limited", "corp", "inc", "co",
            "ltd", "llc", "gmbh", "ag", "sa", "srl", "bv", "plc", "kk", "oy", "ab", "spa", "pte", "international" };

    /** Lower case, without (R)/(TM), punctuation and trailing legal suffixes. */
    static String key(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace("(r)", " ").replace("(tm)", " ").replace("®", " ").replace("™", " ");
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ',' || c == '.' || c == '"' || c == '\'' || c == '(' || c == ')' || c == '（' || c == '）') {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        String[] words = SPACES.split(sb.toString().trim());
        int n = words.length;
        while (n > 1 && isSuffix(words[n - 1])) {
            n--;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(words[i]);
        }
        return out.toString();
    }

    private static boolean isSuffix(String w) {
        for (String s : SUFFIXES) {
            if (s.equals(w)) {
                return true;
            }
        }
        return false;
    }
}
