package org.origo.origin.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.model.AssetKind;
import org.origo.model.OrigoFactory;
import org.origo.model.Party;
import org.origo.model.SoftwareCategory;
import org.origo.origin.knowledge.JsonDoc.Node;
import org.origo.origin.knowledge.internal.i18n.KnowledgeMessages;

/**
 * The origin knowledge: parties (companies), CPUs, operating systems, software titles, placeholder
 * values and country names, read from JSON data files and validated on load. Immutable and
 * thread-safe; lookups are cached. {@link #builtIn()} is the knowledge shipped in this bundle;
 * {@link Builder} combines it with files from other bundles.
 */
public final class Knowledge {

    private static final int CACHE_LIMIT = 200_000;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String[] BUILT_IN = { "countries.json", "parties.json", "makers.json", "placeholders.json", "cpus.json", "os.json",
            "software.json", "kinds.json" };
    private static volatile Knowledge builtIn;

    private final Map<String, Party> byId;
    private final Map<String, Party> byAlias;
    private final List<Map.Entry<String, Party>> cjkAliases;
    private final int maxAliasTokens;
    private final Map<String, Text> countries;
    private final Set<String> placeholderValues;
    private final List<Pattern> placeholderPatterns;
    private final List<Matcher<CpuInfo>> cpus;
    private final List<Matcher<OsInfo>> systems;
    private final List<Matcher<TitleInfo>> titles;
    private final List<Matcher<KindInfo>> kinds;
    private final Map<String, Optional<Party>> partyCache = new ConcurrentHashMap<>();
    private final Map<String, Optional<TitleInfo>> titleCache = new ConcurrentHashMap<>();

    private Knowledge(Builder b) {
        this.byId = Map.copyOf(b.byId);
        this.byAlias = Map.copyOf(b.byAlias);
        List<Map.Entry<String, Party>> cjk = new ArrayList<>();
        int max = 1;
        for (Map.Entry<String, Party> e : b.byAlias.entrySet()) {
            if (!e.getKey().isEmpty() && Names.isCjk(e.getKey().charAt(0))) {
                cjk.add(Map.entry(e.getKey(), e.getValue()));
            }
            max = Math.max(max, e.getKey().split(" ").length);
        }
        cjk.sort(Comparator.comparingInt((Map.Entry<String, Party> e) -> -e.getKey().length()).thenComparing(Map.Entry::getKey));
        this.cjkAliases = List.copyOf(cjk);
        this.maxAliasTokens = max;
        this.countries = Map.copyOf(b.countries);
        this.placeholderValues = Set.copyOf(b.placeholderValues);
        this.placeholderPatterns = List.copyOf(b.placeholderPatterns);
        this.cpus = List.copyOf(b.cpus);
        this.systems = List.copyOf(b.systems);
        this.titles = List.copyOf(b.titles);
        this.kinds = List.copyOf(b.kinds);
    }

    /** The knowledge shipped in this bundle (loaded once). */
    public static Knowledge builtIn() throws OrigoException {
        Knowledge k = builtIn;
        if (k == null) {
            synchronized (Knowledge.class) {
                k = builtIn;
                if (k == null) {
                    Builder b = builder();
                    for (String f : BUILT_IN) {
                        try (InputStream in = Knowledge.class.getResourceAsStream("/data/" + f)) {
                            if (in == null) {
                                throw new OrigoException(KnowledgeMessages.get("data.missing", "data/" + f));
                            }
                            b.add("data/" + f, in);
                        } catch (IOException e) {
                            throw new OrigoException(KnowledgeMessages.get("json.unreadable", e.getMessage()), "data/" + f, -1, null, e);
                        }
                    }
                    k = b.build();
                    builtIn = k;
                }
            }
        }
        return k;
    }

    public static Builder builder() {
        return new Builder();
    }

    // ---------------------------------------------------------------- parties

    /** The party with this canonical id. */
    public Optional<Party> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** Every known party, by id. */
    public Map<String, Party> parties() {
        return byId;
    }

    /**
     * The party a raw vendor, manufacturer or publisher string names. Placeholders never name a
     * party. Robust to case, punctuation, legal suffixes, versions and copyright noise.
     */
    public Optional<Party> party(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        Optional<Party> cached = partyCache.get(raw);
        if (cached != null) {
            return cached;
        }
        Optional<Party> result = Optional.empty();
        if (!isPlaceholder(raw)) {
            for (String candidate : Names.candidates(raw)) {
                Party p = lookup(Names.normalize(candidate));
                if (p != null) {
                    result = Optional.of(p);
                    break;
                }
            }
        }
        if (partyCache.size() < CACHE_LIMIT) {
            partyCache.put(raw, result);
        }
        return result;
    }

    private Party lookup(String norm) {
        if (norm.isEmpty()) {
            return null;
        }
        Party p = byAlias.get(norm);
        if (p != null) {
            return p;
        }
        String[] tokens = norm.split(" ");
        for (int n = Math.min(tokens.length - 1, maxAliasTokens); n >= 1; n--) {
            p = byAlias.get(String.join(" ", java.util.Arrays.copyOf(tokens, n)));
            if (p != null) {
                return p;
            }
        }
        if (Names.isCjk(norm.charAt(0))) {
            for (Map.Entry<String, Party> e : cjkAliases) {
                if (norm.startsWith(e.getKey()) && e.getKey().length() >= 2) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    /** The headquarters country of the party (ISO 3166 alpha-2), or null when none can be assigned. */
    public static String country(Party p) {
        return p == null ? null : emptyToNull(p.getCountry());
    }

    /** The country of the party's ultimate controller, or of the party itself when it has none. */
    public static String controllerCountry(Party p) {
        if (p == null) {
            return null;
        }
        Party c = p.getUltimateController();
        return c != null && c.getCountry() != null ? c.getCountry() : emptyToNull(p.getCountry());
    }

    /** The country name in English and Chinese (the code itself when unknown). */
    public Text countryName(String code) {
        if (code == null || code.isEmpty()) {
            return KnowledgeMessages.get("country.unknown");
        }
        Text t = countries.get(code);
        return t == null ? new Text(code, code) : t;
    }

    /** Whether a raw value is a placeholder that names nobody ("To be filled by O.E.M.", "Default string", all zeros...). */
    public boolean isPlaceholder(String raw) {
        if (raw == null) {
            return false;
        }
        String s = WHITESPACE.matcher(raw.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (s.isEmpty()) {
            return false;
        }
        if (placeholderValues.contains(s)) {
            return true;
        }
        for (Pattern p : placeholderPatterns) {
            if (p.matcher(s).find()) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- CPUs, OS, titles

    /**
     * Identifies a CPU from what the inventory recorded. Strong ids (ARM implementer/part, CPUID
     * vendor) are tried first over all entries, then model-string patterns, then architecture or
     * vendor alone.
     *
     * @param vendorPartyId canonical party id of the component vendor, or null
     * @param product       model string, e.g. "Hygon C86 3250 8-core Processor"
     * @param vendorId      CPUID vendor ("GenuineIntel", "HygonGenuine", "Shanghai") or ARM implementer ("0x48")
     * @param part          ARM part number ("0xd01"), or null
     * @param architecture  "x86_64", "aarch64", "loongarch64", "mips64el", "sw_64"...
     */
    public Optional<CpuInfo> cpu(String vendorPartyId, String product, String vendorId, String part, String architecture) {
        Probe probe = new Probe(vendorPartyId, product, vendorId, part, architecture, null);
        for (int strength = 3; strength >= 1; strength--) {
            for (Matcher<CpuInfo> m : cpus) {
                if (m.matches(probe, strength)) {
                    return Optional.of(m.info);
                }
            }
        }
        return Optional.empty();
    }

    /** Identifies an operating system lineage from its name or canonical publisher id. */
    public Optional<OsInfo> os(String product, String vendorPartyId) {
        Probe probe = new Probe(vendorPartyId, product, null, null, null, null);
        for (int strength = 2; strength >= 1; strength--) {
            for (Matcher<OsInfo> m : systems) {
                if (m.matches(probe, strength)) {
                    return Optional.of(m.info);
                }
            }
        }
        return Optional.empty();
    }

    /** Identifies a well-known software title from its name. */
    public Optional<TitleInfo> title(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Optional<TitleInfo> cached = titleCache.get(name);
        if (cached != null) {
            return cached;
        }
        Probe probe = new Probe(null, null, null, null, null, name);
        Optional<TitleInfo> result = Optional.empty();
        for (Matcher<TitleInfo> m : titles) {
            if (m.matches(probe, 2)) {
                result = Optional.of(m.info);
                break;
            }
        }
        if (titleCache.size() < CACHE_LIMIT) {
            titleCache.put(name, result);
        }
        return result;
    }

    /**
     * The kind of asset a maker or product line stands for, for inventories that do not record it:
     * model patterns first, then the maker alone.
     *
     * @param vendorPartyId canonical party id of the system maker, or null
     * @param product       product line or model as recorded, or null
     */
    public Optional<KindInfo> kind(String vendorPartyId, String product) {
        Probe probe = new Probe(vendorPartyId, product, null, null, null, null);
        for (int strength = 2; strength >= 1; strength--) {
            for (Matcher<KindInfo> m : kinds) {
                if (m.matches(probe, strength)) {
                    return Optional.of(m.info);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The LoongArch ABI generation: {@code new-world} (ABI 2.0, upstream kernel and toolchains) or
     * {@code old-world} (ABI 1.0 of the first 3A5000 systems), from the recorded ABI field or the
     * architecture name ({@code loong64} is the new-world port name); null when the inventory cannot tell.
     */
    public static String loongArchAbi(String abiField, String architecture) {
        if (abiField != null) {
            String a = abiField.toLowerCase(Locale.ROOT);
            if (a.contains("new") || a.contains("2.0") || a.contains("abi2") || a.contains("新世界")) {
                return "new-world";
            }
            if (a.contains("old") || a.contains("1.0") || a.contains("abi1") || a.contains("旧世界")) {
                return "old-world";
            }
        }
        if (architecture != null && architecture.equalsIgnoreCase("loong64")) {
            return "new-world";
        }
        return null;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    // ---------------------------------------------------------------- matching

    private record Probe(String vendor, String product, String vendorId, String part, String architecture, String title) {
    }

    private record Alternative(String implementer, String part, String vendorId, Pattern product, String architecture,
            String vendor, Pattern title) {

        int strength() {
            if (implementer != null || vendorId != null) {
                return 3;
            }
            if (product != null || title != null) {
                return 2;
            }
            return 1;
        }

        boolean matches(Probe p) {
            if (implementer != null && !implementer.equalsIgnoreCase(trim(p.vendorId))) {
                return false;
            }
            if (vendorId != null && !vendorId.equalsIgnoreCase(trim(p.vendorId))) {
                return false;
            }
            if (part != null && !part.equalsIgnoreCase(trim(p.part))) {
                return false;
            }
            if (architecture != null && !architecture.equalsIgnoreCase(trim(p.architecture))) {
                return false;
            }
            if (vendor != null && !vendor.equals(p.vendor)) {
                return false;
            }
            if (product != null && (p.product == null || !product.matcher(p.product).find())) {
                return false;
            }
            if (title != null && (p.title == null || !title.matcher(p.title).find())) {
                return false;
            }
            return true;
        }

        private static String trim(String s) {
            return s == null ? "" : s.trim();
        }
    }

    private static final class Matcher<T> {
        final T info;
        final List<Alternative> alternatives;

        Matcher(T info, List<Alternative> alternatives) {
            this.info = info;
            this.alternatives = alternatives;
        }

        boolean matches(Probe p, int strength) {
            for (Alternative a : alternatives) {
                if (a.strength() == strength && a.matches(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    // ---------------------------------------------------------------- loading

    /** Reads data files (any number of each kind, told apart by their {@code format}) into a knowledge base. */
    public static final class Builder {
        private final Map<String, Party> byId = new LinkedHashMap<>();
        private final Map<String, Party> byAlias = new HashMap<>();
        private final Map<String, Node> partyNodes = new HashMap<>();
        private final List<Node> pendingParties = new ArrayList<>();
        private final Map<String, Text> countries = new HashMap<>();
        private final Set<String> placeholderValues = new HashSet<>();
        private final List<Pattern> placeholderPatterns = new ArrayList<>();
        private final List<Node> pendingCpus = new ArrayList<>();
        private final List<Node> pendingOs = new ArrayList<>();
        private final List<Node> pendingTitles = new ArrayList<>();
        private final List<Node> pendingKinds = new ArrayList<>();
        private final List<Matcher<KindInfo>> kinds = new ArrayList<>();
        private final List<Matcher<CpuInfo>> cpus = new ArrayList<>();
        private final List<Matcher<OsInfo>> systems = new ArrayList<>();
        private final List<Matcher<TitleInfo>> titles = new ArrayList<>();

        private Builder() {
        }

        /** Adds one data file; its {@code format} field says what it holds. */
        public Builder add(String file, InputStream in) throws OrigoException {
            Node root = JsonDoc.parse(file, in);
            if (!root.isObject()) {
                throw root.error("json.expected.object");
            }
            String format = root.string("format", true);
            switch (format) {
            case "origo-countries/1":
                root.requireObject(Set.of("format", "countries", "comment"));
                for (Node c : root.array("countries", true)) {
                    c.requireObject(Set.of("code", "en", "zh"));
                    String code = c.string("code", true);
                    if (!code.matches("[A-Z]{2}")) {
                        throw c.get("code").error("data.bad.country", code);
                    }
                    countries.put(code, new Text(c.string("en", true), c.string("zh", true)));
                }
                break;
            case "origo-parties/1":
                root.requireObject(Set.of("format", "parties", "comment"));
                pendingParties.addAll(root.array("parties", true));
                break;
            case "origo-placeholders/1":
                root.requireObject(Set.of("format", "values", "patterns", "source", "comment"));
                for (String v : root.strings("values")) {
                    placeholderValues.add(v.toLowerCase(Locale.ROOT));
                }
                Node pats = root.get("patterns");
                for (Node p : pats == null ? List.<Node>of() : pats.items()) {
                    placeholderPatterns.add(compile(p, String.valueOf(p.value())));
                }
                break;
            case "origo-cpus/1":
                root.requireObject(Set.of("format", "cpus", "comment"));
                pendingCpus.addAll(root.array("cpus", true));
                break;
            case "origo-os/1":
                root.requireObject(Set.of("format", "systems", "comment"));
                pendingOs.addAll(root.array("systems", true));
                break;
            case "origo-software/1":
                root.requireObject(Set.of("format", "titles", "comment"));
                pendingTitles.addAll(root.array("titles", true));
                break;
            case "origo-kinds/1":
                root.requireObject(Set.of("format", "kinds", "comment"));
                pendingKinds.addAll(root.array("kinds", true));
                break;
            default:
                throw root.get("format").error("data.bad.format", format);
            }
            return this;
        }

        /** Validates cross references (parents, designers, publishers, countries) and builds the knowledge. */
        public Knowledge build() throws OrigoException {
            for (Node n : pendingParties) {
                n.requireObject(Set.of("id", "name", "nameZh", "aliases", "country", "parent", "controller", "roles", "source",
                        "confidence"));
                String id = n.string("id", true);
                if (byId.containsKey(id)) {
                    throw n.get("id").error("data.duplicate.id", id, partyNodes.get(id).file() + ":" + partyNodes.get(id).line());
                }
                Party p = OrigoFactory.eINSTANCE.createParty();
                p.setId(id);
                p.setName(n.string("name", true));
                p.setNameZh(n.string("nameZh", true));
                String country = n.string("country", false);
                if (country != null) {
                    if (!countries.containsKey(country)) {
                        throw n.get("country").error("data.unknown.country", country);
                    }
                    p.setCountry(country);
                }
                p.getAliases().addAll(n.strings("aliases"));
                p.getRoles().addAll(n.strings("roles"));
                p.setSource(n.string("source", true));
                byId.put(id, p);
                partyNodes.put(id, n);
            }
            for (Node n : pendingParties) {
                Party p = byId.get(n.string("id", true));
                p.setParent(ref(n, "parent"));
                Party controller = ref(n, "controller");
                p.setUltimateController(controller != null ? controller : p.getParent());
                List<String> names = new ArrayList<>(p.getAliases());
                names.add(p.getName());
                names.add(p.getNameZh());
                names.add(p.getId());
                Node aliasNode = n.has("aliases") ? n.get("aliases") : n;
                for (String a : names) {
                    String norm = Names.normalize(a);
                    if (norm.isEmpty()) {
                        throw aliasNode.error("data.empty.alias", a);
                    }
                    Party other = byAlias.putIfAbsent(norm, p);
                    if (other != null && other != p) {
                        throw aliasNode.error("data.alias.conflict", a, other.getId());
                    }
                }
            }
            for (Node n : pendingCpus) {
                n.requireObject(Set.of("id", "family", "designer", "isa", "isaFamily", "licensor", "licence", "when", "source",
                        "confidence"));
                CpuInfo info = new CpuInfo(n.string("id", true), n.string("family", true), ref(n, "designer", true),
                        nz(n.string("isa", false)), nz(n.string("isaFamily", false)), ref(n, "licensor"), n.string("licence", false),
                        n.string("source", true), confidence(n));
                cpus.add(new Matcher<>(info, alternatives(n)));
            }
            for (Node n : pendingOs) {
                n.requireObject(Set.of("id", "lineage", "publisher", "base", "when", "source", "confidence"));
                OsInfo info = new OsInfo(n.string("id", true), n.string("lineage", true), ref(n, "publisher", true),
                        n.string("base", false), n.string("source", true), confidence(n));
                systems.add(new Matcher<>(info, alternatives(n)));
            }
            for (Node n : pendingTitles) {
                n.requireObject(Set.of("id", "name", "publisher", "category", "when", "source", "confidence"));
                String cat = n.string("category", true);
                SoftwareCategory category = SoftwareCategory.get(cat);
                if (category == null) {
                    throw n.get("category").error("data.bad.category", cat, SoftwareCategory.VALUES.toString());
                }
                TitleInfo info = new TitleInfo(n.string("id", true), n.string("name", true), ref(n, "publisher", true), category,
                        n.string("source", true), confidence(n));
                titles.add(new Matcher<>(info, alternatives(n)));
            }
            for (Node n : pendingKinds) {
                n.requireObject(Set.of("id", "kind", "when", "source"));
                String k = n.string("kind", true);
                AssetKind kind = AssetKind.get(k);
                if (kind == null || kind == AssetKind.UNKNOWN) {
                    throw n.get("kind").error("data.bad.kind", k, AssetKind.VALUES.toString());
                }
                kinds.add(new Matcher<>(new KindInfo(n.string("id", true), kind, n.string("source", true)), alternatives(n)));
            }
            return new Knowledge(this);
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }

        private static double confidence(Node n) throws OrigoException {
            double c = n.number("confidence", 0.9);
            if (c <= 0 || c > 1) {
                throw n.get("confidence").error("data.bad.confidence", c);
            }
            return c;
        }

        private Party ref(Node n, String key) throws OrigoException {
            return ref(n, key, false);
        }

        private Party ref(Node n, String key, boolean required) throws OrigoException {
            String id = n.string(key, required);
            if (id == null) {
                return null;
            }
            Party p = byId.get(id);
            if (p == null) {
                throw n.get(key).error("data.unknown.party", id);
            }
            return p;
        }

        private List<Alternative> alternatives(Node n) throws OrigoException {
            List<Alternative> out = new ArrayList<>();
            for (Node w : n.array("when", true)) {
                w.requireObject(Set.of("implementer", "part", "vendorId", "product", "architecture", "vendor", "title"));
                String vendor = w.string("vendor", false);
                if (vendor != null && !byId.containsKey(vendor)) {
                    throw w.get("vendor").error("data.unknown.party", vendor);
                }
                Alternative a = new Alternative(w.string("implementer", false), w.string("part", false), w.string("vendorId", false),
                        w.has("product") ? compile(w.get("product"), w.string("product", true)) : null,
                        w.string("architecture", false), vendor,
                        w.has("title") ? compile(w.get("title"), w.string("title", true)) : null);
                out.add(a);
            }
            if (out.isEmpty()) {
                throw n.error("data.no.when");
            }
            return List.copyOf(out);
        }

        private static Pattern compile(Node at, String regex) throws OrigoException {
            try {
                return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw at.error("data.bad.pattern", regex, e.getDescription());
            }
        }
    }
}
