package org.origo.inventory.csv.ledger;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.origo.api.OrigoException;
import org.origo.inventory.csv.internal.i18n.CsvMessages;

/**
 * A user's column mapping file (see the bundle's README.md): UTF-8 text, {@code #} comments,
 * {@code @setting = value} lines ({@code @encoding}, {@code @delimiter}, {@code @date-format},
 * {@code @header-row}, {@code @sheet}) and {@code column header = field} lines. Headers are
 * compared like built-in synonyms ({@link Field#key(String)}); a field {@code ignore} skips the column.
 */
public final class Mapping {

    private final Map<String, Field> columns = new HashMap<>();
    private final Map<String, String> settings = new LinkedHashMap<>();

    private Mapping() {
    }

    /** An empty mapping (built-in synonyms only). */
    public static Mapping none() {
        return new Mapping();
    }

    /** Reads a mapping file, failing with the line of the first problem. */
    public static Mapping read(Path file) throws OrigoException {
        Mapping m = new Mapping();
        if (file == null) {
            return m;
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String l;
            long n = 0;
            while ((l = r.readLine()) != null) {
                n++;
                if (n == 1 && !l.isEmpty() && l.charAt(0) == '\uFEFF') {
                    l = l.substring(1);
                }
                String t = l.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                int eq = findEquals(t);
                if (eq <= 0) {
                    throw new OrigoException(CsvMessages.get("mapping.line.invalid"), file.toString(), n, null, null);
                }
                String left = t.substring(0, eq).strip().replace("\\=", "=");
                String right = t.substring(eq + 1).strip();
                if (left.startsWith("@")) {
                    String name = left.substring(1).toLowerCase(Locale.ROOT);
                    switch (name) {
                    case "encoding":
                    case "delimiter":
                    case "date-format":
                    case "header-row":
                    case "sheet":
                        m.settings.put(name, right);
                        break;
                    default:
                        throw new OrigoException(CsvMessages.get("mapping.setting.unknown", name), file.toString(), n,
                                left, null);
                    }
                    continue;
                }
                Field f = Field.ofId(right);
                if (f == null) {
                    throw new OrigoException(CsvMessages.get("mapping.field.unknown", right, Field.ids()), file.toString(),
                            n, left, null);
                }
                m.columns.put(Field.key(left), f);
            }
        } catch (IOException e) {
            throw new OrigoException(CsvMessages.get("mapping.unreadable", e.getMessage()), file.toString(), -1, null, e);
        }
        return m;
    }

    private static int findEquals(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '=' && (i == 0 || t.charAt(i - 1) != '\\')) {
                return i;
            }
        }
        return -1;
    }

    /** The field for a header: the user's mapping first, then the built-in synonyms; null when unknown. */
    public Field field(String header) {
        Field f = columns.get(Field.key(header));
        return f != null ? f : Field.ofHeader(header);
    }

    /** Whether the user's mapping names this header. */
    public boolean maps(String header) {
        return columns.containsKey(Field.key(header));
    }

    /** A setting ({@code encoding}, {@code delimiter}, {@code date-format}, {@code header-row}, {@code sheet}) or null. */
    public String setting(String name) {
        return settings.get(name);
    }
}
