package org.origo.catalog.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.origo.api.Progress;
import org.origo.api.Text;
import org.origo.catalog.api.MatchPolicy;
import org.origo.catalog.internal.i18n.CatalogMessages;
import org.origo.catalog.sdk.CatalogVerifier;
import org.origo.catalog.sdk.MatchText;
import org.origo.catalog.sdk.Products;
import org.origo.core.Pipeline;
import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Catalog;
import org.origo.model.CatalogProduct;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.Match;
import org.origo.model.OriginFact;
import org.origo.model.OriginFacts;
import org.origo.model.OriginRole;
import org.origo.model.OrigoFactory;
import org.origo.model.ProductCategory;
import org.origo.model.Project;
import org.origo.model.SoftwareCategory;
import org.origo.model.SoftwareInstall;
import org.origo.model.SoftwareTitle;
import org.origo.model.Verdict;
import org.origo.model.VerdictOutcome;

/**
 * The matching algorithm, deterministic for the same project, catalogs and policy. For each asset
 * the profile says to replace, every key component that is foreign (or of unknown origin) gets a
 * ranked list of candidates: the machine (or device) first, then the operating system certified
 * for the chosen machine, then office suite, database, middleware and browser with a build for the
 * target architecture. Installed titles without such a build become findings.
 */
final class Matcher {

    static final String HARDWARE = "hardware";
    static final String OS = "os";

    /** The action a match proposes: a new machine or device, another product in place of a title, or removing a title. */
    static final String ACTION_REPLACE = "REPLACE";
    static final String ACTION_SWAP = "SWAP";
    static final String ACTION_UNINSTALL = "UNINSTALL";
    /** No candidate: the catalogs must be reviewed. */
    static final String ACTION_REVIEW = "REVIEW";

    /** One product offered by one catalog. */
    record Offer(Catalog catalog, CatalogProduct product, String ref) {
        String vendor() {
            return product.getVendor();
        }
    }

    /**
     * One component to replace on one asset. {@code keep} names a domestic title of the same
     * category already installed (the foreign one is then uninstalled, nothing is bought).
     */
    record Need(String target, List<ProductCategory> categories, String currentVendor, String currentProduct, String keep) {
        Need(String target, List<ProductCategory> categories, String currentVendor, String currentProduct) {
            this(target, categories, currentVendor, currentProduct, null);
        }
    }

    /** A scored candidate. */
    static final class Candidate {
        final Offer offer;
        double score;
        final List<Text> reasons = new ArrayList<>();
        final List<Text> findings = new ArrayList<>();

        Candidate(Offer offer) {
            this.offer = offer;
        }

        void add(double points, Text reason) {
            score += points;
            reasons.add(reason);
        }
    }

    private final MatchPolicy policy;
    private final List<Offer> offers = new ArrayList<>();
    private final Set<String> certified = new HashSet<>();
    private final Set<String> catalogVendors = new HashSet<>();
    private final Map<String, Offer> byRef = new HashMap<>();
    /** Per shared title and per offer: computed once per run (titles and offers are flyweights). */
    private final Map<SoftwareTitle, java.util.Optional<ProductCategory>> titleCategory = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<SoftwareTitle, Offer> titleAlternative = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Offer, List<Offer>> certifiedOsCache = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Offer NONE = new Offer(null, null, "");
    /** Reasons repeat across assets: one string instance per distinct text keeps large estates small. */
    private final Map<String, String> pool = new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<List<Object>, Text> texts = new java.util.concurrent.ConcurrentHashMap<>();
    /** Memoized pure look-ups over the flyweight products, titles and the few distinct strings of an estate. */
    private record HintKey(CatalogProduct product, String vendor, String name) {
    }

    private record SupportKey(CatalogProduct product, String architecture, String abi) {
    }

    private final Map<HintKey, Boolean> hintCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<SupportKey, Boolean> supportCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<CatalogProduct, List<String>> archCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<CatalogProduct, String> priceText = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<SoftwareTitle, String> titleNorm = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Boolean> preferredCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Boolean> runsWindowsCache = new java.util.concurrent.ConcurrentHashMap<>();

    /** A message, formatted once per distinct key and arguments in a run (the same reasons recur on every asset). */
    private Text msg(String key, Object... args) {
        List<Object> k = new ArrayList<>(args.length + 1);
        k.add(key);
        k.addAll(java.util.Arrays.asList(args));
        Text t = texts.get(k);
        if (t == null) {
            t = CatalogMessages.get(key, args);
            Text prev = texts.putIfAbsent(k, t);
            t = prev == null ? t : prev;
        }
        return t;
    }

    private String pooled(Text t) {
        String s = MatchText.encode(t);
        String p = pool.putIfAbsent(s, s);
        return p == null ? s : p;
    }

    Matcher(List<Catalog> catalogs, MatchPolicy policy) {
        this.policy = policy;
        List<Catalog> sorted = new ArrayList<>(catalogs);
        sorted.sort(Comparator.comparing(c -> String.valueOf(c.getId())));
        for (Catalog c : sorted) {
            for (CatalogProduct p : c.getProducts()) {
                Offer o = new Offer(c, p, c.getId() + ":" + p.getId());
                if (p.getVendor() != null) {
                    catalogVendors.add(norm(p.getVendor()));
                }
                byRef.putIfAbsent(o.ref(), o);
                List<String> refs = new ArrayList<>(p.getCertifiedOs());
                refs.addAll(p.getCertifiedWith());
                for (String r : refs) {
                    String q = CatalogVerifier.qualify(c, r);
                    certified.add(o.ref() + "|" + q);
                    certified.add(q + "|" + o.ref());
                }
                if (excluded(p.getVendor()) || (policy.maxPrice() > 0 && p.getPrice() > policy.maxPrice())) {
                    continue;
                }
                offers.add(o);
            }
        }
    }

    private static String norm(String s) {
        return s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    }

    private boolean excluded(String vendor) {
        for (String v : policy.excludedVendors()) {
            if (!norm(v).isEmpty() && norm(vendor).contains(norm(v))) {
                return true;
            }
        }
        return false;
    }

    private boolean preferred(String vendor) {
        Boolean b = preferredCache.get(vendor);
        if (b == null) {
            b = computePreferred(vendor);
            preferredCache.put(vendor, b);
        }
        return b;
    }

    private boolean computePreferred(String vendor) {
        for (String v : policy.preferredVendors()) {
            if (!norm(v).isEmpty() && norm(vendor).contains(norm(v))) {
                return true;
            }
        }
        return false;
    }

    boolean certified(Offer a, Offer b) {
        return certified.contains(a.ref() + "|" + b.ref());
    }

    /** The matches of every asset to replace, in asset order. Returns the assets that got a candidate. */
    int run(Project project, String profileId, Progress progress, List<Match> out) {
        List<Asset> assets = Pipeline.currentAssets(project);
        List<Asset> toReplace = new ArrayList<>();
        for (Asset a : assets) {
            Verdict v = Pipeline.verdict(a, profileId);
            if (v != null && v.getOutcome() == VerdictOutcome.REPLACE) {
                toReplace.add(a);
            }
        }
        progress.begin(msg("task.match", toReplace.size()), toReplace.size());
        // pass 1: machine candidates of every asset, unconstrained by the site platform (in parallel:
        // every cache of this matcher is concurrent and its values depend on their keys alone)
        int size = toReplace.size();
        Need[] hardwareNeeds = new Need[size];
        @SuppressWarnings("unchecked")
        List<Candidate>[] hardware = new List[size];
        java.util.stream.IntStream.range(0, size).parallel().forEach(i -> {
            if ((i & 255) == 0) {
                progress.checkCancelled();
            }
            Asset a = toReplace.get(i);
            Need n = hardwareNeed(a);
            if (n != null) {
                hardwareNeeds[i] = n;
                hardware[i] = rankHardware(a, n);
            }
        });
        Map<String, String> sitePlatform = policy.singlePlatformPerSite() ? sitePlatforms(toReplace, hardware) : Map.of();
        // pass 2: every asset on its own, results kept in asset order so runs are reproducible
        @SuppressWarnings("unchecked")
        List<Match>[] perAsset = new List[size];
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        java.util.stream.IntStream.range(0, size).parallel().forEach(i -> {
            if ((i & 255) == 0) {
                progress.checkCancelled();
            }
            perAsset[i] = matchOne(toReplace.get(i), hardwareNeeds[i], hardware[i], sitePlatform);
            int d = done.incrementAndGet();
            if ((d & 255) == 0) {
                progress.worked(256);
            }
        });
        int withCandidates = 0;
        for (List<Match> matches : perAsset) {
            for (Match m : matches) {
                if (m.getRank() > 0) {
                    withCandidates++;
                    break;
                }
            }
            out.addAll(matches);
        }
        return withCandidates;
    }

    /** The matches of one asset: its machine (within the site's platform), operating system and software. */
    private List<Match> matchOne(Asset a, Need hn, List<Candidate> hardwareCandidates, Map<String, String> sitePlatform) {
        List<Match> matches = new ArrayList<>();
        Offer machine = null;
        String arch = currentArchitecture(a);
        String abi = currentAbi(a);
        if (hn != null) {
            List<Candidate> list = hardwareCandidates;
            String platform = sitePlatform.get(site(a));
            if (platform != null && isComputer(a.getKind())) {
                List<Candidate> onPlatform = new ArrayList<>();
                for (Candidate c : list) {
                    if (platform.equals(platformOf(c.offer.product()))) {
                        onPlatform.add(c);
                    }
                }
                if (!onPlatform.isEmpty()) {
                    for (Candidate c : onPlatform) {
                        c.reasons.add(msg("reason.site.platform", platform, site(a)));
                    }
                    list = onPlatform;
                }
            }
            if (!list.isEmpty() && Products.isMachine(list.get(0).offer.product().getCategory())) {
                machine = list.get(0).offer;
                arch = Products.architectures(machine.product()).get(0);
                abi = machine.product().getAbi();
            }
            matches.addAll(toMatches(a, hn, list));
        }
        Offer os = null;
        Need on = osNeed(a, hn != null);
        if (on != null) {
            List<Candidate> list = rankSoftware(a, on, arch, abi, machine, null);
            if (!list.isEmpty()) {
                os = list.get(0).offer;
            }
            if (hn == null) {
                addFindings(a, list, arch);
            }
            matches.addAll(toMatches(a, on, list));
        }
        for (Need sn : softwareNeeds(a)) {
            if (sn.keep() != null) {
                matches.add(uninstall(a, sn));
            } else {
                matches.addAll(toMatches(a, sn, rankSoftware(a, sn, arch, abi, machine, os)));
            }
        }
        return matches;
    }

    // ---- what to replace

    static boolean isComputer(AssetKind k) {
        return k == AssetKind.DESKTOP || k == AssetKind.LAPTOP || k == AssetKind.ALL_IN_ONE || k == AssetKind.WORKSTATION
                || k == AssetKind.SERVER || k == AssetKind.THIN_CLIENT;
    }

    private static Component component(Asset a, ComponentKind kind) {
        for (Component c : a.getComponents()) {
            if (c.getKind() == kind) {
                return c;
            }
        }
        return null;
    }

    /** Foreign by its origin facts, domestic by them, or (no facts) domestic only when a catalog vendor. */
    private boolean domestic(OriginFacts facts, String vendor) {
        if (facts != null && !facts.getFacts().isEmpty()) {
            boolean any = false;
            for (OriginFact f : facts.getFacts()) {
                if (f.getRole() == OriginRole.ISA_LICENSOR) {
                    continue; // a domestic design under an instruction-set licence (Phytium, Hygon, Kunpeng) is domestic
                }
                any = true;
                if (f.getCountry() != null && !"CN".equalsIgnoreCase(f.getCountry())) {
                    return false;
                }
            }
            return any;
        }
        return vendor != null && catalogVendors.contains(norm(vendor));
    }

    private Need hardwareNeed(Asset a) {
        AssetKind k = a.getKind();
        Component sys = component(a, ComponentKind.SYSTEM);
        if (isComputer(k)) {
            Component cpu = component(a, ComponentKind.CPU);
            boolean sysOk = sys != null && domestic(sys.getOrigin(), sys.getVendor());
            boolean cpuOk = cpu != null && domestic(cpu.getOrigin(), cpu.getVendor());
            if (sysOk && cpuOk) {
                return null;
            }
            List<ProductCategory> cats = switch (k) {
            case LAPTOP -> List.of(ProductCategory.LAPTOP);
            case SERVER -> List.of(ProductCategory.SERVER);
            case ALL_IN_ONE -> List.of(ProductCategory.ALL_IN_ONE, ProductCategory.DESKTOP);
            case WORKSTATION -> List.of(ProductCategory.WORKSTATION, ProductCategory.DESKTOP);
            case THIN_CLIENT -> List.of(ProductCategory.THIN_CLIENT, ProductCategory.DESKTOP);
            default -> List.of(ProductCategory.DESKTOP, ProductCategory.ALL_IN_ONE);
            };
            return new Need(HARDWARE, cats, sys == null ? null : sys.getVendor(), sys == null ? null : sys.getProduct());
        }
        if (k == AssetKind.VIRTUAL_MACHINE || k == AssetKind.PHONE || k == AssetKind.OTHER || k == AssetKind.UNKNOWN) {
            return null;
        }
        if (sys != null && domestic(sys.getOrigin(), sys.getVendor())) {
            return null;
        }
        String product = sys == null ? "" : norm(sys.getProduct()) + " " + norm(sys.getModel());
        List<ProductCategory> cats = switch (k) {
        case PRINTER -> List.of(ProductCategory.PRINTER);
        case SCANNER -> List.of(ProductCategory.SCANNER, ProductCategory.PRINTER);
        case STORAGE -> List.of(ProductCategory.STORAGE);
        case VIDEO -> List.of(ProductCategory.VIDEO);
        default -> product.contains("firewall") || product.contains("asa") || product.contains("fortigate")
                || product.contains("防火墙") ? List.of(ProductCategory.FIREWALL)
                        : product.contains("router") || product.contains("isr") || product.contains("asr")
                                || product.contains("路由") ? List.of(ProductCategory.ROUTER)
                                        : List.of(ProductCategory.NETWORK_SWITCH);
        };
        return new Need(HARDWARE, cats, sys == null ? null : sys.getVendor(), sys == null ? null : sys.getProduct());
    }

    private Need osNeed(Asset a, boolean hardwareReplaced) {
        Component os = component(a, ComponentKind.OS);
        if (os == null || domestic(os.getOrigin(), os.getVendor())) {
            return null;
        }
        return new Need(OS, List.of(ProductCategory.OPERATING_SYSTEM), os.getVendor(), os.getProduct());
    }

    private static ProductCategory categoryOf(SoftwareCategory c) {
        if (c == null) {
            return null;
        }
        return switch (c) {
        case OFFICE -> ProductCategory.OFFICE_SUITE;
        case DATABASE -> ProductCategory.DATABASE;
        case MIDDLEWARE -> ProductCategory.MIDDLEWARE;
        case BROWSER -> ProductCategory.BROWSER;
        default -> null;
        };
    }

    private static String targetName(ProductCategory c) {
        return switch (c) {
        case OFFICE_SUITE -> "office";
        case DATABASE -> "database";
        case MIDDLEWARE -> "middleware";
        case BROWSER -> "browser";
        default -> c.getLiteral().toLowerCase(Locale.ROOT);
        };
    }

    /** The category a title belongs to: its own, or the one of a product meant to replace its family. */
    private ProductCategory categoryOf(SoftwareTitle t) {
        java.util.Optional<ProductCategory> c = titleCategory.get(t);
        if (c == null) {
            c = java.util.Optional.ofNullable(computeCategory(t));
            titleCategory.put(t, c);
        }
        return c.orElse(null);
    }

    /**
     * A title's own category; an untyped title (no category or OTHER) takes the category of a
     * software product whose {@code family:} hint names it. Vendor hints never give a title a
     * category: a vendor publishes titles of many kinds (Oracle Java is no database).
     */
    private ProductCategory computeCategory(SoftwareTitle t) {
        ProductCategory c = categoryOf(t.getCategory());
        if (c != null) {
            return c;
        }
        if (t.getCategory() != null && t.getCategory() != SoftwareCategory.OTHER) {
            return null; // a runtime, driver, utility ... is not an office suite, database or middleware
        }
        for (Offer o : offers) {
            ProductCategory pc = o.product().getCategory();
            if (pc != null && Products.isSoftware(pc) && pc != ProductCategory.OPERATING_SYSTEM && familyHint(o.product(), t.getName())) {
                return pc;
            }
        }
        return null;
    }

    private boolean hint(CatalogProduct p, String vendor, String product) {
        HintKey k = new HintKey(p, vendor, product);
        Boolean b = hintCache.get(k);
        if (b == null) {
            b = replacesHint(p, vendor, product);
            hintCache.put(k, b);
        }
        return b;
    }

    private List<String> architectures(CatalogProduct p) {
        List<String> l = archCache.get(p);
        if (l == null) {
            l = Products.architectures(p);
            archCache.put(p, l);
        }
        return l;
    }

    private boolean supports(CatalogProduct p, String arch, String abi) {
        SupportKey k = new SupportKey(p, arch, abi);
        Boolean b = supportCache.get(k);
        if (b == null) {
            b = Products.supports(p, arch, abi);
            supportCache.put(k, b);
        }
        return b;
    }

    private String normName(SoftwareTitle t) {
        String n = titleNorm.get(t);
        if (n == null) {
            n = norm(t.getName());
            titleNorm.put(t, n);
        }
        return n;
    }

    /** Whether a software product is meant to replace this title: by a {@code family:} hint naming it, never by vendor. */
    private static boolean replacesTitle(CatalogProduct p, SoftwareTitle t) {
        return p.getCategory() != null && Products.isSoftware(p.getCategory()) && familyHint(p, t.getName());
    }

    /** Whether a {@code family:} hint of the product names this product or title. */
    static boolean familyHint(CatalogProduct p, String product) {
        String n = norm(product);
        if (n.isEmpty()) {
            return false;
        }
        for (String r : p.getReplaces()) {
            if (r.startsWith("family:") && n.contains(norm(r.substring(7)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a {@code vendor:} or {@code family:} hint of the product names this vendor or product. */
    static boolean replacesHint(CatalogProduct p, String vendor, String product) {
        String v = norm(vendor);
        String n = norm(product);
        for (String r : p.getReplaces()) {
            int i = r.indexOf(':');
            String kind = r.substring(0, Math.max(0, i));
            String value = norm(r.substring(i + 1));
            if (kind.equals("family") && !n.isEmpty() && n.contains(value)) {
                return true;
            }
            if (kind.equals("vendor") && !v.isEmpty() && (v.contains(value) || value.contains(v))) {
                return true;
            }
        }
        return false;
    }

    /**
     * One need per category of foreign title on the asset (office suite, database, middleware,
     * browser); when a domestic title of that category is installed too, the need keeps it.
     */
    private List<Need> softwareNeeds(Asset a) {
        Map<ProductCategory, Need> needs = new TreeMap<>();
        Map<ProductCategory, String> domesticTitles = new HashMap<>();
        for (SoftwareInstall si : a.getSoftware()) {
            SoftwareTitle t = si.getTitle();
            if (t == null) {
                continue;
            }
            ProductCategory c = categoryOf(t);
            if (c == null) {
                continue;
            }
            if (domestic(t.getOrigin(), t.getPublisher())) {
                domesticTitles.putIfAbsent(c, t.getName());
            } else if (!needs.containsKey(c)) {
                needs.put(c, new Need(targetName(c), List.of(c), t.getPublisher(), t.getName()));
            }
        }
        List<Need> out = new ArrayList<>();
        for (Need n : needs.values()) {
            String keep = domesticTitles.get(n.categories().get(0));
            out.add(keep == null ? n : new Need(n.target(), n.categories(), n.currentVendor(), n.currentProduct(), keep));
        }
        return out;
    }

    // ---- what the asset has today

    private static String currentArchitecture(Asset a) {
        Component cpu = component(a, ComponentKind.CPU);
        if (cpu != null && cpu.getArchitecture() != null) {
            return cpu.getArchitecture();
        }
        Component os = component(a, ComponentKind.OS);
        return os == null ? null : os.getArchitecture();
    }

    private static String currentAbi(Asset a) {
        Component cpu = component(a, ComponentKind.CPU);
        if (cpu != null && cpu.getAbi() != null) {
            return cpu.getAbi();
        }
        Component os = component(a, ComponentKind.OS);
        return os == null ? null : os.getAbi();
    }

    private boolean windows(Asset a) {
        Component os = component(a, ComponentKind.OS);
        if (os == null) {
            return false;
        }
        String product = os.getProduct();
        if (product == null) {
            return runsWindows(a);
        }
        Boolean b = runsWindowsCache.get(product);
        if (b == null) {
            b = norm(product).contains("windows");
            runsWindowsCache.put(product, b);
        }
        return b;
    }

    private static boolean runsWindows(Asset a) {
        Component os = component(a, ComponentKind.OS);
        return os != null && norm(os.getProduct()).contains("windows");
    }

    private static int cores(Asset a) {
        int n = 0;
        for (Component c : a.getComponents()) {
            if (c.getKind() == ComponentKind.CPU) {
                n += c.getCores();
            }
        }
        return n;
    }

    private static long gb(Asset a, ComponentKind kind) {
        long mb = 0;
        for (Component c : a.getComponents()) {
            if (c.getKind() == kind) {
                mb += c.getCapacityMb();
            }
        }
        return (mb + 1023) / 1024;
    }

    private static String site(Asset a) {
        return a.getSite() == null ? "" : a.getSite();
    }

    /** The platform a site standardizes on: the architecture (and the ABI on LoongArch). */
    static String platformOf(CatalogProduct p) {
        List<String> archs = Products.architectures(p);
        String arch = archs.isEmpty() ? "?" : archs.get(0);
        return "loongarch64".equals(arch) && p.getAbi() != null ? arch + "/" + p.getAbi() : arch;
    }

    // ---- ranking

    private List<Candidate> rankHardware(Asset a, Need n) {
        List<Candidate> list = new ArrayList<>();
        int cores = cores(a);
        long mem = gb(a, ComponentKind.MEMORY);
        long disk = gb(a, ComponentKind.STORAGE);
        String arch = currentArchitecture(a);
        String abi = currentAbi(a);
        // the findings depend on the asset and the target platform only, not on the offer
        Map<List<String>, List<Text>> porting = new HashMap<>();
        List<SoftwareTitle> portable = isComputer(a.getKind()) ? portingTitles(a) : List.of();
        boolean win = windows(a);
        for (Offer o : offers) {
            CatalogProduct p = o.product();
            int idx = n.categories().indexOf(p.getCategory());
            if (idx < 0) {
                continue;
            }
            Candidate c = new Candidate(o);
            c.add(idx == 0 ? 40 : 20, msg(idx == 0 ? "reason.category" : "reason.category.near", p.getCategory()));
            if (isComputer(a.getKind())) {
                specs(c, p, cores, mem, disk);
                List<Offer> oses = certifiedOses(o);
                if (oses.isEmpty()) {
                    c.add(-30, msg("reason.no.certified.os"));
                } else {
                    List<String> names = new ArrayList<>();
                    for (Offer os : oses) {
                        names.add(os.product().getNameEn());
                    }
                    c.add(15, msg("reason.certified.os", String.join(", ", names.subList(0, Math.min(3, names.size())))));
                }
                List<String> targets = architectures(p);
                String target = targets.isEmpty() ? null : targets.get(0);
                if ("loongarch64".equals(target)) {
                    if ("loongarch64".equals(arch) && abi != null && !abi.equals(p.getAbi())) {
                        c.add(-10, msg("reason.abi.change", abi, p.getAbi()));
                    } else {
                        c.add(0, msg("reason.abi", p.getAbi()));
                    }
                }
                List<Text> findings = porting.computeIfAbsent(java.util.Arrays.asList(target, p.getAbi()),
                        k -> portingFindings(portable, win, k.get(0)));
                c.findings.addAll(findings);
                if (!findings.isEmpty()) {
                    c.add(-Math.min(20, 5 * findings.size()), msg("reason.porting", findings.size(), target));
                }
            }
            if (hint(p, n.currentVendor(), n.currentProduct())) {
                c.add(5, msg("reason.replaces", named(n.currentVendor(), n.currentProduct())));
            }
            common(c, p);
            list.add(c);
        }
        finish(list);
        return list;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** "Vendor Product", without repeating the vendor when the product name starts with it. */
    private static String named(String vendor, String product) {
        if (vendor == null || vendor.isBlank()) {
            return nz(product);
        }
        if (product == null || product.isBlank()) {
            return vendor;
        }
        return norm(product).startsWith(norm(vendor)) ? product : vendor + " " + product;
    }

    private void specs(Candidate c, CatalogProduct p, int cores, long mem, long disk) {
        spec(c, "cores", p.getCores(), cores);
        spec(c, "memory", p.getMemoryGb(), mem);
        spec(c, "storage", p.getStorageGb(), disk);
    }

    private void spec(Candidate c, String what, long offered, long current) {
        if (current <= 0 || offered <= 0) {
            return;
        }
        if (offered >= current) {
            c.add(5, msg("reason.spec.ok." + what, offered, current));
        } else {
            c.add(-10, msg("reason.spec.low." + what, offered, current));
        }
    }

    private List<Offer> certifiedOses(Offer machine) {
        return certifiedOsCache.computeIfAbsent(machine, this::computeCertifiedOses);
    }

    private List<Offer> computeCertifiedOses(Offer machine) {
        List<Offer> out = new ArrayList<>();
        for (Offer o : offers) {
            if (o.product().getCategory() == ProductCategory.OPERATING_SYSTEM && certified(machine, o)
                    && Products.supports(o.product(), Products.architectures(machine.product()).get(0), machine.product().getAbi())) {
                out.add(o);
            }
        }
        return out;
    }

    private List<Candidate> rankSoftware(Asset a, Need n, String arch, String abi, Offer machine, Offer os) {
        List<Candidate> list = new ArrayList<>();
        Component currentOs = component(a, ComponentKind.OS);
        boolean server = a.getKind() == AssetKind.SERVER
                || (currentOs != null && norm(currentOs.getProduct()).contains("server"));
        for (Offer o : offers) {
            CatalogProduct p = o.product();
            if (!n.categories().contains(p.getCategory())) {
                continue;
            }
            if (arch != null && !supports(p, arch, abi)) {
                continue;
            }
            Candidate c = new Candidate(o);
            c.add(40, msg("reason.category", p.getCategory()));
            if (arch != null) {
                c.add(5, msg("reason.build", arch + ("loongarch64".equals(arch) && abi != null ? " " + abi : "")));
            }
            String edition = Products.spec(p, "edition");
            if (edition != null && p.getCategory() == ProductCategory.OPERATING_SYSTEM) {
                boolean wantServer = server;
                if (edition.equalsIgnoreCase("server") == wantServer) {
                    c.add(15, msg("reason.edition", edition));
                } else {
                    c.add(-15, msg("reason.edition.other", edition));
                }
            }
            Offer partner = p.getCategory() == ProductCategory.OPERATING_SYSTEM ? machine : os;
            if (partner != null) {
                if (certified(o, partner)) {
                    c.add(20, msg("reason.certified.with", partner.product().getNameEn()));
                } else {
                    c.add(-10, msg("reason.not.certified.with", partner.product().getNameEn()));
                }
            }
            if (hint(p, n.currentVendor(), n.currentProduct())) {
                c.add(10, msg("reason.replaces", named(n.currentVendor(), n.currentProduct())));
            }
            common(c, p);
            list.add(c);
        }
        finish(list);
        return list;
    }

    private void common(Candidate c, CatalogProduct p) {
        if (preferred(p.getVendor())) {
            c.add(15, msg("reason.preferred", p.getVendor()));
        }
        int lt = p.getLeadTimeDays();
        if (lt <= 30) {
            c.add(5, msg("reason.lead.short", lt));
        } else if (lt <= 60) {
            c.add(2, msg("reason.lead", lt));
        } else if (lt > 90) {
            c.add(-5, msg("reason.lead.long", lt));
        } else {
            c.add(0, msg("reason.lead", lt));
        }
    }

    /** Price points (cheapest of the list +5, dearest 0), then the order: score, price, reference. */
    private void finish(List<Candidate> list) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (Candidate c : list) {
            min = Math.min(min, c.offer.product().getPrice());
            max = Math.max(max, c.offer.product().getPrice());
        }
        for (Candidate c : list) {
            CatalogProduct p = c.offer.product();
            double pts = max > min ? 5 * (max - p.getPrice()) / (max - min) : 5;
            c.add(pts, msg(p.isPriceIsSample() ? "reason.price.sample" : "reason.price",
                    priceText.computeIfAbsent(p, q -> String.format(Locale.ROOT, "%.0f", q.getPrice())), nz(p.getCurrency())));
            c.score = Math.round(Math.max(0, Math.min(100, c.score)) * 10) / 10.0;
        }
        list.sort(Comparator.comparingDouble((Candidate c) -> -c.score)
                .thenComparingDouble(c -> c.offer.product().getPrice())
                .thenComparing(c -> c.offer.ref()));
    }

    /** Titles on the asset that have no build for the target: Windows-only on non-x86, or architectures listed without it. */
    private List<Text> portingFindings(Asset a, String arch, String abi) {
        if (arch == null) {
            return new ArrayList<>();
        }
        return portingFindings(portingTitles(a), windows(a), arch);
    }

    private List<Text> portingFindings(List<SoftwareTitle> titles, boolean windows, String arch) {
        List<Text> out = new ArrayList<>();
        if (arch == null) {
            return out;
        }
        for (SoftwareTitle t : titles) {
            Text f = finding(t, arch, windows);
            if (f != NO_FINDING) {
                out.add(f);
            }
        }
        return out;
    }

    /** The titles of an asset that may need a build for a new platform, whatever the platform (one per name, in install order). */
    private List<SoftwareTitle> portingTitles(Asset a) {
        List<SoftwareTitle> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SoftwareInstall si : a.getSoftware()) {
            SoftwareTitle t = si.getTitle();
            if (t == null || t.getName() == null || !seen.add(normName(t))) {
                continue;
            }
            SoftwareCategory sc = t.getCategory();
            if (sc == SoftwareCategory.DRIVER || sc == SoftwareCategory.RUNTIME || sc == SoftwareCategory.OPERATING_SYSTEM) {
                continue;
            }
            if (categoryOf(t) != null) {
                continue; // replaced by a catalog product of its own category
            }
            out.add(t);
        }
        return out;
    }

    private record FindingKey(SoftwareTitle title, String arch, boolean windows) {
    }

    private static final Text NO_FINDING = new Text("", "");
    private final Map<FindingKey, Text> findingCache = new java.util.concurrent.ConcurrentHashMap<>();

    /** The finding of one title on a target architecture, or {@link #NO_FINDING}; the same for every asset. */
    private Text finding(SoftwareTitle t, String arch, boolean windows) {
        FindingKey k = new FindingKey(t, arch, windows);
        Text f = findingCache.get(k);
        if (f == null) {
            f = computeFinding(t, arch, windows);
            findingCache.put(k, f);
        }
        return f;
    }

    private Text computeFinding(SoftwareTitle t, String arch, boolean windows) {
        List<String> builds = t.getArchitectures();
        boolean noBuild;
        boolean windowsOnly = false;
        if (!builds.isEmpty()) {
            noBuild = !builds.contains(arch) && !("x86_64".equals(arch) && builds.contains("x86_64"));
        } else {
            windowsOnly = windows;
            noBuild = windows && !"x86_64".equals(arch);
        }
        if (!noBuild) {
            return NO_FINDING;
        }
        Offer alt = alternative(t);
        String name = t.getPublisher() == null || norm(t.getName()).startsWith(norm(t.getPublisher())) ? t.getName()
                : t.getName() + " (" + t.getPublisher() + ")";
        if (alt != null) {
            return msg(windowsOnly ? "finding.windows.alternative" : "finding.nobuild.alternative", name, arch,
                    alt.product().getNameEn());
        }
        return msg(windowsOnly ? "finding.windows.porting" : "finding.nobuild.porting", name, arch);
    }

    private Offer alternative(SoftwareTitle t) {
        Offer cached = titleAlternative.get(t);
        if (cached == null) {
            cached = NONE;
            ProductCategory own = categoryOf(t);
            for (Offer o : offers) {
                if ((own == null || own == o.product().getCategory()) && replacesTitle(o.product(), t)) {
                    cached = o;
                    break;
                }
            }
            titleAlternative.put(t, cached);
        }
        return cached == NONE ? null : cached;
    }

    private void addFindings(Asset a, List<Candidate> list, String arch) {
        List<Text> f = portingFindings(a, arch, null);
        for (Candidate c : list) {
            c.findings.addAll(f);
        }
    }

    /** The site's platform: the one whose best candidates score highest summed over the site's machines. */
    private static Map<String, String> sitePlatforms(List<Asset> assets, List<Candidate>[] hardware) {
        Map<String, Map<String, Double>> sums = new TreeMap<>();
        for (int i = 0; i < hardware.length; i++) {
            if (hardware[i] == null || !isComputer(assets.get(i).getKind())) {
                continue;
            }
            Map<String, Double> best = new TreeMap<>();
            for (Candidate c : hardware[i]) {
                best.merge(platformOf(c.offer.product()), c.score, Math::max);
            }
            Map<String, Double> site = sums.computeIfAbsent(site(assets.get(i)), k -> new TreeMap<>());
            best.forEach((k, v) -> site.merge(k, v, Double::sum));
        }
        Map<String, String> out = new HashMap<>();
        sums.forEach((site, m) -> {
            String pick = null;
            double score = -1;
            for (Map.Entry<String, Double> e : m.entrySet()) {
                if (e.getValue() > score) {
                    score = e.getValue();
                    pick = e.getKey();
                }
            }
            if (pick != null) {
                out.put(site, pick);
            }
        });
        return out;
    }

    /** Removing a foreign title where a domestic one of the same category is already installed: nothing to buy. */
    private Match uninstall(Asset a, Need n) {
        Match m = OrigoFactory.eINSTANCE.createMatch();
        m.setAsset(a);
        m.setAssetId(a.getId());
        m.setTarget(n.target());
        m.setRank(1);
        m.setAction(ACTION_UNINSTALL);
        m.setPrice(0);
        m.setScore(100);
        m.getReasons().add(pooled(msg("reason.uninstall", named(n.currentVendor(), n.currentProduct()), n.keep())));
        return m;
    }

    private List<Match> toMatches(Asset a, Need n, List<Candidate> list) {
        List<Match> out = new ArrayList<>();
        int max = Math.max(1, policy.candidates());
        if (list.isEmpty()) {
            Match m = OrigoFactory.eINSTANCE.createMatch();
            m.setAsset(a);
            m.setAssetId(a.getId());
            m.setTarget(n.target());
            m.setRank(0);
            m.setAction(ACTION_REVIEW);
            m.getReasons().add(pooled(msg("reason.none", n.categories().get(0))));
            out.add(m);
            return out;
        }
        for (int i = 0; i < Math.min(max, list.size()); i++) {
            Candidate c = list.get(i);
            CatalogProduct p = c.offer.product();
            Match m = OrigoFactory.eINSTANCE.createMatch();
            m.setAsset(a);
            m.setAssetId(a.getId());
            m.setTarget(n.target());
            m.setRank(i + 1);
            m.setProductId(p.getId());
            m.setVendor(p.getVendor());
            m.setProductName(p.getNameEn());
            m.setCatalogId(c.offer.catalog().getId());
            m.setScore(c.score);
            m.setPrice(p.getPrice());
            m.setCurrency(p.getCurrency());
            m.setAction(HARDWARE.equals(n.target()) ? ACTION_REPLACE : ACTION_SWAP);
            for (Text r : c.reasons) {
                m.getReasons().add(pooled(r));
            }
            for (Text f : c.findings) {
                m.getFindings().add(pooled(f));
            }
            out.add(m);
        }
        return out;
    }
}
