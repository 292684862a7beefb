package org.origo.report.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.origo.api.Text;
import org.origo.model.VerdictOutcome;
import org.origo.plan.tracking.Burndown;
import org.origo.plan.tracking.PhaseProgress;

/**
 * The leadership summary as a sequence of blocks (headings, paragraphs, key figures, tables), in
 * one language with the headings also in the other: the HTML report and the PDF render the same
 * content, each in its own medium. Money is in yuan (CNY).
 */
public final class SummaryDocument {

    /** A block of the summary. */
    public sealed interface Block permits Heading, Paragraph, Figures, TableBlock, Curve {
    }

    /** A section heading, with the same heading in the other language. */
    public record Heading(String id, String text, String other) implements Block {
    }

    /** Tone of a paragraph: plain, lead (larger), ok (green), warn (red), note (muted). */
    public enum Tone {
        PLAIN, LEAD, OK, WARN, NOTE
    }

    public record Paragraph(String text, Tone tone) implements Block {
    }

    /** A key figure: label, value, a detail line, and a style name (total, replace, review, keep, us, cost). */
    public record Figure(String style, String label, String value, String detail) {
    }

    public record Figures(List<Figure> figures) implements Block {
    }

    /**
     * A table: its caption, column headers, which columns are numeric, rows, and an optional total
     * row (null when none).
     */
    public record TableBlock(String id, String caption, List<String> headers, boolean[] numeric, List<List<String>> rows,
            List<String> total) implements Block {
    }

    /** The 30/50/20 curve: per year the target share done by year end, the planned share and (when measured) the actual. */
    public record Curve(String caption, List<Integer> years, double[] target, double[] planned, Double[] actual, String targetLabel,
            String plannedLabel, String actualLabel) implements Block {
    }

    /** Groups shown by name in the phase × group tables; the rest are summed in one row. */
    public static final int TOP_GROUPS = 12;
    /** Causes listed per outcome. */
    public static final int CAUSES = 6;

    private final ReportData d;
    private final Locale l;
    private final Locale other;
    private final Formats f;
    private final List<Block> blocks = new ArrayList<>();

    private SummaryDocument(ReportData d) {
        this.d = d;
        this.l = d.locale();
        this.other = Text.isChinese(l) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        this.f = new Formats(l);
    }

    /** The summary of the report data, in the data's language. */
    public static List<Block> of(ReportData d) {
        SummaryDocument s = new SummaryDocument(d);
        s.build();
        return List.copyOf(s.blocks);
    }

    private String m(String key, Object... args) {
        return Labels.text(l, key, args);
    }

    private void heading(String id, String key) {
        blocks.add(new Heading(id, Labels.text(l, key), Labels.text(other, key)));
    }

    private void para(Tone tone, String text) {
        blocks.add(new Paragraph(text, tone));
    }

    private void build() {
        Leadership lead = d.leadership();
        int total = d.total();
        int replace = d.count(ReportData.REPLACE);
        int review = d.count(ReportData.REVIEW);
        int keep = d.count(ReportData.KEEP);
        int us = d.count(ReportData.ANY_US);

        heading("leadership", "lead.title");
        para(Tone.LEAD, m("lead.bottom.assets", f.integer(total), f.integer(replace), f.share(replace, total), f.integer(us),
                f.share(us, total)));
        if (d.plan() != null && !lead.phases().isEmpty()) {
            List<Leadership.PhaseFigures> ph = lead.phases();
            para(Tone.LEAD, m("lead.bottom.plan", f.integer(lead.planned()), String.valueOf(ph.get(0).year()),
                    String.valueOf(ph.get(ph.size() - 1).year()), f.yuanCompact(lead.totalCost())));
            if (lead.totalBudget() > 0) {
                para(lead.fitsBudget() ? Tone.OK : Tone.WARN, lead.fitsBudget() ? m("lead.budget.fits", f.yuanCompact(lead.totalBudget()))
                        : m("lead.budget.over", overList(lead)));
            } else {
                para(Tone.NOTE, m("lead.budget.none"));
            }
        } else {
            para(Tone.NOTE, m("lead.plan.none"));
        }

        List<Figure> figs = new ArrayList<>();
        figs.add(new Figure("total", m("lead.fig.total"), f.integer(total), m("lead.fig.sites", f.integer(d.bySite().size()))));
        figs.add(new Figure("replace", Labels.verdict(VerdictOutcome.REPLACE, l), f.integer(replace), f.share(replace, total)));
        figs.add(new Figure("review", Labels.verdict(VerdictOutcome.REVIEW, l), f.integer(review), f.share(review, total)));
        figs.add(new Figure("keep", Labels.verdict(VerdictOutcome.KEEP, l), f.integer(keep), f.share(keep, total)));
        figs.add(new Figure("us", m("lead.fig.us"), f.share(us, total), m("lead.fig.us.detail", f.integer(us))));
        if (d.plan() != null) {
            figs.add(new Figure("cost", m("lead.fig.cost"), f.yuanCompact(lead.totalCost()), m("lead.fig.cost.detail", f.yuan(lead.totalCost()))));
        }
        blocks.add(new Figures(figs));

        if (d.plan() != null && !lead.phases().isEmpty()) {
            phases(lead);
            groups("phase-site", "lead.site.title", Labels.column("site", l), lead.bySite(), lead);
            groups("phase-department", "lead.department.title", Labels.column("department", l), lead.byDepartment(), lead);
        }
        causes();
        uncertain(lead, review, total);
        progress(lead);
    }

    private String overList(Leadership lead) {
        List<String> over = new ArrayList<>();
        for (Leadership.PhaseFigures p : lead.phases()) {
            if (!p.fits()) {
                over.add(m("lead.budget.over.item", String.valueOf(p.year()), f.yuan(p.cost() - p.budget())));
            }
        }
        return String.join(Text.isChinese(l) ? "；" : "; ", over);
    }

    private void phases(Leadership lead) {
        heading("cost", "lead.cost.title");
        List<List<String>> rows = new ArrayList<>();
        for (Leadership.PhaseFigures p : lead.phases()) {
            rows.add(List.of(f.integer(p.index()), String.valueOf(p.year()), f.percent(p.targetShare() / 100.0), f.integer(p.count()),
                    f.share(p.count(), lead.planned()), f.amount(p.cost()), p.hasBudget() ? f.amount(p.budget()) : m("lead.budget.no.cap"),
                    !p.hasBudget() ? "" : p.fits() ? m("lead.fit.yes", f.percent(p.cost() / p.budget())) : m("lead.fit.no", f.amount(p.cost() - p.budget()))));
        }
        List<String> total = List.of(m("lead.total"), "", "", f.integer(lead.planned()), lead.planned() == 0 ? "" : f.percent(1),
                f.amount(lead.totalCost()), lead.totalBudget() > 0 ? f.amount(lead.totalBudget()) : "", "");
        blocks.add(new TableBlock("cost", null, List.of(Labels.column("phase", l), Labels.column("year", l), Labels.column("target_share", l),
                Labels.column("assets", l), Labels.column("share", l), m("lead.col.cost"), m("lead.col.budget"), m("lead.col.fit")),
                new boolean[] { true, true, true, true, true, true, true, false }, rows, total));
    }

    /** Phase × group: for each phase the count and cost, then the totals; the largest groups by cost by name. */
    private void groups(String id, String titleKey, String column, Map<String, Leadership.Cell[]> groups, Leadership lead) {
        heading(id, titleKey);
        List<Map.Entry<String, Leadership.Cell[]>> list = new ArrayList<>(groups.entrySet());
        list.sort((a, b) -> {
            int c = Double.compare(cost(b.getValue()), cost(a.getValue()));
            return c != 0 ? c : a.getKey().compareTo(b.getKey());
        });
        int n = lead.phases().size();
        List<String> headers = new ArrayList<>();
        headers.add(column);
        for (Leadership.PhaseFigures p : lead.phases()) {
            headers.add(m("lead.col.phase.count", String.valueOf(p.year())));
            headers.add(m("lead.col.phase.cost", String.valueOf(p.year())));
        }
        headers.add(m("lead.col.total.count"));
        headers.add(m("lead.col.total.cost"));
        boolean[] numeric = new boolean[headers.size()];
        java.util.Arrays.fill(numeric, 1, numeric.length, true);
        List<List<String>> rows = new ArrayList<>();
        Leadership.Cell[] rest = cells(n);
        int others = 0;
        for (int i = 0; i < list.size(); i++) {
            Leadership.Cell[] c = list.get(i).getValue();
            if (i < TOP_GROUPS) {
                String name = list.get(i).getKey().isEmpty() ? m("lead.unnamed") : list.get(i).getKey();
                rows.add(row(name, c));
            } else {
                others++;
                for (int k = 0; k < n; k++) {
                    rest[k].count += c[k].count;
                    rest[k].cost += c[k].cost;
                }
            }
        }
        if (others > 0) {
            rows.add(row(m("lead.others", f.integer(others)), rest));
        }
        Leadership.Cell[] all = cells(n);
        for (Leadership.PhaseFigures p : lead.phases()) {
            int k = lead.phases().indexOf(p);
            all[k].count = p.count();
            all[k].cost = p.cost();
        }
        blocks.add(new TableBlock(id, null, headers, numeric, rows, row(m("lead.total"), all)));
    }

    private static Leadership.Cell[] cells(int n) {
        Leadership.Cell[] c = new Leadership.Cell[n];
        for (int i = 0; i < n; i++) {
            c[i] = new Leadership.Cell();
        }
        return c;
    }

    private List<String> row(String name, Leadership.Cell[] c) {
        List<String> r = new ArrayList<>();
        r.add(name);
        int count = 0;
        double cost = 0;
        for (Leadership.Cell x : c) {
            r.add(f.integer(x.count));
            r.add(f.amount(x.cost));
            count += x.count;
            cost += x.cost;
        }
        r.add(f.integer(count));
        r.add(f.amount(cost));
        return r;
    }

    private static double cost(Leadership.Cell[] c) {
        double s = 0;
        for (Leadership.Cell x : c) {
            s += x.cost;
        }
        return s;
    }

    private void causes() {
        heading("causes", "lead.causes.title");
        List<ReportData.Cause> causes = d.causes(VerdictOutcome.REPLACE, CAUSES);
        if (causes.isEmpty()) {
            para(Tone.NOTE, m("lead.causes.none"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (ReportData.Cause c : causes) {
            rows.add(List.of(c.label(l), f.integer(c.count()), f.share(c.count(), d.count(ReportData.REPLACE)), c.example(l)));
        }
        blocks.add(new TableBlock("causes", null, List.of(m("lead.col.cause"), Labels.column("assets", l), m("lead.col.of.replace"),
                m("lead.col.example")), new boolean[] { false, true, true, false }, rows, null));
    }

    private void uncertain(Leadership lead, int review, int total) {
        heading("uncertain", "lead.uncertain.title");
        para(review > 0 ? Tone.WARN : Tone.OK, review > 0 ? m("lead.review", f.integer(review), f.share(review, total)) : m("lead.review.none"));
        List<ReportData.Cause> causes = d.causes(VerdictOutcome.REVIEW, CAUSES);
        if (!causes.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (ReportData.Cause c : causes) {
                rows.add(List.of(c.label(l), f.integer(c.count()), c.example(l)));
            }
            blocks.add(new TableBlock("review-causes", null, List.of(m("lead.col.review.cause"), Labels.column("assets", l),
                    m("lead.col.example")), new boolean[] { false, true, false }, rows, null));
        }
        if (lead.problemCount() > 0) {
            int errors = 0;
            for (Leadership.FileProblems fp : lead.problems()) {
                errors += fp.errors();
            }
            para(Tone.WARN, m("lead.quality", f.integer(lead.problemCount()), f.integer(lead.problems().size()), f.integer(errors)));
        } else {
            para(Tone.OK, m("lead.quality.none"));
        }
        int estimates = 0;
        if (d.plan() != null) {
            for (var it : d.plan().getItems()) {
                if (org.origo.plan.tracking.PlanTexts.isEstimate(it)) {
                    estimates++;
                }
            }
        }
        if (estimates > 0) {
            para(Tone.NOTE, m("lead.estimates", f.integer(estimates), f.integer(lead.planned())));
        }
        para(Tone.NOTE, m("lead.prices"));
    }

    private void progress(Leadership lead) {
        if (d.plan() == null || lead.phases().isEmpty()) {
            return;
        }
        heading("curve", "lead.curve.title");
        List<Leadership.PhaseFigures> ph = lead.phases();
        int n = ph.size();
        List<Integer> years = new ArrayList<>();
        double[] target = new double[n];
        double[] planned = new double[n];
        Double[] actual = new Double[n];
        double t = 0;
        int p = 0;
        for (int i = 0; i < n; i++) {
            years.add(ph.get(i).year());
            t += ph.get(i).targetShare() / 100.0;
            p += ph.get(i).count();
            target[i] = Math.min(1, t);
            planned[i] = lead.planned() == 0 ? 0 : p / (double) lead.planned();
        }
        Burndown b = d.progress().orElse(null);
        // measured only by an inventory imported after the plan was made
        if (b != null && (b.asOf() == null || d.plan().getCreatedAt() == null || !b.asOf().after(d.plan().getCreatedAt()))) {
            b = null;
        }
        if (b != null) {
            int done = 0;
            for (int i = 0; i < n && i < b.phases().size(); i++) {
                PhaseProgress pp = b.phases().get(i);
                done += pp.done();
                if (pp.due() && b.planned() > 0) {
                    actual[i] = done / (double) b.planned();
                }
            }
        }
        if (b != null && b.done() > 0) {
            int behind = b.behind();
            para(behind > 0 ? Tone.WARN : Tone.OK, behind > 0 ? m("lead.progress.behind", f.integer(b.done()), f.integer(b.planned()),
                    f.integer(behind), String.valueOf(b.asOfYear()))
                    : m("lead.progress.ahead", f.integer(b.done()), f.integer(b.planned()), String.valueOf(b.asOfYear())));
        } else {
            para(Tone.NOTE, m("lead.progress.none"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(List.of(String.valueOf(years.get(i)), f.percent(target[i]), f.percent(planned[i]),
                    actual[i] == null ? "–" : f.percent(actual[i])));
        }
        blocks.add(new TableBlock("curve", null, List.of(Labels.column("year", l), m("lead.curve.target"), m("lead.curve.planned"),
                m("lead.curve.actual")), new boolean[] { true, true, true, true }, rows, null));
        blocks.add(new Curve(m("lead.curve.caption"), years, target, planned, actual, m("lead.curve.target"), m("lead.curve.planned"),
                m("lead.curve.actual")));
    }
}
