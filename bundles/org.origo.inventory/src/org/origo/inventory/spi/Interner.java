package org.origo.inventory.spi;

import java.util.HashMap;

/**
 * Shares equal strings read from an input, so that a million rows naming the same brand, site or
 * operating system hold one string. Bounded: once full, new strings are returned as they are.
 * Not thread-safe; one per reader.
 */
public final class Interner {

    private final HashMap<String, String> map;
    private final int max;

    public Interner(int max) {
        this.max = max;
        this.map = new HashMap<>(Math.min(max, 1 << 12));
    }

    /** The shared instance of the string (null and empty give null). */
    public String get(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        String known = map.get(s);
        if (known != null) {
            return known;
        }
        if (map.size() < max) {
            map.put(s, s);
        }
        return s;
    }
}
