package org.origo.catalog.sdk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.origo.model.ProductCategory;

/**
 * Which category a {@code replaces} hint points at, so that a hint never crosses categories: a
 * database is no replacement for a Java runtime, a switch none for a VPN client. Software
 * categories are groups of their own; every machine and device category is the group
 * {@code HARDWARE}. Known product families are listed in {@code data/family-categories.txt}.
 */
public final class HintCategories {

    /** The group of every machine and device category. */
    public static final String HARDWARE = "HARDWARE";

    private record Family(String name, String group) {
    }

    private static final List<Family> FAMILIES = load();

    private HintCategories() {
    }

    /** The group of a product category: its literal for software, {@link #HARDWARE} otherwise; null for OTHER. */
    public static String group(ProductCategory c) {
        if (c == null || c == ProductCategory.OTHER) {
            return null;
        }
        return Products.isSoftware(c) ? c.getLiteral() : HARDWARE;
    }

    /** The group of a known family named in a {@code family:} hint, or null when the family is not listed. */
    public static String familyGroup(String family) {
        String f = norm(family);
        String best = null;
        int bestLength = 0;
        for (Family k : FAMILIES) {
            if (f.contains(k.name()) && k.name().length() > bestLength) {
                best = k.group();
                bestLength = k.name().length();
            }
        }
        return best;
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    private static List<Family> load() {
        List<Family> out = new ArrayList<>();
        try (InputStream in = HintCategories.class.getResourceAsStream("data/family-categories.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing data file family-categories.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String l;
            while ((l = r.readLine()) != null) {
                String t = l.strip();
                int eq = t.indexOf('=');
                if (t.isEmpty() || t.startsWith("#") || eq < 0) {
                    continue;
                }
                String group = t.substring(0, eq).strip();
                for (String name : t.substring(eq + 1).split("\\|")) {
                    if (!name.isBlank()) {
                        out.add(new Family(norm(name), group));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
