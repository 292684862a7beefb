package org.origo.catalog.sdk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The manifest header that pins the bytes of a bundle's catalog files:
 * {@code Origo-Catalog-SHA256: catalog/a.json=<64 hex digits>, catalog/b.json=<…>}.
 * A catalog file whose SHA-256 differs from its entry has been altered after the vendor built
 * the bundle and is refused.
 */
public final class CatalogChecksums {

    /** The manifest header name. */
    public static final String HEADER = "Origo-Catalog-SHA256";

    private CatalogChecksums() {
    }

    /** The SHA-256 of the bytes, as 64 lower-case hex digits. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Parses the header value into {@code path → hex}. Entries are separated by commas; each is
     * {@code path=hex}. Malformed entries are returned under the key {@code ""} joined by commas
     * so callers can report them.
     */
    public static Map<String, String> parse(String header) {
        Map<String, String> out = new LinkedHashMap<>();
        if (header == null) {
            return out;
        }
        StringBuilder bad = new StringBuilder();
        for (String entry : header.split(",")) {
            String e = entry.trim();
            if (e.isEmpty()) {
                continue;
            }
            int eq = e.lastIndexOf('=');
            String hex = eq < 0 ? "" : e.substring(eq + 1).trim().toLowerCase(Locale.ROOT);
            if (eq <= 0 || !hex.matches("[0-9a-f]{64}")) {
                if (bad.length() > 0) {
                    bad.append(", ");
                }
                bad.append(e);
            } else {
                out.put(normalize(e.substring(0, eq).trim()), hex);
            }
        }
        if (bad.length() > 0) {
            out.put("", bad.toString());
        }
        return out;
    }

    /** The header entry for one file, as a vendor writes it into the manifest. */
    public static String entry(String path, byte[] bytes) {
        return normalize(path) + "=" + sha256(bytes);
    }

    /** Paths are compared without a leading slash. */
    public static String normalize(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return p;
    }

    /** Whether the bytes match the expected hex digest (constant-time comparison). */
    public static boolean matches(byte[] bytes, String expectedHex) {
        return expectedHex != null && MessageDigest.isEqual(sha256(bytes).getBytes(StandardCharsets.US_ASCII),
                expectedHex.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
