package org.origo.inventory.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.origo.api.OrigoException;
import org.origo.inventory.internal.i18n.EngineMessages;
import org.origo.model.Asset;

/**
 * What an import re-inventories: the whole estate, or part of it (sites, departments, source
 * files). Only assets of the previous snapshot inside the scope can be gone; an import neither
 * scoped nor declared complete may make at most {@link #maxGone()} of the previous assets gone.
 */
record Scope(boolean complete, List<String> sites, List<String> departments, List<String> sources, double maxGone) {

    /** The scope the request's options describe (see the {@code OPTION_*} constants of {@link InventoryEngine}). */
    static Scope of(Map<String, String> options) throws OrigoException {
        Map<String, String> o = options == null ? Map.of() : options;
        double max = InventoryEngine.DEFAULT_MAX_GONE_SHARE;
        String m = o.get(InventoryEngine.OPTION_MAX_GONE);
        if (m != null && !m.isBlank()) {
            String t = m.strip();
            boolean pct = t.endsWith("%");
            try {
                max = Double.parseDouble(pct ? t.substring(0, t.length() - 1).strip() : t);
            } catch (NumberFormatException e) {
                max = Double.NaN;
            }
            if (pct || max > 1) {
                max /= 100;
            }
            if (!(max >= 0 && max <= 1)) {
                throw new OrigoException(EngineMessages.get("import.max.gone.invalid", m), null, -1, InventoryEngine.OPTION_MAX_GONE, null);
            }
        }
        return new Scope(Boolean.parseBoolean(o.getOrDefault(InventoryEngine.OPTION_COMPLETE, "false").strip()),
                list(o.get(InventoryEngine.OPTION_SCOPE_SITES)), list(o.get(InventoryEngine.OPTION_SCOPE_DEPARTMENTS)),
                list(o.get(InventoryEngine.OPTION_SCOPE_SOURCES)), max);
    }

    private static List<String> list(String v) {
        List<String> out = new ArrayList<>();
        if (v != null) {
            for (String s : v.split("\\|")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return List.copyOf(out);
    }

    /** A partial import: scoped to some sites, departments or sources. */
    boolean partial() {
        return !sites.isEmpty() || !departments.isEmpty() || !sources.isEmpty();
    }

    /** Whether a previous asset is inside the scope (always, for an import of the whole estate). */
    boolean covers(Asset a) {
        if (!partial()) {
            return true;
        }
        if (!sites.isEmpty() && !contains(sites, a.getSite())) {
            return false;
        }
        if (!departments.isEmpty() && !contains(departments, a.getDepartment())) {
            return false;
        }
        if (!sources.isEmpty()) {
            for (String s : a.getSources()) {
                if (contains(sources, s) || contains(sources, fileName(s))) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private static boolean contains(List<String> values, String v) {
        if (v == null) {
            return false;
        }
        String t = v.strip().toLowerCase(Locale.ROOT);
        for (String x : values) {
            if (x.toLowerCase(Locale.ROOT).equals(t)) {
                return true;
            }
        }
        return false;
    }

    private static String fileName(String source) {
        try {
            Path p = Path.of(source).getFileName();
            return p == null ? source : p.toString();
        } catch (RuntimeException e) {
            int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
            return source.substring(slash + 1);
        }
    }
}
