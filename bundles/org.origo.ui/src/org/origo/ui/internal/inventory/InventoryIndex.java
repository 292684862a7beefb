package org.origo.ui.internal.inventory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.origo.api.Progress;
import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.Verdict;
import org.origo.model.VerdictOutcome;

/**
 * A column-wise index over the assets of a snapshot, built once per project revision so that
 * filtering and sorting a million rows touch only int arrays and small dictionaries. The assets
 * themselves stay in the model; the table reads them row by row as they become visible.
 */
public final class InventoryIndex {

    /** The columns of the inventory table, in display order. */
    public enum Column {
        ID, HOSTNAME, SERIAL, KIND, BRAND, CPU, OS, SITE, DEPARTMENT, OWNER, VERDICT, US
    }

    /** Codes of the verdict column; {@code NONE} for an asset not classified yet. */
    public static final int NONE = VerdictOutcome.values().length;

    private final List<Asset> assets;
    private final String profileId;
    private final int[] kind;
    private final int[] verdict;
    private final boolean[] anyUs;
    private final Dictionary brands = new Dictionary();
    private final Dictionary cpus = new Dictionary();
    private final Dictionary oses = new Dictionary();
    private final Dictionary sites = new Dictionary();
    private final Dictionary departments = new Dictionary();
    private final int[] brand;
    private final int[] cpu;
    private final int[] os;
    private final int[] site;
    private final int[] department;

    /** Values of a text column shared by many rows, each stored once. */
    public static final class Dictionary {
        private final Map<String, Integer> codes = new HashMap<>();
        private final List<String> values = new ArrayList<>();
        private int[] rank;

        int code(String v) {
            String key = v == null ? "" : v;
            Integer c = codes.get(key);
            if (c == null) {
                c = values.size();
                codes.put(key, c);
                values.add(key);
            }
            return c;
        }

        public String value(int code) {
            return values.get(code);
        }

        public int size() {
            return values.size();
        }

        /** The code of a value, or -1 when no row has it. */
        public int codeOf(String v) {
            Integer c = codes.get(v == null ? "" : v);
            return c == null ? -1 : c;
        }

        /** The distinct non-empty values, sorted. */
        public List<String> sortedValues() {
            List<String> s = new ArrayList<>();
            for (String v : values) {
                if (!v.isEmpty()) {
                    s.add(v);
                }
            }
            s.sort(Comparator.naturalOrder());
            return s;
        }

        synchronized int[] ranks() {
            if (rank == null) {
                Integer[] order = new Integer[values.size()];
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
                Arrays.sort(order, Comparator.comparing(values::get));
                rank = new int[order.length];
                for (int i = 0; i < order.length; i++) {
                    rank[order[i]] = i;
                }
            }
            return rank;
        }

        boolean[] matching(String needleLower) {
            boolean[] m = new boolean[values.size()];
            for (int i = 0; i < m.length; i++) {
                m[i] = containsIgnoreCase(values.get(i), needleLower);
            }
            return m;
        }
    }

    /** Which rows to show: each set of codes empty for "any"; text matched case-insensitively. */
    public record Filter(int verdict, int kind, String brand, String site, String department, String text) {
        public static final int ANY = -1;

        public static Filter all() {
            return new Filter(ANY, ANY, null, null, null, null);
        }

        boolean isAll() {
            return verdict == ANY && kind == ANY && brand == null && site == null && department == null
                    && (text == null || text.isBlank());
        }
    }

    public InventoryIndex(List<Asset> assets, String profileId, Progress progress) {
        this.assets = assets;
        this.profileId = profileId;
        int n = assets.size();
        kind = new int[n];
        verdict = new int[n];
        anyUs = new boolean[n];
        brand = new int[n];
        cpu = new int[n];
        os = new int[n];
        site = new int[n];
        department = new int[n];
        progress.begin(org.origo.ui.internal.i18n.UiMessages.text("task.index", n), n);
        for (int i = 0; i < n; i++) {
            if ((i & 0xFFFF) == 0xFFFF) {
                progress.worked(0x10000);
                progress.checkCancelled();
            }
            Asset a = assets.get(i);
            AssetKind k = a.getKind();
            kind[i] = k == null ? AssetKind.UNKNOWN_VALUE : k.getValue();
            String b = null;
            String c = null;
            String o = null;
            for (Component comp : a.getComponents()) {
                ComponentKind ck = comp.getKind();
                if (ck == ComponentKind.SYSTEM && b == null) {
                    b = vendor(comp);
                } else if (ck == ComponentKind.CPU && c == null) {
                    c = comp.getProduct() != null ? comp.getProduct() : vendor(comp);
                } else if (ck == ComponentKind.OS && o == null) {
                    o = comp.getProduct();
                }
            }
            brand[i] = brands.code(b);
            cpu[i] = cpus.code(c);
            os[i] = oses.code(o);
            site[i] = sites.code(a.getSite());
            department[i] = departments.code(a.getDepartment());
            Verdict v = verdictOf(a, profileId);
            verdict[i] = v == null || v.getOutcome() == null ? NONE : v.getOutcome().getValue();
            anyUs[i] = v != null && v.isAnyUs();
        }
    }

    private static String vendor(Component c) {
        if (c.getVendor() != null && !c.getVendor().isEmpty()) {
            return c.getVendor();
        }
        return c.getRawVendor();
    }

    /** The asset's verdict under the profile (or its first verdict when no profile is chosen). */
    public static Verdict verdictOf(Asset a, String profileId) {
        for (Verdict v : a.getVerdicts()) {
            if (profileId == null || profileId.equals(v.getProfileId())) {
                return v;
            }
        }
        return null;
    }

    public int size() {
        return assets.size();
    }

    public Asset asset(int row) {
        return assets.get(row);
    }

    public String profileId() {
        return profileId;
    }

    public Dictionary brands() {
        return brands;
    }

    public Dictionary sites() {
        return sites;
    }

    public Dictionary departments() {
        return departments;
    }

    public int verdictCode(int row) {
        return verdict[row];
    }

    public int kindCode(int row) {
        return kind[row];
    }

    public boolean anyUs(int row) {
        return anyUs[row];
    }

    public String brand(int row) {
        return brands.value(brand[row]);
    }

    public String site(int row) {
        return sites.value(site[row]);
    }

    public String department(int row) {
        return departments.value(department[row]);
    }

    /** The text of a cell; verdict and kind as their literal names (the table translates them). */
    public String cell(int row, Column c) {
        Asset a = assets.get(row);
        return switch (c) {
            case ID -> nz(a.getId());
            case HOSTNAME -> nz(a.getHostname());
            case SERIAL -> nz(a.getSerial());
            case KIND -> AssetKind.get(kind[row]).getLiteral();
            case BRAND -> brands.value(brand[row]);
            case CPU -> cpus.value(cpu[row]);
            case OS -> oses.value(os[row]);
            case SITE -> sites.value(site[row]);
            case DEPARTMENT -> departments.value(department[row]);
            case OWNER -> nz(a.getOwner());
            case VERDICT -> verdict[row] == NONE ? "" : VerdictOutcome.get(verdict[row]).getLiteral();
            case US -> anyUs[row] ? "US" : "";
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The rows that pass the filter, in snapshot order. */
    public int[] filter(Filter f, Progress progress) {
        int n = assets.size();
        if (f.isAll()) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        int b = f.brand() == null ? -2 : brands.codeOf(f.brand());
        int s = f.site() == null ? -2 : sites.codeOf(f.site());
        int d = f.department() == null ? -2 : departments.codeOf(f.department());
        if (b == -1 || s == -1 || d == -1) {
            return new int[0];
        }
        String needle = f.text() == null || f.text().isBlank() ? null : f.text().trim().toLowerCase(java.util.Locale.ROOT);
        boolean[] brandHit = null;
        boolean[] cpuHit = null;
        boolean[] osHit = null;
        boolean[] siteHit = null;
        boolean[] deptHit = null;
        if (needle != null) {
            brandHit = brands.matching(needle);
            cpuHit = cpus.matching(needle);
            osHit = oses.matching(needle);
            siteHit = sites.matching(needle);
            deptHit = departments.matching(needle);
        }
        int[] out = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if ((i & 0x3FFFF) == 0x3FFFF) {
                progress.checkCancelled();
            }
            if (f.verdict() != Filter.ANY && verdict[i] != f.verdict()) {
                continue;
            }
            if (f.kind() != Filter.ANY && kind[i] != f.kind()) {
                continue;
            }
            if (b >= 0 && brand[i] != b || s >= 0 && site[i] != s || d >= 0 && department[i] != d) {
                continue;
            }
            if (needle != null && !(brandHit[brand[i]] || cpuHit[cpu[i]] || osHit[os[i]] || siteHit[site[i]]
                    || deptHit[department[i]] || textHit(assets.get(i), needle))) {
                continue;
            }
            out[count++] = i;
        }
        return Arrays.copyOf(out, count);
    }

    private static boolean textHit(Asset a, String needle) {
        return containsIgnoreCase(a.getHostname(), needle) || containsIgnoreCase(a.getSerial(), needle)
                || containsIgnoreCase(a.getId(), needle) || containsIgnoreCase(a.getOwner(), needle)
                || containsIgnoreCase(a.getAssetTag(), needle);
    }

    static boolean containsIgnoreCase(String hay, String needleLower) {
        if (hay == null) {
            return false;
        }
        int n = needleLower.length();
        int max = hay.length() - n;
        for (int i = 0; i <= max; i++) {
            if (hay.regionMatches(true, i, needleLower, 0, n)) {
                return true;
            }
        }
        return false;
    }

    /** Sorts rows in place by a column (stable for equal keys: snapshot order). */
    public int[] sort(int[] rows, Column c, boolean ascending, Progress progress) {
        long[] keys = new long[rows.length];
        switch (c) {
            case KIND -> fill(keys, rows, kind, null);
            case VERDICT -> fill(keys, rows, verdict, null);
            case US -> {
                for (int i = 0; i < rows.length; i++) {
                    keys[i] = ((anyUs[rows[i]] ? 1L : 0L) << 32) | rows[i];
                }
            }
            case BRAND -> fill(keys, rows, brand, brands.ranks());
            case CPU -> fill(keys, rows, cpu, cpus.ranks());
            case OS -> fill(keys, rows, os, oses.ranks());
            case SITE -> fill(keys, rows, site, sites.ranks());
            case DEPARTMENT -> fill(keys, rows, department, departments.ranks());
            default -> {
                Integer[] boxed = new Integer[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    boxed[i] = rows[i];
                }
                progress.checkCancelled();
                Comparator<Integer> cmp = Comparator.comparing((Integer r) -> cell(r, c)).thenComparingInt(r -> r);
                Arrays.sort(boxed, ascending ? cmp : cmp.reversed());
                int[] out = new int[rows.length];
                for (int i = 0; i < out.length; i++) {
                    out[i] = boxed[i];
                }
                return out;
            }
        }
        progress.checkCancelled();
        Arrays.sort(keys);
        int[] out = new int[rows.length];
        for (int i = 0; i < out.length; i++) {
            out[ascending ? i : out.length - 1 - i] = (int) keys[i];
        }
        return out;
    }

    private static void fill(long[] keys, int[] rows, int[] codes, int[] rank) {
        for (int i = 0; i < rows.length; i++) {
            int code = codes[rows[i]];
            long k = rank == null ? code : rank[code];
            keys[i] = (k << 32) | rows[i];
        }
    }
}
