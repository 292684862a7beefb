package org.origo.report.tables;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.origo.core.Pipeline;
import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.InventorySnapshot;
import org.origo.model.Match;
import org.origo.model.Plan;
import org.origo.model.Project;
import org.origo.model.Verdict;
import org.origo.model.VerdictOutcome;
import org.origo.plan.tracking.Burndown;
import org.origo.plan.tracking.ProgressTracker;
import org.origo.report.api.ReportRequest;

/**
 * The figures of one project for one profile, computed in one pass over the latest inventory:
 * verdict counts, US-origin share, breakdowns by asset kind, site and department, the rules that
 * fired most, software findings of the matches, the plan and its progress.
 */
public final class ReportData {

    /** Counters of a breakdown: REPLACE, REVIEW, KEEP, not classified, REPLACE with US origin. */
    public static final int REPLACE = 0, REVIEW = 1, KEEP = 2, NONE = 3, ANY_US = 4;

    /** A rule and how many verdicts it appears in, with one example explanation. */
    public static final class RuleCount {
        public final String ruleId;
        public int count;
        public String exampleEn;
        public String exampleZh;

        RuleCount(String ruleId) {
            this.ruleId = ruleId;
        }

        public String example(Locale locale) {
            return org.origo.api.Text.isChinese(locale) && exampleZh != null && !exampleZh.isEmpty() ? exampleZh
                    : exampleEn == null ? "" : exampleEn;
        }
    }

    /** A software finding of the matches and how many assets it concerns. */
    public static final class FindingCount {
        public final String finding;
        public int count;
        public String exampleAsset;

        FindingCount(String finding) {
            this.finding = finding;
        }
    }

    private final Project project;
    private final String profileId;
    private final Locale locale;
    private final InventorySnapshot snapshot;
    private final List<Asset> assets;
    private final int[] totals = new int[5];
    private final Map<AssetKind, int[]> byKind = new EnumMap<>(AssetKind.class);
    private final Map<String, int[]> bySite = new TreeMap<>();
    private final Map<String, int[]> byDepartment = new TreeMap<>();
    private final Map<String, RuleCount> rules = new HashMap<>();
    private final Map<String, FindingCount> findings = new HashMap<>();
    private final Optional<Burndown> progress;
    private final Map<String, CauseTally> causeTallies = new HashMap<>();
    private Map<String, List<Match>> matchesByAsset;
    private Leadership leadership;

    private ReportData(Project project, String profileId, Locale locale) {
        this.project = project;
        this.profileId = profileId;
        this.locale = locale == null ? Locale.ENGLISH : locale;
        this.snapshot = Pipeline.latest(project);
        this.assets = Pipeline.currentAssets(project);
        for (Asset a : assets) {
            Verdict v = Pipeline.verdict(a, profileId);
            int slot = slot(v);
            boolean us = v != null && v.getOutcome() == VerdictOutcome.REPLACE && v.isAnyUs();
            add(totals, slot, us);
            add(byKind.computeIfAbsent(a.getKind() == null ? AssetKind.UNKNOWN : a.getKind(), k -> new int[5]), slot, us);
            add(bySite.computeIfAbsent(nz(a.getSite()), k -> new int[5]), slot, us);
            add(byDepartment.computeIfAbsent(nz(a.getDepartment()), k -> new int[5]), slot, us);
            if (v != null) {
                for (String r : v.getRuleIds()) {
                    RuleCount rc = rules.computeIfAbsent(r, RuleCount::new);
                    rc.count++;
                    if (rc.exampleEn == null) {
                        rc.exampleEn = v.getReasonEn();
                        rc.exampleZh = v.getReasonZh();
                    }
                    if (v.getOutcome() != null) {
                        causeTallies.computeIfAbsent(r, CauseTally::new).add(v);
                    }
                }
            }
        }
        Map<String, java.util.Set<String>> seen = new HashMap<>();
        // the same few findings recur on every match: each stored text is decoded once
        Map<String, String> decodedFindings = new HashMap<>();
        for (Match m : project.getMatches()) {
            for (String stored : m.getFindings()) {
                String f = decodedFindings.computeIfAbsent(stored, k -> org.origo.api.Text.decode(k).in(locale));
                String id = assetId(m);
                if (seen.computeIfAbsent(f, k -> new java.util.HashSet<>()).add(id)) {
                    FindingCount fc = findings.computeIfAbsent(f, FindingCount::new);
                    fc.count++;
                    if (fc.exampleAsset == null) {
                        fc.exampleAsset = id;
                    }
                }
            }
        }
        this.progress = project.getPlan() == null ? Optional.empty() : ProgressTracker.track(project, profileId);
    }

    /** The figures of the project for the request's profile (the project's profile when none is given). */
    public static ReportData of(Project project, ReportRequest request) {
        String profile = request.profileId() != null ? request.profileId() : project.getProfileId();
        return new ReportData(project, profile, request.locale());
    }

    private static int slot(Verdict v) {
        if (v == null || v.getOutcome() == null) {
            return NONE;
        }
        return switch (v.getOutcome()) {
        case REPLACE -> REPLACE;
        case REVIEW -> REVIEW;
        case KEEP -> KEEP;
        };
    }

    private static void add(int[] c, int slot, boolean us) {
        c[slot]++;
        if (us) {
            c[ANY_US]++;
        }
    }

    static String assetId(Match m) {
        return m.getAssetId() != null ? m.getAssetId() : m.getAsset() == null ? "" : nz(m.getAsset().getId());
    }

    static String nz(String s) {
        return s == null ? "" : s.trim();
    }

    public Project project() {
        return project;
    }

    public String profileId() {
        return profileId;
    }

    public Locale locale() {
        return locale;
    }

    /** The inventory reported on, or null when nothing was imported. */
    public InventorySnapshot snapshot() {
        return snapshot;
    }

    public List<Asset> assets() {
        return assets;
    }

    public int total() {
        return assets.size();
    }

    /** A total by counter index ({@link #REPLACE}, {@link #REVIEW}, {@link #KEEP}, {@link #NONE}, {@link #ANY_US}). */
    public int count(int counter) {
        return totals[counter];
    }

    public Verdict verdict(Asset a) {
        return Pipeline.verdict(a, profileId);
    }

    public Map<AssetKind, int[]> byKind() {
        return Collections.unmodifiableMap(byKind);
    }

    /** Counters by site, sorted by name (the empty name stands for "no site recorded"). */
    public Map<String, int[]> bySite() {
        return Collections.unmodifiableMap(bySite);
    }

    public Map<String, int[]> byDepartment() {
        return Collections.unmodifiableMap(byDepartment);
    }

    /** The rules that fired most, most frequent first, ties by id. */
    public List<RuleCount> topRules(int limit) {
        List<RuleCount> l = new ArrayList<>(rules.values());
        l.sort((a, b) -> a.count != b.count ? Integer.compare(b.count, a.count) : a.ruleId.compareTo(b.ruleId));
        return l.subList(0, Math.min(limit, l.size()));
    }

    /**
     * The main causes of one outcome in plain words, most verdicts first, each with an example
     * that no cause above it uses. A rule counts as a cause of REPLACE when it never appears in a
     * KEEP or REVIEW verdict, and of REVIEW when it never appears in a KEEP verdict: the rules that
     * confirm domestic origin (which KEEP verdicts carry) and findings are never listed.
     */
    public List<Cause> causes(VerdictOutcome outcome, int limit) {
        List<CauseTally> l = new ArrayList<>();
        for (CauseTally t : causeTallies.values()) {
            boolean review = REVIEW_CAUSES.contains(t.ruleId.substring(t.ruleId.indexOf('.') + 1));
            boolean cause = switch (outcome) {
            case REPLACE -> !review && t.counts[REPLACE] > 0 && t.counts[KEEP] == 0 && t.counts[REVIEW] == 0;
            case REVIEW -> t.counts[REVIEW] > 0 && (t.counts[KEEP] == 0 || review);
            case KEEP -> false;
            };
            if (cause) {
                l.add(t);
            }
        }
        int slot = outcome == VerdictOutcome.REPLACE ? REPLACE : outcome == VerdictOutcome.REVIEW ? REVIEW : KEEP;
        l.sort((a, b) -> a.counts[slot] != b.counts[slot] ? Integer.compare(b.counts[slot], a.counts[slot]) : a.ruleId.compareTo(b.ruleId));
        List<Cause> out = new ArrayList<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        for (CauseTally t : l) {
            if (out.size() >= limit) {
                break;
            }
            String[] example = null;
            for (String[] e : t.examples) {
                if (used.add(e[0])) {
                    example = e;
                    break;
                }
            }
            if (example == null) {
                example = t.examples.isEmpty() ? new String[] { "", "" } : t.examples.get(0);
            }
            out.add(new Cause(t.ruleId, t.counts[slot], example[0], example[1]));
        }
        return out;
    }

    /**
     * Rules (ids without the profile's prefix) that say an origin cannot be shown: causes of a
     * check, never of a replacement, even where they only appear beside a foreign component
     * (data: {@code causes.properties} beside this class).
     */
    private static final java.util.Set<String> REVIEW_CAUSES = loadReviewCauses();

    private static java.util.Set<String> loadReviewCauses() {
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in = ReportData.class.getResourceAsStream("causes.properties")) {
            if (in == null) {
                throw new IllegalStateException("missing causes.properties beside " + ReportData.class.getName());
            }
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        java.util.Set<String> s = new java.util.HashSet<>();
        for (String id : p.getProperty("review", "").split(",")) {
            if (!id.isBlank()) {
                s.add(id.trim());
            }
        }
        return java.util.Set.copyOf(s);
    }

    /** A cause of an outcome: the rule, how many verdicts it appears in and one example in each language. */
    public record Cause(String ruleId, int count, String exampleEn, String exampleZh) {

        /** The cause in plain words (a label per rule kept with the report texts; else the example). */
        public String label(Locale locale) {
            String suffix = ruleId.indexOf('.') > 0 ? ruleId.substring(ruleId.indexOf('.') + 1) : ruleId;
            String key = "cause." + suffix;
            if (org.origo.report.csv.internal.i18n.ReportMessages.has(key)) {
                return Labels.text(locale, key);
            }
            return example(locale);
        }

        public String example(Locale locale) {
            return org.origo.api.Text.isChinese(locale) && !exampleZh.isEmpty() ? exampleZh : exampleEn;
        }
    }

    /** Counts of a rule by the outcome of the verdicts it appears in, and a few distinct examples of its own text. */
    private static final class CauseTally {
        private static final int EXAMPLES = 8;
        final String ruleId;
        final int[] counts = new int[4];
        final List<String[]> examples = new ArrayList<>();

        CauseTally(String ruleId) {
            this.ruleId = ruleId;
        }

        void add(Verdict v) {
            counts[slot(v)]++;
            if (examples.size() < EXAMPLES && v.getOutcome() != VerdictOutcome.KEEP) {
                String en = item(v.getReasonEn(), " [" + ruleId + "]", false);
                if (en != null) {
                    for (String[] e : examples) {
                        if (e[0].equals(en)) {
                            return;
                        }
                    }
                    String zh = item(v.getReasonZh(), "［" + ruleId + "］", true);
                    examples.add(new String[] { en, zh == null ? en : zh });
                }
            }
        }

        /** The text of one rule's item in an explanation: "message [rule]" items follow a lead sentence. */
        static String item(String reason, String mark, boolean zh) {
            if (reason == null) {
                return null;
            }
            int i = reason.indexOf(mark);
            if (i < 0) {
                return null;
            }
            int start = zh ? Math.max(Math.max(reason.lastIndexOf('；', i), reason.lastIndexOf('。', i)), reason.lastIndexOf('］', i)) + 1
                    : Math.max(reason.lastIndexOf("; ", i), reason.lastIndexOf(". ", i)) + 2;
            if (start < 0 || start > i) {
                start = 0;
            }
            String s = reason.substring(Math.max(0, start), i).trim();
            return s.isEmpty() ? null : s;
        }
    }

    /** Costs by phase, site and department, machines per year, import problems, relative sources (built on first use). */
    public Leadership leadership() {
        if (leadership == null) {
            leadership = new Leadership(this);
        }
        return leadership;
    }

    /** Software findings of the matches (e.g. no build for the target architecture), most assets first. */
    public List<FindingCount> findings(int limit) {
        List<FindingCount> l = new ArrayList<>(findings.values());
        l.sort((a, b) -> a.count != b.count ? Integer.compare(b.count, a.count) : a.finding.compareTo(b.finding));
        return l.subList(0, Math.min(limit, l.size()));
    }

    public int findingCount() {
        return findings.size();
    }

    /** The saved plan, or null. */
    public Plan plan() {
        return project.getPlan();
    }

    /** The saved plan against the latest inventory, when there is a plan. */
    public Optional<Burndown> progress() {
        return progress;
    }

    /** The matches of one asset, rank order (built on first use). */
    public List<Match> matches(String assetId) {
        if (matchesByAsset == null) {
            Map<String, List<Match>> m = new LinkedHashMap<>();
            for (Match x : project.getMatches()) {
                m.computeIfAbsent(assetId(x), k -> new ArrayList<>()).add(x);
            }
            for (List<Match> l : m.values()) {
                l.sort((a, b) -> Integer.compare(a.getRank(), b.getRank()));
            }
            matchesByAsset = m;
        }
        return matchesByAsset.getOrDefault(assetId, List.of());
    }

    /** The first component of a kind, or null. */
    public static Component component(Asset a, ComponentKind kind) {
        for (Component c : a.getComponents()) {
            if (c.getKind() == kind) {
                return c;
            }
        }
        return null;
    }

    /** The brand as recorded: the canonical system vendor, else the raw one. */
    public static String brand(Asset a) {
        Component c = component(a, ComponentKind.SYSTEM);
        if (c == null) {
            return "";
        }
        return c.getVendor() != null && !c.getVendor().isBlank() ? c.getVendor() : nz(c.getRawVendor());
    }

    /** The CPU model string as recorded. */
    public static String cpu(Asset a) {
        Component c = component(a, ComponentKind.CPU);
        if (c == null) {
            return "";
        }
        return c.getProduct() != null && !c.getProduct().isBlank() ? c.getProduct() : nz(c.getVendor());
    }

    /** The operating system name (and version when recorded separately). */
    public static String os(Asset a) {
        Component c = component(a, ComponentKind.OS);
        if (c == null) {
            return "";
        }
        String p = nz(c.getProduct());
        String v = nz(c.getVersion());
        return v.isEmpty() || p.contains(v) ? p : p + " " + v;
    }
}
