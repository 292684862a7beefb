package org.origo.report.html.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.core.ProjectStore;
import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Match;
import org.origo.model.Phase;
import org.origo.model.Plan;
import org.origo.model.PlanItem;
import org.origo.model.Project;
import org.origo.model.ShareBasis;
import org.origo.model.Verdict;
import org.origo.model.VerdictOutcome;
import org.origo.plan.tracking.Burndown;
import org.origo.plan.tracking.GroupProgress;
import org.origo.plan.tracking.PhaseProgress;
import org.origo.plan.tracking.PlanTexts;
import org.origo.report.api.ReportRenderer;
import org.origo.report.api.ReportRequest;
import org.origo.report.html.internal.i18n.HtmlMessages;
import org.origo.report.tables.AtomicFiles;
import org.origo.report.tables.Formats;
import org.origo.report.tables.Labels;
import org.origo.report.tables.Leadership;
import org.origo.report.tables.ReportData;
import org.origo.report.tables.SummaryDocument;
import org.osgi.service.component.annotations.Component;

/**
 * Writes {@code report.html}: one self-contained, printable file (inline CSS and SVG, no scripts,
 * no external resources) with the executive summary, the plan with budgets, progress against the
 * target, top reasons, findings and a per-asset appendix with explanations. Every value that comes
 * from the project is HTML-escaped. The appendix is capped (project setting
 * {@value #SETTING_APPENDIX_MAX}, default {@value #DEFAULT_APPENDIX_MAX}) and says so, pointing to
 * the XLSX and CSV reports for the complete list.
 */
@Component(service = ReportRenderer.class, property = { ReportRenderer.PROP_ID + "=html", ReportRenderer.PROP_FORMAT + "=html" })
public class HtmlReportRenderer implements ReportRenderer {

    /** The report of one language: {@code report.en.html}, {@code report.zh.html}. */
    public static String fileName(Locale locale) {
        return "report." + (Text.isChinese(locale) ? "zh" : "en") + ".html";
    }

    /** The detailed appendix of one language: machines of each year, every import problem, every asset. */
    public static String appendixName(Locale locale) {
        return "report-appendix." + (Text.isChinese(locale) ? "zh" : "en") + ".html";
    }

    /** Import problems listed in the report itself; the appendix lists all. */
    static final int PROBLEMS_IN_REPORT = 200;
    public static final String SETTING_APPENDIX_MAX = "report.html.appendix.max";
    public static final int DEFAULT_APPENDIX_MAX = 2000;
    /** Sites and departments shown by name; the rest are counted in one line. */
    static final int TOP_GROUPS = 25;

    @Override
    public String id() {
        return "html";
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public Text label() {
        return HtmlMessages.get("renderer.html");
    }

    @Override
    public List<Path> render(Project project, ReportRequest request) throws OrigoException {
        ReportData d = ReportData.of(project, request);
        Path target = request.outputDirectory().resolve(fileName(d.locale()));
        Path appendix = request.outputDirectory().resolve(appendixName(d.locale()));
        int cap = appendixMax(project);
        AtomicFiles.write(target, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            new Page(new Html(w), d, request, cap).write();
            w.flush();
        });
        if (!request.wants("verdicts") && !request.wants("plan")) {
            return List.of(target);
        }
        AtomicFiles.write(appendix, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            new Page(new Html(w), d, request, cap).writeAppendix();
            w.flush();
        });
        return List.of(target, appendix);
    }

    private static int appendixMax(Project project) {
        String s = ProjectStore.setting(project, SETTING_APPENDIX_MAX);
        if (s != null) {
            try {
                return Math.max(0, Integer.parseInt(s.trim()));
            } catch (NumberFormatException e) {
                // an unreadable setting falls back to the default
            }
        }
        return DEFAULT_APPENDIX_MAX;
    }

    /** One rendering. */
    private static final class Page {
        private final Html h;
        private final ReportData d;
        private final ReportRequest request;
        private final Locale l;
        private final Formats f;
        private final int cap;

        Page(Html h, ReportData d, ReportRequest request, int cap) {
            this.h = h;
            this.d = d;
            this.request = request;
            this.l = d.locale();
            this.f = new Formats(l);
            this.cap = cap;
        }

        private String m(String key, Object... args) {
            return HtmlMessages.get(l, key, args);
        }

        private String t(String key, Object... args) {
            return Labels.text(l, key, args);
        }

        void write() throws IOException {
            String title = m("title", d.project().getName() == null ? "" : d.project().getName());
            open(title);
            header(title, false);
            if (request.wants("summary")) {
                leadership();
                summary();
            }
            if (request.wants("plan")) {
                plan();
            }
            if (request.wants("progress")) {
                progress();
            }
            if (request.wants("summary")) {
                reasons();
            }
            if (request.wants("findings")) {
                findings();
            }
            if (request.wants("summary")) {
                dataQuality(PROBLEMS_IN_REPORT);
            }
            if (request.wants("verdicts") || request.wants("plan")) {
                h.raw("<section id=\"appendix\">").el("h2", null, m("appendix.title"));
                h.raw("<p class=\"lead\">").text(m("appendix.file.lead")).raw(" <a href=\"").text(appendixName(l)).raw("\">")
                        .text(appendixName(l)).raw("</a></p></section>\n");
            }
            h.raw("<footer>").text(m("footer")).raw("</footer>\n</body>\n</html>\n");
        }

        /** The detailed appendix: machines of each year, every import problem, every asset with its explanation. */
        void writeAppendix() throws IOException {
            String title = m("appendix.file.title", d.project().getName() == null ? "" : d.project().getName());
            open(title);
            header(title, true);
            if (request.wants("plan")) {
                machines();
            }
            if (request.wants("summary")) {
                dataQuality(Integer.MAX_VALUE);
            }
            if (request.wants("verdicts")) {
                appendix();
            }
            h.raw("<footer>").text(m("footer")).raw("</footer>\n</body>\n</html>\n");
        }

        private void open(String title) throws IOException {
            h.raw("<!DOCTYPE html>\n<html lang=\"").raw(Text.isChinese(l) ? "zh-CN" : "en").raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
                    .raw("<title>").text(title).raw("</title>\n<style>").raw(CSS).raw("</style>\n</head>\n<body>\n");
        }

        private void header(String title, boolean appendixFile) throws IOException {
            h.raw("<header>").el("h1", null, title).raw("<dl class=\"meta\">");
            h.el("dt", null, m("meta.profile")).el("dd", null, d.profileId() == null ? m("meta.none") : d.profileId());
            if (d.snapshot() != null) {
                String inv = d.snapshot().getId() == null ? "" : d.snapshot().getId();
                if (d.snapshot().getImportedAt() != null) {
                    inv += " (" + f.date(d.snapshot().getImportedAt()) + ")";
                }
                h.el("dt", null, m("meta.inventory")).el("dd", null, inv);
            }
            h.el("dt", null, m("meta.generated")).el("dd", null, f.date(new Date()));
            h.raw("</dl><nav>");
            if (appendixFile) {
                h.raw("<a href=\"").text(fileName(l)).raw("\">").text(m("nav.report")).raw("</a> ");
                for (String s : new String[] { "machines", "quality", "assets" }) {
                    h.raw("<a href=\"#").raw(s).raw("\">").text(m("nav." + s)).raw("</a> ");
                }
            } else {
                for (String s : new String[] { "leadership", "summary", "plan", "progress", "reasons", "findings", "quality", "appendix" }) {
                    h.raw("<a href=\"#").raw(s).raw("\">").text(m("nav." + s)).raw("</a> ");
                }
            }
            h.raw("</nav></header>\n");
        }

        private void summary() throws IOException {
            int total = d.total();
            h.raw("<section id=\"summary\">").el("h2", null, m("summary.title")).raw("<div class=\"cards\">");
            card("total", m("card.total"), f.integer(total), "");
            card("replace", m("card.replace"), f.integer(d.count(ReportData.REPLACE)), m("card.share", f.share(d.count(ReportData.REPLACE), total)));
            card("review", m("card.review"), f.integer(d.count(ReportData.REVIEW)), m("card.share", f.share(d.count(ReportData.REVIEW), total)));
            card("keep", m("card.keep"), f.integer(d.count(ReportData.KEEP)), m("card.share", f.share(d.count(ReportData.KEEP), total)));
            card("us", m("card.us"), f.integer(d.count(ReportData.ANY_US)), m("card.us.detail", f.share(d.count(ReportData.ANY_US), total),
                    f.share(d.count(ReportData.ANY_US), d.count(ReportData.REPLACE))));
            h.raw("</div>\n");
            String[] series = { Labels.verdict(VerdictOutcome.REPLACE, l), Labels.verdict(VerdictOutcome.REVIEW, l),
                    Labels.verdict(VerdictOutcome.KEEP, l), Labels.verdict(null, l) };
            h.raw(Svg.stackedBars(m("chart.verdicts"), List.of(m("card.total")),
                    new int[][] { { d.count(0), d.count(1), d.count(2), d.count(3) } }, series, Svg.VERDICT_COLOURS, List.of(f.integer(total))));

            h.el("h3", null, m("summary.kind"));
            List<String> labels = new ArrayList<>();
            List<int[]> values = new ArrayList<>();
            for (Map.Entry<AssetKind, int[]> e : d.byKind().entrySet()) {
                labels.add(Labels.kind(e.getKey(), l));
                values.add(e.getValue());
            }
            breakdown(Labels.column("kind", l), labels, values, series);

            group("site", m("summary.site"), Labels.column("site", l), d.bySite(), series);
            group("department", m("summary.department"), Labels.column("department", l), d.byDepartment(), series);
            h.raw("</section>\n");
        }

        private void card(String cls, String label, String value, String detail) throws IOException {
            h.raw("<div class=\"card ").raw(cls).raw("\" data-figure=\"").raw(cls).raw("\">").el("div", "label", label)
                    .el("div", "value", value).el("div", "detail", detail).raw("</div>");
        }

        private void group(String id, String title, String column, Map<String, int[]> groups, String[] series) throws IOException {
            h.el("h3", null, title);
            List<Map.Entry<String, int[]>> list = new ArrayList<>(groups.entrySet());
            list.sort((a, b) -> {
                int ta = sum(a.getValue()), tb = sum(b.getValue());
                return ta != tb ? Integer.compare(tb, ta) : a.getKey().compareTo(b.getKey());
            });
            List<String> labels = new ArrayList<>();
            List<int[]> values = new ArrayList<>();
            for (int i = 0; i < list.size() && i < TOP_GROUPS; i++) {
                labels.add(list.get(i).getKey().isEmpty() ? m("summary.unnamed") : list.get(i).getKey());
                values.add(list.get(i).getValue());
            }
            breakdown(column, labels, values, series);
            if (list.size() > TOP_GROUPS) {
                h.el("p", "note", m("summary.site.others", f.integer(list.size() - TOP_GROUPS)));
            }
        }

        private static int sum(int[] c) {
            return c[0] + c[1] + c[2] + c[3];
        }

        /** A table (name, assets, replace, review, keep, US origin, share) and its stacked-bar chart. */
        private void breakdown(String nameColumn, List<String> labels, List<int[]> values, String[] series) throws IOException {
            boolean[] num = { false, true, true, true, true, true, true };
            h.raw("<div class=\"pair\"><table>").head(num, nameColumn, Labels.column("assets", l), Labels.column("replace", l),
                    Labels.column("review", l), Labels.column("keep", l), Labels.column("any_us", l), Labels.column("share", l));
            h.raw("<tbody>");
            int[][] bars = new int[labels.size()][];
            List<String> totals = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                int[] c = values.get(i);
                int t = sum(c);
                h.row(new String[] { labels.get(i), f.integer(t), f.integer(c[0]), f.integer(c[1]), f.integer(c[2]), f.integer(c[4]),
                        f.share(t, d.total()) }, num);
                bars[i] = new int[] { c[0], c[1], c[2], c[3] };
                totals.add(f.integer(t));
            }
            h.raw("</tbody></table>");
            h.raw(Svg.stackedBars(nameColumn, labels, bars, series, Svg.VERDICT_COLOURS, totals));
            h.raw("</div>\n");
        }

        private void plan() throws IOException {
            h.raw("<section id=\"plan\">").el("h2", null, m("plan.title"));
            Plan p = d.plan();
            if (p == null) {
                h.el("p", "note", m("plan.none")).raw("</section>\n");
                return;
            }
            double totalCost = 0;
            int estimates = 0;
            for (PlanItem i : p.getItems()) {
                totalCost += i.getCost();
                if (PlanTexts.isEstimate(i)) {
                    estimates++;
                }
            }
            int items = p.getItems().size();
            h.el("p", null, m("plan.name", planLabel(p), m(p.getBasis() == ShareBasis.COST ? "plan.basis.cost" : "plan.basis.count")));
            h.el("p", "lead", m("plan.total", f.integer(items), f.money(totalCost)));
            boolean[] num = { true, true, true, true, true, true, true, true };
            h.raw("<table>").head(num, Labels.column("phase", l), Labels.column("year", l), Labels.column("target_share", l),
                    Labels.column("planned", l), Labels.column("share", l), Labels.column("cost", l), Labels.column("budget", l),
                    m("plan.budget.used"));
            h.raw("<tbody>");
            List<String> labels = new ArrayList<>();
            int[] planned = new int[p.getPhases().size()];
            double[] target = new double[p.getPhases().size()];
            int k = 0;
            for (Phase ph : p.getPhases()) {
                double share = p.getBasis() == ShareBasis.COST ? (totalCost == 0 ? 0 : ph.getPlannedCost() / totalCost)
                        : (items == 0 ? 0 : ph.getPlannedCount() / (double) items);
                h.row(new String[] { f.integer(ph.getIndex()), String.valueOf(ph.getYear()), f.percent(ph.getTargetShare() / 100.0),
                        f.integer(ph.getPlannedCount()), f.percent(share), f.money(ph.getPlannedCost()),
                        ph.getBudget() > 0 ? f.money(ph.getBudget()) : m("plan.no.budget"),
                        ph.getBudget() > 0 ? f.percent(ph.getPlannedCost() / ph.getBudget()) : "" }, num);
                labels.add(ph.getYear() + "");
                planned[k] = ph.getPlannedCount();
                target[k] = items * ph.getTargetShare() / 100.0;
                k++;
            }
            h.raw("</tbody></table>\n");
            h.raw(Svg.phases(m("chart.plan"), labels, planned, target, m("legend.planned"), m("legend.target")));
            if (p.getRelaxations().isEmpty()) {
                h.el("p", "ok", m("plan.no.relaxations"));
            } else {
                h.raw("<div class=\"warn\">").el("h3", null, m("plan.relaxations")).raw("<ul>");
                for (String r : p.getRelaxations()) {
                    h.el("li", null, PlanTexts.relaxation(r, l));
                }
                h.raw("</ul></div>");
            }
            if (estimates > 0) {
                h.el("p", "note", m("plan.estimates", f.integer(estimates), f.integer(items)));
            }
            h.raw("</section>\n");
        }

        /** "Plan 2026–2028 (30/50/20)" in the report's language, from the phases with a target share. */
        private String planLabel(Plan p) {
            List<String> shares = new ArrayList<>();
            int first = Integer.MAX_VALUE, last = Integer.MIN_VALUE;
            for (Phase ph : p.getPhases()) {
                if (ph.getTargetShare() > 0) {
                    first = Math.min(first, ph.getYear());
                    last = Math.max(last, ph.getYear());
                    double t = ph.getTargetShare();
                    shares.add(t == Math.rint(t) ? String.valueOf((long) t) : String.valueOf(t));
                }
            }
            if (shares.isEmpty()) {
                return p.getName() == null ? "" : p.getName();
            }
            return m("plan.label", String.valueOf(first), String.valueOf(last), String.join("/", shares));
        }

        private void progress() throws IOException {
            h.raw("<section id=\"progress\">").el("h2", null, m("progress.title"));
            if (d.progress().isEmpty()) {
                h.el("p", "note", m("progress.none")).raw("</section>\n");
                return;
            }
            Burndown b = d.progress().get();
            h.el("p", "lead", m("progress.summary", b.snapshotId() == null ? "" : b.snapshotId(), f.date(b.asOf()), f.integer(b.done()),
                    f.integer(b.planned()), f.integer(b.replaced()), f.integer(b.gone()), f.integer(b.remaining()),
                    f.integer(b.newForeign())));
            int behind = b.behind();
            h.el("p", behind > 0 ? "warn-line" : "ok",
                    m(behind > 0 ? "progress.behind" : "progress.ahead", f.integer(Math.abs(behind)), String.valueOf(b.asOfYear() - 1)));
            List<Integer> years = new ArrayList<>();
            double[] target = new double[b.curve().size()];
            Integer[] actual = new Integer[b.curve().size()];
            for (int i = 0; i < b.curve().size(); i++) {
                Burndown.CurvePoint c = b.curve().get(i);
                years.add(c.year());
                target[i] = c.targetRemaining();
                actual[i] = c.actualRemaining();
            }
            h.raw(Svg.burndown(m("chart.burndown"), years, target, actual, m("legend.target"), m("legend.actual")));
            boolean[] num = { true, true, true, true, true, true, true, true, true };
            h.raw("<table>").head(num, Labels.column("phase", l), Labels.column("year", l), Labels.column("target_share", l),
                    Labels.column("planned", l), Labels.column("replaced", l), Labels.column("gone", l), Labels.column("remaining", l),
                    Labels.column("new_foreign", l), Labels.column("target_remaining", l)).raw("<tbody>");
            for (PhaseProgress p : b.phases()) {
                h.row(new String[] { f.integer(p.index()), String.valueOf(p.year()), f.percent(p.targetShare() / 100.0),
                        f.integer(p.planned()), f.integer(p.replaced()), f.integer(p.gone()), f.integer(p.remaining()),
                        f.integer(p.newForeign()), f.integer(Math.round(p.targetRemainingAfter())) }, num);
            }
            h.raw("</tbody></table>\n");
            progressGroups(Labels.column("site", l), b.sites());
            progressGroups(Labels.column("department", l), b.departments());
            h.raw("</section>\n");
        }

        private void progressGroups(String title, List<GroupProgress> groups) throws IOException {
            List<GroupProgress> list = new ArrayList<>(groups);
            list.sort((a, c) -> a.planned() != c.planned() ? Integer.compare(c.planned(), a.planned()) : a.name().compareTo(c.name()));
            boolean[] num = { false, true, true, true, true, true, true };
            h.raw("<table>").head(num, title, Labels.column("planned", l), Labels.column("replaced", l), Labels.column("gone", l),
                    Labels.column("remaining", l), Labels.column("new_foreign", l), Labels.column("share", l)).raw("<tbody>");
            for (int i = 0; i < list.size() && i < TOP_GROUPS; i++) {
                GroupProgress g = list.get(i);
                h.row(new String[] { g.name().isEmpty() ? m("summary.unnamed") : g.name(), f.integer(g.planned()), f.integer(g.replaced()),
                        f.integer(g.gone()), f.integer(g.remaining()), f.integer(g.newForeign()), f.percent(g.doneShare()) }, num);
            }
            h.raw("</tbody></table>\n");
        }

        /** The causes of REPLACE and REVIEW in plain words, each with a distinct example and the rule behind it. */
        private void reasons() throws IOException {
            h.raw("<section id=\"reasons\">").el("h2", null, m("reasons.title"));
            boolean any = false;
            for (VerdictOutcome o : new VerdictOutcome[] { VerdictOutcome.REPLACE, VerdictOutcome.REVIEW }) {
                List<ReportData.Cause> causes = d.causes(o, 10);
                if (causes.isEmpty()) {
                    continue;
                }
                any = true;
                h.el("h3", null, m(o == VerdictOutcome.REPLACE ? "reasons.replace" : "reasons.review"));
                boolean[] num = { false, true, true, false, false };
                h.raw("<table>").head(num, t("lead.col.cause"), m("reasons.count"), Labels.column("share", l), t("lead.col.example"),
                        m("reasons.rule")).raw("<tbody>");
                for (ReportData.Cause c : causes) {
                    h.raw("<tr><td>").text(c.label(l)).raw("</td><td class=\"n\">").text(f.integer(c.count())).raw("</td><td class=\"n\">")
                            .text(f.share(c.count(), d.total())).raw("</td><td>").text(c.example(l)).raw("</td><td class=\"rule\">")
                            .text(c.ruleId()).raw("</td></tr>");
                }
                h.raw("</tbody></table>");
            }
            if (!any) {
                h.el("p", "note", m("reasons.none"));
            }
            h.raw("</section>\n");
        }

        /** The leadership summary: the same blocks the PDF renders. */
        private void leadership() throws IOException {
            h.raw("<section id=\"leadership\" class=\"leadership\">");
            boolean first = true;
            for (SummaryDocument.Block b : SummaryDocument.of(d)) {
                if (b instanceof SummaryDocument.Heading hd) {
                    String tag = first ? "h2" : "h3";
                    h.raw("<").raw(tag).raw(" id=\"lead-").raw(hd.id()).raw("\">").text(hd.text()).raw(" <span class=\"other\">")
                            .text(hd.other()).raw("</span></").raw(tag).raw(">");
                    first = false;
                } else if (b instanceof SummaryDocument.Paragraph p) {
                    h.el("p", switch (p.tone()) {
                    case LEAD -> "lead";
                    case OK -> "ok";
                    case WARN -> "warn-line";
                    case NOTE -> "note";
                    case PLAIN -> null;
                    }, p.text());
                } else if (b instanceof SummaryDocument.Figures fs) {
                    h.raw("<div class=\"cards\">");
                    for (SummaryDocument.Figure fg : fs.figures()) {
                        card(fg.style(), fg.label(), fg.value(), fg.detail());
                    }
                    h.raw("</div>\n");
                } else if (b instanceof SummaryDocument.TableBlock tb) {
                    h.raw("<table class=\"lt ").raw(tb.id()).raw("\">").head(tb.numeric(), tb.headers().toArray(new String[0])).raw("<tbody>");
                    for (List<String> r : tb.rows()) {
                        h.row(r.toArray(new String[0]), tb.numeric());
                    }
                    h.raw("</tbody>");
                    if (tb.total() != null) {
                        h.raw("<tfoot>");
                        h.row(tb.total().toArray(new String[0]), tb.numeric());
                        h.raw("</tfoot>");
                    }
                    h.raw("</table>\n");
                } else if (b instanceof SummaryDocument.Curve c) {
                    h.raw(Svg.curve(c.caption(), c.years(), c.target(), c.planned(), c.actual(), c.targetLabel(), c.plannedLabel(),
                            c.actualLabel(), f::percent));
                }
            }
            h.raw("</section>\n");
        }

        /** Import problems by file, then by file and line (at most {@code limit} lines). */
        private void dataQuality(int limit) throws IOException {
            Leadership lead = d.leadership();
            h.raw("<section id=\"quality\">").el("h2", null, t("dq.title"));
            if (lead.problemCount() == 0) {
                h.el("p", "ok", t("dq.none")).raw("</section>\n");
                return;
            }
            h.el("h3", null, t("dq.files"));
            boolean[] num = { false, true, true };
            h.raw("<table>").head(num, t("dq.col.file"), t("dq.col.errors"), t("dq.col.warnings")).raw("<tbody>");
            for (Leadership.FileProblems fp : lead.problems()) {
                h.row(new String[] { fp.file(), f.integer(fp.errors()), f.integer(fp.warnings()) }, num);
            }
            h.raw("</tbody></table>");
            h.el("h3", null, t("dq.list"));
            if (lead.problemCount() > limit) {
                h.el("p", "note", t("dq.capped", f.integer(limit), f.integer(lead.problemCount()), appendixName(l)));
            }
            boolean[] num2 = { false, true, false, false, false };
            h.raw("<table class=\"problems\">").head(num2, t("dq.col.file"), t("dq.col.line"), t("dq.col.field"), t("dq.col.severity"),
                    t("dq.col.message")).raw("<tbody>");
            int n = 0;
            for (Leadership.FileProblems fp : lead.problems()) {
                for (org.origo.model.ImportProblem p : fp.problems()) {
                    if (n++ >= limit) {
                        break;
                    }
                    String msg = Text.isChinese(l) && p.getMessageZh() != null && !p.getMessageZh().isEmpty() ? p.getMessageZh()
                            : nz(p.getMessageEn());
                    h.row(new String[] { fp.file(), p.getLine() > 0 ? String.valueOf(p.getLine()) : "", nz(p.getField()),
                            p.getSeverity() == null ? "" : t("severity." + p.getSeverity().getLiteral()), msg }, num2);
                }
            }
            h.raw("</tbody></table></section>\n");
        }

        /** For each year of the plan: the machines replaced, with host name, user, site, product and cost. */
        private void machines() throws IOException {
            Leadership lead = d.leadership();
            h.raw("<section id=\"machines\">");
            if (d.plan() == null) {
                h.el("h2", null, t("machines.title", "")).el("p", "note", t("machines.none")).raw("</section>\n");
                return;
            }
            boolean[] num = { false, false, false, false, false, false, false, true };
            for (Leadership.PhaseFigures p : lead.phases()) {
                List<Leadership.Machine> list = lead.machines().getOrDefault(p.year(), List.of());
                h.raw("<div class=\"year\">").el("h2", null, t("machines.title", String.valueOf(p.year())));
                h.el("p", "lead", t("machines.count", f.integer(list.size()), f.yuan(p.cost())));
                h.raw("<table class=\"machines\">").head(num, Labels.column("hostname", l), Labels.column("asset_id", l), Labels.column("kind", l),
                        Labels.column("owner", l), Labels.column("site", l), Labels.column("department", l), Labels.column("product", l),
                        t("lead.col.cost")).raw("<tbody>\n");
                for (Leadership.Machine mc : list) {
                    h.row(new String[] { mc.hostname(), mc.assetId(), mc.kind().isEmpty() ? "" : Labels.kind(org.origo.model.AssetKind.get(mc.kind()), l),
                            mc.user(), mc.site(), mc.department(), mc.product().isEmpty() ? m("machines.estimate") : mc.product(), f.yuan(mc.cost()) },
                            num);
                }
                h.raw("</tbody></table></div>\n");
            }
            h.raw("</section>\n");
        }

        private void findings() throws IOException {
            h.raw("<section id=\"findings\">").el("h2", null, m("findings.title"));
            List<ReportData.FindingCount> list = d.findings(50);
            if (list.isEmpty()) {
                h.el("p", "note", m("findings.none")).raw("</section>\n");
                return;
            }
            boolean[] num = { false, true, false };
            h.raw("<table>").head(num, Labels.column("finding", l), Labels.column("assets", l), Labels.column("example_asset", l))
                    .raw("<tbody>");
            for (ReportData.FindingCount fc : list) {
                h.row(new String[] { fc.finding, f.integer(fc.count), fc.exampleAsset }, num);
            }
            h.raw("</tbody></table></section>\n");
        }

        private void appendix() throws IOException {
            h.raw("<section id=\"assets\">").el("h2", null, m("appendix.assets.title"));
            int total = d.total();
            int shown = Math.min(cap, total);
            h.el("p", shown < total ? "warn-line" : "note", shown < total ? m("appendix.capped", f.integer(shown), f.integer(total))
                    : m("appendix.all", f.integer(total)));
            Map<String, PlanItem> planned = new HashMap<>();
            if (d.plan() != null) {
                for (PlanItem i : d.plan().getItems()) {
                    planned.put(i.getAssetId(), i);
                }
            }
            h.raw("<table class=\"appendix\">").head(null, Labels.column("asset_id", l), Labels.column("hostname", l), Labels.column("kind", l),
                    m("appendix.where"), Labels.column("brand", l), Labels.column("cpu", l), Labels.column("os", l),
                    Labels.column("verdict", l), Labels.column("any_us", l), m("appendix.explanation")).raw("<tbody>\n");
            int n = 0;
            // REPLACE with US origin, other REPLACE, REVIEW, KEEP, not classified
            for (int pass = 0; pass < 5 && n < shown; pass++) {
                for (Asset a : d.assets()) {
                    if (n >= shown) {
                        break;
                    }
                    Verdict v = d.verdict(a);
                    if (passOf(v) != pass) {
                        continue;
                    }
                    n++;
                    String where = nz(a.getSite()) + (nz(a.getDepartment()).isEmpty() ? "" : " / " + nz(a.getDepartment()));
                    String verdict = Labels.verdict(v == null ? null : v.getOutcome(), l);
                    h.raw("<tr class=\"v").raw(String.valueOf(pass)).raw("\">");
                    for (String c : new String[] { a.getId(), a.getHostname(), Labels.kind(a.getKind(), l), where, ReportData.brand(a),
                            ReportData.cpu(a), ReportData.os(a), verdict,
                            v == null ? "" : Labels.text(l, v.isAnyUs() ? "value.yes" : "value.no") }) {
                        h.raw("<td>").text(c).raw("</td>");
                    }
                    h.raw("<td>");
                    if (v != null) {
                        h.text(Text.isChinese(l) && v.getReasonZh() != null && !v.getReasonZh().isEmpty() ? v.getReasonZh()
                                : nz(v.getReasonEn()));
                    }
                    PlanItem it = planned.get(a.getId());
                    if (it != null) {
                        h.raw("<br><span class=\"plan\">").text(m("appendix.plan", PlanTexts.reason(it, l))).raw("</span>");
                    }
                    List<Match> ms = d.matches(a.getId());
                    for (Match mt : ms) {
                        for (String fd : mt.getFindings()) {
                            h.raw("<br><span class=\"finding\">").text(org.origo.api.Text.decode(fd).in(l)).raw("</span>");
                        }
                    }
                    h.raw("</td></tr>\n");
                }
            }
            h.raw("</tbody></table></section>\n");
        }

        private static int passOf(Verdict v) {
            if (v == null || v.getOutcome() == null) {
                return 4;
            }
            return switch (v.getOutcome()) {
            case REPLACE -> v.isAnyUs() ? 0 : 1;
            case REVIEW -> 2;
            case KEEP -> 3;
            };
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
    }

    private static final String CSS = """
            :root{--fg:#1f2933;--muted:#616e7c;--line:#d9e2ec;--accent:#2b6cb0}
            *{box-sizing:border-box}
            body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",system-ui,sans-serif;color:var(--fg);margin:0 auto;max-width:1180px;padding:24px;line-height:1.45;font-size:14px}
            h1{font-size:24px;margin:0 0 8px}h2{font-size:19px;border-bottom:2px solid var(--accent);padding-bottom:4px;margin-top:32px}h3{font-size:15px;margin:20px 0 8px}
            .meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;color:var(--muted);margin:0 0 8px}.meta dt{font-weight:600}.meta dd{margin:0}
            nav a{color:var(--accent);margin-right:12px;text-decoration:none}
            .cards{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0}
            .card{border:1px solid var(--line);border-radius:6px;padding:10px 14px;min-width:170px;flex:1}
            .card .label{color:var(--muted);font-size:12px}.card .value{font-size:26px;font-weight:700}.card .detail{font-size:12px;color:var(--muted)}
            .card.replace .value{color:#c0392b}.card.review .value{color:#b7791f}.card.keep .value{color:#2e8b57}.card.us .value{color:#8e2d2d}
            table{border-collapse:collapse;margin:8px 0 12px;width:100%}th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#f0f4f8;font-weight:600}th.n{text-align:right}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .pair{display:block}.chart{max-width:100%;height:auto;display:block;margin:6px 0 14px}
            .chart .lb{font-size:11px;fill:#1f2933}.chart .lg{font-size:12px;fill:#1f2933}
            .warn{border-left:4px solid #c0392b;background:#fdf2f2;padding:6px 12px;margin:10px 0}.warn h3{margin:4px 0}
            .warn-line{color:#8e2d2d;font-weight:600}.ok{color:#2e7d32}.note{color:var(--muted)}.lead{font-size:15px}
            table.appendix{font-size:12px}table.appendix td{word-break:break-word}
            tr.v0 td:nth-child(8),tr.v1 td:nth-child(8){color:#c0392b;font-weight:600}tr.v3 td:nth-child(8){color:#2e8b57}
            .plan{color:var(--accent)}.finding{color:#8e2d2d}
            footer{margin-top:32px;color:var(--muted);font-size:12px;border-top:1px solid var(--line);padding-top:8px}
            h2 .other,h3 .other{font-weight:400;color:var(--muted);font-size:.8em;margin-left:6px}
            table.lt tfoot td{font-weight:700;border-top:2px solid var(--fg)}
            table.lt.phase-site,table.lt.phase-department{font-size:12px}
            td.rule{color:var(--muted);font-size:11px;white-space:nowrap}
            table.problems,table.machines{font-size:12px}
            @page{size:A4;margin:14mm 12mm}
            @media print{body{max-width:none;padding:0;font-size:10.5px}nav{display:none}section{break-before:page}#leadership{break-before:auto}
            .cards{gap:6px}.card{min-width:0;padding:6px 8px}.card .value{font-size:20px}
            table.lt.phase-site,table.lt.phase-department,table.problems,table.machines,table.appendix{font-size:9px}
            .year{break-before:page}.year:first-child{break-before:auto}
            tr,.card,.chart{break-inside:avoid}thead{display:table-header-group}tfoot{display:table-row-group}a{color:inherit}}
            """;
}
