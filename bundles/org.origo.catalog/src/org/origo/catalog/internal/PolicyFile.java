package org.origo.catalog.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.origo.api.OrigoException;
import org.origo.catalog.api.MatchPolicy;
import org.origo.catalog.internal.JsonTree.Kind;
import org.origo.catalog.internal.JsonTree.Node;
import org.origo.catalog.internal.i18n.CatalogMessages;
import org.origo.core.ProjectStore;
import org.origo.model.Project;

/**
 * The integrator's matching policy: a JSON file ({@code --policy FILE}) and/or project settings
 * ({@code match.preferredVendors}, {@code match.excludedVendors} comma-separated,
 * {@code match.singlePlatformPerSite} true/false, {@code match.maxPrice} number, 0 for none,
 * {@code match.candidates} whole number). The file's values win over the settings, and are saved
 * into the settings so later runs use them.
 */
public final class PolicyFile {

    public static final String PREFERRED = "match.preferredVendors";
    public static final String EXCLUDED = "match.excludedVendors";
    public static final String SINGLE_PLATFORM = "match.singlePlatformPerSite";
    public static final String MAX_PRICE = "match.maxPrice";
    public static final String CANDIDATES = "match.candidates";

    private static final Set<String> FIELDS = Set.of("$schema", "preferredVendors", "excludedVendors", "singlePlatformPerSite",
            "maxPrice", "candidates");

    private PolicyFile() {
    }

    /** The policy in the project settings (defaults for what they do not say). */
    public static MatchPolicy fromSettings(Project project) throws OrigoException {
        MatchPolicy d = MatchPolicy.defaults();
        List<String> pref = list(ProjectStore.setting(project, PREFERRED), d.preferredVendors());
        List<String> excl = list(ProjectStore.setting(project, EXCLUDED), d.excludedVendors());
        String sp = ProjectStore.setting(project, SINGLE_PLATFORM);
        boolean single = sp == null ? d.singlePlatformPerSite() : Boolean.parseBoolean(sp.trim());
        double max = d.maxPrice();
        int cand = d.candidates();
        try {
            String m = ProjectStore.setting(project, MAX_PRICE);
            if (m != null && !m.isBlank()) {
                max = Double.parseDouble(m.trim());
            }
        } catch (NumberFormatException e) {
            throw new OrigoException(CatalogMessages.get("policy.setting.invalid", MAX_PRICE, ProjectStore.setting(project, MAX_PRICE)));
        }
        try {
            String c = ProjectStore.setting(project, CANDIDATES);
            if (c != null && !c.isBlank()) {
                cand = Integer.parseInt(c.trim());
            }
        } catch (NumberFormatException e) {
            throw new OrigoException(CatalogMessages.get("policy.setting.invalid", CANDIDATES, ProjectStore.setting(project, CANDIDATES)));
        }
        return new MatchPolicy(pref, excl, single, max, cand);
    }

    private static List<String> list(String s, List<String> def) {
        if (s == null) {
            return def;
        }
        List<String> out = new ArrayList<>();
        for (String p : s.split(",")) {
            if (!p.isBlank()) {
                out.add(p.trim());
            }
        }
        return out;
    }

    /** Reads a policy file over a base policy; every problem is reported with its line. */
    public static MatchPolicy read(Path file, MatchPolicy base) throws OrigoException {
        String where = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new OrigoException(CatalogMessages.get("policy.unreadable", e.getMessage()), where, -1, null, e);
        }
        Node root;
        List<JsonTree.Duplicate> dups = new ArrayList<>();
        try {
            root = JsonTree.parse(bytes, dups);
        } catch (JsonTree.SyntaxError e) {
            throw new OrigoException(CatalogMessages.get("json.malformed", e.detail, e.column), where, e.line, null, null);
        }
        if (!dups.isEmpty()) {
            throw new OrigoException(CatalogMessages.get("json.duplicate.key"), where, dups.get(0).line(), dups.get(0).path(), null);
        }
        if (root.kind != Kind.OBJECT) {
            throw new OrigoException(CatalogMessages.get("policy.not.object"), where, root.line, null, null);
        }
        for (var e : root.keyLines.entrySet()) {
            if (!FIELDS.contains(e.getKey())) {
                throw new OrigoException(CatalogMessages.get("field.unknown", String.join(", ", new java.util.TreeSet<>(FIELDS))), where,
                        e.getValue(), e.getKey(), null);
            }
        }
        List<String> pref = strings(root, "preferredVendors", where, base.preferredVendors());
        List<String> excl = strings(root, "excludedVendors", where, base.excludedVendors());
        boolean single = base.singlePlatformPerSite();
        Node s = root.get("singlePlatformPerSite");
        if (s != null) {
            if (s.kind != Kind.BOOLEAN) {
                throw new OrigoException(CatalogMessages.get("field.not.boolean"), where, s.line, "singlePlatformPerSite", null);
            }
            single = Boolean.parseBoolean(s.text);
        }
        double max = base.maxPrice();
        Node m = root.get("maxPrice");
        if (m != null) {
            if (m.kind != Kind.NUMBER) {
                throw new OrigoException(CatalogMessages.get("field.not.number"), where, m.line, "maxPrice", null);
            }
            max = Double.parseDouble(m.text);
            if (max < 0) {
                throw new OrigoException(CatalogMessages.get("field.negative", m.text), where, m.line, "maxPrice", null);
            }
        }
        int cand = base.candidates();
        Node c = root.get("candidates");
        if (c != null) {
            if (c.kind != Kind.NUMBER || !c.integral) {
                throw new OrigoException(CatalogMessages.get("field.not.integer"), where, c.line, "candidates", null);
            }
            cand = Integer.parseInt(c.text);
            if (cand < 1 || cand > 50) {
                throw new OrigoException(CatalogMessages.get("policy.candidates.range", c.text), where, c.line, "candidates", null);
            }
        }
        return new MatchPolicy(pref, excl, single, max, cand);
    }

    private static List<String> strings(Node root, String key, String where, List<String> def) throws OrigoException {
        Node n = root.get(key);
        if (n == null) {
            return def;
        }
        if (n.kind != Kind.ARRAY) {
            throw new OrigoException(CatalogMessages.get("field.not.array"), where, n.line, key, null);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.items.size(); i++) {
            Node item = n.items.get(i);
            if (item.kind != Kind.STRING || item.text.isBlank()) {
                throw new OrigoException(CatalogMessages.get("field.not.string"), where, item.line, key + "[" + i + "]", null);
            }
            out.add(item.text.trim());
        }
        return out;
    }

    /** Saves the policy into the project settings. */
    public static void store(Project project, MatchPolicy p) {
        ProjectStore.setSetting(project, PREFERRED, String.join(",", p.preferredVendors()));
        ProjectStore.setSetting(project, EXCLUDED, String.join(",", p.excludedVendors()));
        ProjectStore.setSetting(project, SINGLE_PLATFORM, String.valueOf(p.singlePlatformPerSite()));
        ProjectStore.setSetting(project, MAX_PRICE, String.format(Locale.ROOT, "%s", p.maxPrice()));
        ProjectStore.setSetting(project, CANDIDATES, String.valueOf(p.candidates()));
    }
}
