package org.origo.report.tables;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Match;
import org.origo.model.Phase;
import org.origo.model.Plan;
import org.origo.model.PlanItem;
import org.origo.model.Verdict;
import org.origo.plan.tracking.Burndown;
import org.origo.plan.tracking.PhaseProgress;
import org.origo.plan.tracking.PlanTexts;

/**
 * The report tables. Column ids are the machine-readable CSV headers and never change with the
 * language; values that are prose (plan reasons, summary item names in the extended forms) follow
 * the locale. The {@code extended} forms (XLSX, HTML) add columns after the contract columns.
 */
public final class Tables {

    private static Column text(String id, int width) {
        return new Column(id, CellType.TEXT, width);
    }

    private static Column col(String id, CellType type, int width) {
        return new Column(id, type, width);
    }

    /** verdicts.csv: the classification contract. */
    public static final Table VERDICTS = new Table("verdicts", "verdicts.csv",
            List.of(text("asset_id", 16), text("hostname", 20), text("serial", 16), text("kind", 12), text("brand", 14),
                    text("cpu", 30), text("os", 28), text("verdict", 10), col("any_us", CellType.BOOLEAN, 8), text("rules", 24),
                    text("reason_en", 60), text("reason_zh", 50), text("source", 24)));

    /** The assets sheet: the verdict columns and where the asset is. */
    public static final Table ASSETS = new Table("verdicts", "verdicts.csv", concat(VERDICTS.columns(),
            List.of(text("site", 16), text("department", 14), text("owner", 10), col("purchase_date", CellType.DATE, 12),
                    col("criticality", CellType.CODE, 10))));

    /** matches.csv: the matching contract. */
    public static final Table MATCHES = new Table("matches", "matches.csv",
            List.of(text("asset_id", 16), text("component", 14), col("rank", CellType.CODE, 6), text("product_id", 20),
                    text("vendor", 14), text("product", 28), col("score", CellType.DECIMAL, 8), text("reasons", 60)));

    public static final Table MATCHES_EXTENDED = new Table("matches", "matches.csv", concat(MATCHES.columns(),
            List.of(col("price", CellType.DECIMAL, 12), text("catalog", 16), text("findings", 40))));

    /** plan.csv: the plan contract. */
    public static final Table PLAN = new Table("plan", "plan.csv", List.of(text("asset_id", 16), col("phase", CellType.CODE, 6),
            col("year", CellType.CODE, 6), text("product_id", 20), col("cost", CellType.DECIMAL, 12), text("reason", 80)));

    public static final Table PLAN_EXTENDED = new Table("plan", "plan.csv",
            concat(PLAN.columns(), List.of(col("estimate", CellType.BOOLEAN, 8), text("site", 16), text("department", 14),
                    text("hostname", 18), text("kind", 12), text("owner", 10))));

    /** summary.csv: one row per figure. */
    public static final Table SUMMARY = new Table("summary", "summary.csv",
            List.of(text("section", 12), text("item", 24), col("assets", CellType.INTEGER, 10), col("share", CellType.PERCENT, 9),
                    col("replace", CellType.INTEGER, 9), col("review", CellType.INTEGER, 9), col("keep", CellType.INTEGER, 9),
                    col("any_us", CellType.INTEGER, 9), col("cost", CellType.DECIMAL, 14), col("budget", CellType.DECIMAL, 14)));

    /** progress.csv: the burn-down per phase. */
    public static final Table PROGRESS = new Table("progress", "progress.csv",
            List.of(col("phase", CellType.CODE, 6), col("year", CellType.CODE, 6), col("target_share", CellType.PERCENT, 10),
                    col("planned", CellType.INTEGER, 9), col("replaced", CellType.INTEGER, 9), col("gone", CellType.INTEGER, 9),
                    col("remaining", CellType.INTEGER, 9), col("new_foreign", CellType.INTEGER, 9),
                    col("target_remaining", CellType.INTEGER, 12)));

    /** findings.csv: software without a build for the target architecture and other matching findings. */
    public static final Table FINDINGS = new Table("findings", "findings.csv",
            List.of(text("finding", 70), col("assets", CellType.INTEGER, 9), text("example_asset", 16)));

    private Tables() {
    }

    private static List<Column> concat(List<Column> a, List<Column> b) {
        List<Column> l = new ArrayList<>(a);
        l.addAll(b);
        return List.copyOf(l);
    }

    /** One row per asset of the latest inventory. */
    public static void verdicts(ReportData d, boolean extended, RowSink sink) throws IOException {
        Object[] row = new Object[extended ? ASSETS.columns().size() : VERDICTS.columns().size()];
        Leadership sources = d.leadership();
        for (Asset a : d.assets()) {
            Verdict v = d.verdict(a);
            row[0] = a.getId();
            row[1] = a.getHostname();
            row[2] = a.getSerial();
            row[3] = (a.getKind() == null ? AssetKind.UNKNOWN : a.getKind()).getLiteral();
            row[4] = ReportData.brand(a);
            row[5] = ReportData.cpu(a);
            row[6] = ReportData.os(a);
            row[7] = v == null || v.getOutcome() == null ? "" : v.getOutcome().getLiteral();
            row[8] = v == null ? null : v.isAnyUs();
            row[9] = v == null ? "" : String.join(";", v.getRuleIds());
            row[10] = v == null ? "" : v.getReasonEn();
            row[11] = v == null ? "" : v.getReasonZh();
            row[12] = sources.relativeAll(a.getSources());
            if (extended) {
                row[13] = a.getSite();
                row[14] = a.getDepartment();
                row[15] = a.getOwner();
                row[16] = a.getPurchaseDate();
                row[17] = a.getCriticality();
            }
            sink.row(row);
        }
    }

    /** Bilingual model strings ({@link org.origo.api.Text#decode}) in the report's language, joined. */
    /** Texts of one table in one language, decoded and joined once each: the same reasons recur on every match. */
    private static final class Localizer {
        private static final int JOINED_LIMIT = 200_000;
        private final java.util.Locale locale;
        private final java.util.Map<String, String> decoded = new java.util.HashMap<>();
        private final java.util.Map<java.util.List<String>, String> joined = new java.util.HashMap<>();

        Localizer(java.util.Locale locale) {
            this.locale = locale;
        }

        /** The stored texts in the report's language, joined with "; ". */
        String join(java.util.List<String> stored) {
            int n = stored.size();
            if (n == 0) {
                return "";
            }
            if (n == 1) {
                return one(stored.get(0));
            }
            String j = joined.get(stored); // keyed by content; a hit allocates nothing
            if (j != null) {
                return j;
            }
            StringBuilder sb = new StringBuilder();
            for (String s : stored) {
                if (sb.length() > 0) {
                    sb.append("; ");
                }
                sb.append(one(s));
            }
            j = sb.toString();
            if (joined.size() < JOINED_LIMIT) {
                joined.put(java.util.List.copyOf(stored), j);
            }
            return j;
        }

        /** One stored text in the report's language. */
        String one(String s) {
            if (s == null) {
                return org.origo.api.Text.decode(null).in(locale);
            }
            String v = decoded.get(s);
            if (v == null) {
                v = org.origo.api.Text.decode(s).in(locale);
                decoded.put(s, v);
            }
            return v;
        }
    }

    /** One row per match, in the project's order. */
    public static void matches(ReportData d, boolean extended, RowSink sink) throws IOException {
        Object[] row = new Object[extended ? MATCHES_EXTENDED.columns().size() : MATCHES.columns().size()];
        Localizer texts = new Localizer(d.locale());
        for (Match m : d.project().getMatches()) {
            row[0] = ReportData.assetId(m);
            row[1] = m.getTarget();
            row[2] = m.getRank();
            row[3] = m.getProductId();
            row[4] = m.getVendor();
            row[5] = m.getProductName();
            row[6] = m.getScore();
            row[7] = texts.join(m.getReasons());
            if (extended) {
                row[8] = m.getPrice();
                row[9] = m.getCatalogId();
                row[10] = texts.join(m.getFindings());
            }
            sink.row(row);
        }
    }

    /** One row per plan item, reasons in the report's language. Nothing when there is no plan. */
    public static void plan(ReportData d, boolean extended, RowSink sink) throws IOException {
        Plan p = d.plan();
        if (p == null) {
            return;
        }
        Object[] row = new Object[extended ? PLAN_EXTENDED.columns().size() : PLAN.columns().size()];
        for (PlanItem i : p.getItems()) {
            Phase ph = i.getPhase();
            row[0] = i.getAssetId();
            row[1] = ph == null ? null : ph.getIndex();
            row[2] = ph == null ? null : ph.getYear();
            row[3] = i.getProductId();
            row[4] = i.getCost();
            row[5] = PlanTexts.reason(i, d.locale());
            if (extended) {
                row[6] = PlanTexts.isEstimate(i);
                Asset a = i.getAsset();
                row[7] = a == null ? "" : a.getSite();
                row[8] = a == null ? "" : a.getDepartment();
                row[9] = a == null ? "" : a.getHostname();
                row[10] = a == null ? "" : (a.getKind() == null ? AssetKind.UNKNOWN : a.getKind()).getLiteral();
                row[11] = a == null ? "" : a.getOwner();
            }
            sink.row(row);
        }
    }

    /**
     * The summary: totals, verdicts, US-origin share, kinds, sites, departments and plan phases.
     * With {@code localized} the item names are for people (verdict and kind names in the report's
     * language); without, they are the machine literals.
     */
    public static void summary(ReportData d, boolean localized, RowSink sink) throws IOException {
        Locale l = d.locale();
        int total = d.total();
        Object[] row = new Object[SUMMARY.columns().size()];
        String all = localized ? Labels.text(l, "summary.all") : "all";
        emit(sink, row, section("total", localized, l), all, total, total, counters(d));
        String[] names = { "REPLACE", "REVIEW", "KEEP" };
        int[] slots = { ReportData.REPLACE, ReportData.REVIEW, ReportData.KEEP };
        for (int i = 0; i < 3; i++) {
            String item = localized ? Labels.verdict(org.origo.model.VerdictOutcome.get(names[i]), l) : names[i];
            emit(sink, row, section("verdict", localized, l), item, d.count(slots[i]), total, null);
        }
        if (d.count(ReportData.NONE) > 0) {
            emit(sink, row, section("verdict", localized, l), localized ? Labels.verdict(null, l) : "NONE",
                    d.count(ReportData.NONE), total, null);
        }
        emit(sink, row, section("any_us", localized, l), localized ? Labels.text(l, "summary.any_us") : "REPLACE_ANY_US",
                d.count(ReportData.ANY_US), total, null);
        for (Map.Entry<AssetKind, int[]> e : d.byKind().entrySet()) {
            emit(sink, row, section("kind", localized, l), localized ? Labels.kind(e.getKey(), l) : e.getKey().getLiteral(),
                    sum(e.getValue()), total, e.getValue());
        }
        for (Map.Entry<String, int[]> e : d.bySite().entrySet()) {
            emit(sink, row, section("site", localized, l), e.getKey(), sum(e.getValue()), total, e.getValue());
        }
        for (Map.Entry<String, int[]> e : d.byDepartment().entrySet()) {
            emit(sink, row, section("department", localized, l), e.getKey(), sum(e.getValue()), total, e.getValue());
        }
        Plan p = d.plan();
        if (p != null) {
            int items = p.getItems().size();
            for (Phase ph : p.getPhases()) {
                java.util.Arrays.fill(row, null);
                row[0] = section("phase", localized, l);
                row[1] = localized ? Labels.text(l, "summary.phase", ph.getIndex(), String.valueOf(ph.getYear()))
                        : ph.getIndex() + " " + ph.getYear();
                row[2] = ph.getPlannedCount();
                row[3] = items == 0 ? 0.0 : ph.getPlannedCount() / (double) items;
                row[8] = ph.getPlannedCost();
                row[9] = ph.getBudget() > 0 ? ph.getBudget() : null;
                sink.row(row);
            }
        }
    }

    private static int[] counters(ReportData d) {
        return new int[] { d.count(0), d.count(1), d.count(2), d.count(3), d.count(4) };
    }

    private static String section(String id, boolean localized, Locale l) {
        return localized ? Labels.section(id, l) : id;
    }

    private static int sum(int[] c) {
        return c[0] + c[1] + c[2] + c[3];
    }

    private static void emit(RowSink sink, Object[] row, String section, String item, int count, int total, int[] c)
            throws IOException {
        java.util.Arrays.fill(row, null);
        row[0] = section;
        row[1] = item;
        row[2] = count;
        row[3] = total == 0 ? 0.0 : count / (double) total;
        if (c != null) {
            row[4] = c[ReportData.REPLACE];
            row[5] = c[ReportData.REVIEW];
            row[6] = c[ReportData.KEEP];
            row[7] = c[ReportData.ANY_US];
        }
        sink.row(row);
    }

    /** The burn-down per phase; nothing without a plan. */
    public static void progress(ReportData d, RowSink sink) throws IOException {
        if (d.progress().isEmpty()) {
            return;
        }
        Burndown b = d.progress().get();
        Object[] row = new Object[PROGRESS.columns().size()];
        for (PhaseProgress p : b.phases()) {
            row[0] = p.index();
            row[1] = p.year();
            row[2] = p.targetShare() / 100.0;
            row[3] = p.planned();
            row[4] = p.replaced();
            row[5] = p.gone();
            row[6] = p.remaining();
            row[7] = p.newForeign();
            row[8] = Math.round(p.targetRemainingAfter());
            sink.row(row);
        }
    }

    /** Findings of the matches, most assets first. */
    public static void findings(ReportData d, RowSink sink) throws IOException {
        Object[] row = new Object[FINDINGS.columns().size()];
        for (ReportData.FindingCount f : d.findings(Integer.MAX_VALUE)) {
            row[0] = f.finding;
            row[1] = f.count;
            row[2] = f.exampleAsset;
            sink.row(row);
        }
    }
}
