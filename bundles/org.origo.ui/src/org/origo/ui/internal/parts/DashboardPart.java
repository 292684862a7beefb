package org.origo.ui.internal.parts;

import static org.origo.ui.internal.i18n.UiMessages.t;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.origo.core.Pipeline;
import org.origo.model.Asset;
import org.origo.model.Phase;
import org.origo.model.Plan;
import org.origo.model.PlanItem;
import org.origo.model.Project;
import org.origo.model.Verdict;
import org.origo.model.VerdictOutcome;
import org.origo.ui.internal.Part;
import org.origo.ui.internal.Workbench;
import org.origo.ui.internal.inventory.InventoryIndex;

/**
 * Charts drawn with GC: verdicts by asset category and by site (stacked bars), the US-origin share
 * of the assets to replace, and the progress of the plan against its target curve.
 */
public final class DashboardPart implements Part {

    public static final String ID = "dashboard";

    /** The figures the charts show, computed from the project. */
    public record Figures(Map<String, int[]> byKind, Map<String, int[]> bySite, int replace, int anyUs, int total,
            List<int[]> progress, List<String> phaseLabels) {
    }

    /** Bars per chart before the rest is summed up as "others". */
    public static final int TOP = 15;

    /** A clickable area of the charts: the inventory filtered by this column value (and verdict, or -1). */
    public record Hit(Rectangle area, InventoryIndex.Column column, String value, int verdict) {
    }

    private Workbench wb;
    private org.eclipse.swt.custom.ScrolledComposite scroll;
    private Canvas canvas;
    private Figures figures;
    private long computedRevision = -1;
    private final List<Hit> hits = new java.util.ArrayList<>();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "view.dashboard";
    }

    @Override
    public Control createControl(Composite parent, Workbench workbench) {
        this.wb = workbench;
        // scrolls when the window is small; bars are clickable (drill-down into the inventory)
        scroll = new org.eclipse.swt.custom.ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        canvas = new Canvas(scroll, SWT.DOUBLE_BUFFERED);
        scroll.setContent(canvas);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.setMinSize(760, 620);
        canvas.addPaintListener(e -> paint(e.gc, canvas.getClientArea()));
        canvas.addListener(SWT.Resize, e -> canvas.redraw());
        canvas.addListener(SWT.MouseUp, e -> {
            Hit h = hitAt(e.x, e.y);
            if (h != null) {
                drillDown(h);
            }
        });
        canvas.addListener(SWT.MouseMove, e -> canvas.setCursor(hitAt(e.x, e.y) == null ? null
                : canvas.getDisplay().getSystemCursor(SWT.CURSOR_HAND)));
        return scroll;
    }

    @Override
    public void refresh() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        Project p = wb.session().project();
        long rev = wb.session().revision();
        if (rev == computedRevision && figures != null) {
            return;
        }
        computedRevision = rev;
        figures = p == null ? null : compute(p);
        canvas.redraw();
    }

    public Figures figures() {
        return figures;
    }

    /** The clickable bar (or bar segment) at a point of the charts, or null. */
    public Hit hitAt(int x, int y) {
        Hit found = null;
        for (Hit h : hits) {
            if (h.area().contains(x, y)) {
                found = h; // segments are recorded after their bar: the most precise wins
            }
        }
        return found;
    }

    /** The clickable areas of the last paint. */
    public List<Hit> hits() {
        return List.copyOf(hits);
    }

    /** Shows the inventory filtered by what was clicked. */
    public void drillDown(Hit h) {
        InventoryPart inv = (InventoryPart) wb.showPart(InventoryPart.ID);
        inv.filterBy(h.column(), h.value(), h.verdict());
    }

    /**
     * The {@code max} largest entries by total, largest first, and the rest summed up in one entry
     * keyed {@code others} (none when nothing is left over).
     */
    public static Map<String, int[]> top(Map<String, int[]> data, int max, String others) {
        List<Map.Entry<String, int[]>> list = new java.util.ArrayList<>(data.entrySet());
        list.sort((a, b) -> Integer.compare(sum(b.getValue()), sum(a.getValue())));
        Map<String, int[]> out = new LinkedHashMap<>();
        int[] rest = null;
        int restCount = 0;
        for (int i = 0; i < list.size(); i++) {
            if (i < max || list.size() == max + 1) {
                out.put(list.get(i).getKey(), list.get(i).getValue());
            } else {
                if (rest == null) {
                    rest = new int[list.get(i).getValue().length];
                }
                for (int k = 0; k < rest.length; k++) {
                    rest[k] += list.get(i).getValue()[k];
                }
                restCount++;
            }
        }
        if (rest != null) {
            out.put(others + "\u0000" + restCount, rest);
        }
        return out;
    }

    private static int sum(int[] v) {
        int s = 0;
        for (int x : v) {
            s += x;
        }
        return s;
    }

    /** Counts per category (asset kind) and site by verdict; US share; plan progress. */
    public static Figures compute(Project p) {
        String profile = p.getProfileId();
        Map<String, int[]> byKind = new TreeMap<>();
        Map<String, int[]> bySite = new TreeMap<>();
        int replace = 0;
        int anyUs = 0;
        List<Asset> assets = Pipeline.currentAssets(p);
        Set<String> current = new HashSet<>();
        Map<String, Boolean> stillForeign = new java.util.HashMap<>();
        for (Asset a : assets) {
            Verdict v = InventoryIndex.verdictOf(a, profile);
            int code = v == null || v.getOutcome() == null ? InventoryIndex.NONE : v.getOutcome().getValue();
            byKind.computeIfAbsent(a.getKind().getLiteral(), k -> new int[InventoryIndex.NONE + 1])[code]++;
            String site = a.getSite() == null || a.getSite().isEmpty() ? "—" : a.getSite();
            bySite.computeIfAbsent(site, k -> new int[InventoryIndex.NONE + 1])[code]++;
            if (v != null && v.getOutcome() == VerdictOutcome.REPLACE) {
                replace++;
                if (v.isAnyUs()) {
                    anyUs++;
                }
            }
            if (a.getId() != null) {
                current.add(a.getId());
                stillForeign.put(a.getId(), v != null && v.getOutcome() == VerdictOutcome.REPLACE);
            }
        }
        // progress: per phase, the cumulative target and the cumulative count of planned assets that
        // are gone from the latest inventory or no longer need replacing
        List<int[]> progress = new java.util.ArrayList<>();
        List<String> labels = new java.util.ArrayList<>();
        Plan plan = p.getPlan();
        if (plan != null) {
            Map<Phase, int[]> per = new LinkedHashMap<>();
            for (Phase ph : plan.getPhases()) {
                per.put(ph, new int[2]);
            }
            for (PlanItem it : plan.getItems()) {
                int[] c = per.get(it.getPhase());
                if (c == null) {
                    continue;
                }
                c[0]++;
                String id = it.getAssetId();
                if (id != null && (!current.contains(id) || !stillForeign.getOrDefault(id, true))) {
                    c[1]++;
                }
            }
            int cumTarget = 0;
            int cumDone = 0;
            int total = plan.getItems().size();
            for (Map.Entry<Phase, int[]> e : per.entrySet()) {
                cumTarget += (int) Math.round(e.getKey().getTargetShare() / 100.0 * total);
                cumDone += e.getValue()[1];
                progress.add(new int[] { cumTarget, cumDone, e.getValue()[0] });
                labels.add(String.valueOf(e.getKey().getYear()));
            }
        }
        return new Figures(byKind, bySite, replace, anyUs, assets.size(), progress, labels);
    }

    private void paint(GC gc, Rectangle area) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        if (figures == null) {
            gc.drawText(t("dashboard.empty"), 10, 10, true);
            return;
        }
        hits.clear();
        Map<Integer, Color> colors = new EnumMapColors().colors();
        try {
            int w = area.width / 2 - 15;
            int h = area.height / 2 - 15;
            stacked(gc, new Rectangle(10, 10, w, h), t("dashboard.by.kind"), top(figures.byKind(), TOP, OTHERS),
                    InventoryIndex.Column.KIND, colors);
            stacked(gc, new Rectangle(w + 20, 10, w, h), t("dashboard.by.site", figures.bySite().size()),
                    top(figures.bySite(), TOP, OTHERS), InventoryIndex.Column.SITE, colors);
            pie(gc, new Rectangle(10, h + 20, w, h), colors);
            progress(gc, new Rectangle(w + 20, h + 20, w, h));
            legend(gc, colors, 10, area.height - 20);
        } finally {
            for (Color c : colors.values()) {
                c.dispose();
            }
        }
    }

    private static final class EnumMapColors {
        Map<Integer, Color> colors() {
            Map<Integer, Color> m = new LinkedHashMap<>();
            m.put(VerdictOutcome.REPLACE_VALUE, new Color(204, 51, 51));
            m.put(VerdictOutcome.REVIEW_VALUE, new Color(237, 170, 40));
            m.put(VerdictOutcome.KEEP_VALUE, new Color(60, 150, 60));
            m.put(InventoryIndex.NONE, new Color(170, 170, 170));
            return m;
        }
    }

    private static final String OTHERS = "\u0000others";

    private void stacked(GC gc, Rectangle r, String title, Map<String, int[]> data, InventoryIndex.Column column,
            Map<Integer, Color> colors) {
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawText(title, r.x, r.y, true);
        int top = r.y + gc.getFontMetrics().getHeight() + 6;
        int rows = data.size();
        if (rows == 0) {
            return;
        }
        int max = 1;
        for (int[] v : data.values()) {
            int s = 0;
            for (int x : v) {
                s += x;
            }
            max = Math.max(max, s);
        }
        int rowH = Math.max(14, Math.min(28, (r.height - (top - r.y)) / rows));
        int labelW = Math.min(160, r.width / 3);
        int barW = r.width - labelW - 60;
        int i = 0;
        for (Map.Entry<String, int[]> e : data.entrySet()) {
            if (i >= rows) {
                break;
            }
            int y = top + i * rowH;
            boolean others = e.getKey().startsWith(OTHERS);
            String label = others ? t("dashboard.others", e.getKey().substring(OTHERS.length() + 1))
                    : column == InventoryIndex.Column.KIND ? t("kind." + e.getKey()) : e.getKey();
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.drawText(shorten(gc, label, labelW - 6), r.x, y, true);
            int x = r.x + labelW;
            int sum = 0;
            String value = "—".equals(e.getKey()) ? "" : e.getKey();
            if (!others) {
                hits.add(new Hit(new Rectangle(r.x, y, r.width, rowH), column, value, -1));
            }
            for (Map.Entry<Integer, Color> c : colors.entrySet()) {
                int n = e.getValue()[c.getKey()];
                int len = (int) ((long) barW * n / max);
                gc.setBackground(c.getValue());
                gc.fillRectangle(x, y + 2, len, rowH - 5);
                if (!others && len > 0) {
                    hits.add(new Hit(new Rectangle(x, y, len, rowH), column, value, c.getKey()));
                }
                x += len;
                sum += n;
            }
            gc.drawText(String.valueOf(sum), x + 4, y, true);
            i++;
        }
    }

    private static String shorten(GC gc, String s, int width) {
        if (gc.textExtent(s).x <= width) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && gc.textExtent(t + "…").x > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    private void pie(GC gc, Rectangle r, Map<Integer, Color> colors) {
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        int replace = figures.replace();
        int us = figures.anyUs();
        double share = replace == 0 ? 0 : us * 100.0 / replace;
        gc.drawText(t("dashboard.us.share", String.format("%.1f", share), us, replace), r.x, r.y, true);
        int top = r.y + gc.getFontMetrics().getHeight() + 6;
        int d = Math.max(20, Math.min(r.width, r.height - (top - r.y)) - 10);
        int angle = replace == 0 ? 0 : (int) Math.round(360.0 * us / replace);
        // its own colours: red and green mean verdicts everywhere on this page
        Color usColor = new Color(91, 60, 150);
        Color otherColor = new Color(205, 200, 225);
        try {
            gc.setBackground(otherColor);
            gc.fillOval(r.x + 10, top, d, d);
            gc.setBackground(usColor);
            gc.fillArc(r.x + 10, top, d, d, 90, -angle);
            int lx = r.x + d + 20;
            int ly = top + d / 2 - gc.getFontMetrics().getHeight();
            gc.fillRectangle(lx, ly + 3, 12, 12);
            gc.drawText(t("dashboard.us.part", us), lx + 16, ly, true);
            gc.setBackground(otherColor);
            gc.fillRectangle(lx, ly + gc.getFontMetrics().getHeight() + 7, 12, 12);
            gc.drawText(t("dashboard.us.rest", replace - us), lx + 16, ly + gc.getFontMetrics().getHeight() + 4, true);
        } finally {
            usColor.dispose();
            otherColor.dispose();
        }
    }

    private void progress(GC gc, Rectangle r) {
        var display = canvas.getDisplay();
        gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
        gc.drawText(t("dashboard.progress"), r.x, r.y, true);
        List<int[]> p = figures.progress();
        if (p.isEmpty()) {
            gc.drawText(t("dashboard.no.plan"), r.x, r.y + 24, true);
            return;
        }
        int top = r.y + gc.getFontMetrics().getHeight() + 6;
        int bottom = r.y + r.height - 24;
        int left = r.x + 40;
        int right = r.x + r.width - 10;
        int max = Math.max(1, p.get(p.size() - 1)[0]);
        for (int[] x : p) {
            max = Math.max(max, x[1]);
        }
        gc.drawLine(left, bottom, right, bottom);
        gc.drawLine(left, top, left, bottom);
        gc.drawText(String.valueOf(max), r.x, top, true);
        int n = p.size();
        int step = (right - left) / Math.max(1, n);
        int[] targetPts = new int[(n + 1) * 2];
        int[] donePts = new int[(n + 1) * 2];
        targetPts[0] = left;
        targetPts[1] = bottom;
        donePts[0] = left;
        donePts[1] = bottom;
        for (int i = 0; i < n; i++) {
            int x = left + step * (i + 1);
            targetPts[2 * i + 2] = x;
            targetPts[2 * i + 3] = bottom - (int) ((long) (bottom - top) * p.get(i)[0] / max);
            donePts[2 * i + 2] = x;
            donePts[2 * i + 3] = bottom - (int) ((long) (bottom - top) * p.get(i)[1] / max);
            gc.drawText(figures.phaseLabels().get(i), x - 14, bottom + 4, true);
        }
        Color targetColor = new Color(120, 120, 120);
        Color doneColor = new Color(52, 101, 164);
        try {
            gc.setLineWidth(2);
            gc.setForeground(targetColor);
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawPolyline(targetPts);
            gc.setLineStyle(SWT.LINE_SOLID);
            gc.setForeground(doneColor);
            gc.drawPolyline(donePts);
            gc.setLineWidth(1);
            gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
            gc.drawText(t("dashboard.progress.legend", p.get(n - 1)[1], p.get(n - 1)[0]), left + 8, top, true);
        } finally {
            targetColor.dispose();
            doneColor.dispose();
        }
    }

    private void legend(GC gc, Map<Integer, Color> colors, int x, int y) {
        Map<Integer, String> names = new LinkedHashMap<>();
        names.put(VerdictOutcome.REPLACE_VALUE, t("verdict.REPLACE"));
        names.put(VerdictOutcome.REVIEW_VALUE, t("verdict.REVIEW"));
        names.put(VerdictOutcome.KEEP_VALUE, t("verdict.KEEP"));
        names.put(InventoryIndex.NONE, t("verdict.none"));
        for (Map.Entry<Integer, Color> c : colors.entrySet()) {
            gc.setBackground(c.getValue());
            gc.fillRectangle(x, y + 3, 12, 12);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            String s = names.get(c.getKey());
            gc.drawText(s, x + 16, y, true);
            x += gc.textExtent(s).x + 36;
        }
    }
}
