package org.origo.inventory.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Values that stand for "nothing here": the shipped list ({@code data/placeholders.txt}), any
 * extension files, and values made of one repeated character ({@code 00000000-0000-...},
 * {@code FF:FF:...}, {@code XXXXXXXX}). Compared trimmed and without regard to case.
 */
public final class Placeholders {

    private final Set<String> values = new HashSet<>();

    /** The shipped list. */
    public Placeholders() {
        for (String l : DataFiles.lines("placeholders.txt")) {
            values.add(key(l));
        }
    }

    /** The shipped list extended by a file of the same format. */
    public Placeholders extend(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            for (String l : DataFiles.lines(in)) {
                values.add(key(l));
            }
        }
        return this;
    }

    /** Adds one value. */
    public Placeholders add(String value) {
        values.add(key(value));
        return this;
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the value is a placeholder (null and blank count as placeholders). */
    public boolean is(String value) {
        if (value == null) {
            return true;
        }
        String t = value.strip();
        if (t.isEmpty()) {
            return true;
        }
        if (repeated(t)) {
            return true;
        }
        return values.contains(t.toLowerCase(Locale.ROOT));
    }

    /** One character repeated (separators - : . and spaces ignored), e.g. all-zero UUIDs. */
    private static boolean repeated(String t) {
        char first = 0;
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = Character.toLowerCase(t.charAt(i));
            if (c == '-' || c == ':' || c == '.' || c == ' ') {
                continue;
            }
            if (n == 0) {
                first = c;
            } else if (c != first) {
                return false;
            }
            n++;
        }
        return n == 0 || n >= 4 || first == '0';
    }
}
