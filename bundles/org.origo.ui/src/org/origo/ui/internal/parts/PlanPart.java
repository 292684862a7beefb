package org.origo.ui.internal.parts;

import static org.origo.ui.internal.i18n.UiMessages.t;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.core.Pipeline;
import org.origo.core.ProjectStore;
import org.origo.model.Phase;
import org.origo.model.Plan;
import org.origo.model.PlanItem;
import org.origo.model.Project;
import org.origo.model.ShareBasis;
import org.origo.plan.api.PlanRequest;
import org.origo.ui.internal.Part;
import org.origo.ui.internal.ops.PlanMoveOperation;
import org.origo.ui.internal.ops.ReplacePlanOperation;
import org.origo.ui.internal.Workbench;
import org.origo.ui.internal.i18n.UiMessages;
import org.origo.ui.internal.widgets.VirtualGrid;

/**
 * The phased plan: per phase the target against the planned count and the budget against the
 * planned cost, drawn as bars; the plan items (virtual table); moving selected items to another
 * phase with the broken constraints listed at once; and a what-if with another split or budgets
 * computed by the registered planner without touching the saved plan.
 */
public final class PlanPart implements Part {

    public static final String ID = "plan";

    private Workbench wb;
    private Canvas chart;
    private VirtualGrid items;
    private Combo moveTo;
    private VirtualGrid violations;
    private org.eclipse.swt.widgets.Text split;
    private org.eclipse.swt.widgets.Text budgets;
    private VirtualGrid compare;
    private Label summary;
    private Plan shown;
    private Plan whatIf;
    private Button adopt;
    private org.eclipse.swt.widgets.Text search;
    private List<PlanItem> view = List.of();
    private int sortColumn = -1;
    private boolean sortUp = true;
    private int chartRowHeight = 40;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "view.plan";
    }

    @Override
    public Control createControl(Composite parent, Workbench workbench) {
        this.wb = workbench;
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        Composite top = new Composite(sash, SWT.NONE);
        top.setLayout(new GridLayout(1, false));
        summary = new Label(top, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        chart = new Canvas(top, SWT.DOUBLE_BUFFERED);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chart.addPaintListener(e -> paint(e.gc, chart.getClientArea()));
        dropOnPhases();

        Composite middle = new Composite(sash, SWT.NONE);
        middle.setLayout(new GridLayout(5, false));
        search = new org.eclipse.swt.widgets.Text(middle, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        search.setMessage(t("plan.search"));
        GridData sd = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        sd.widthHint = 220;
        search.setLayoutData(sd);
        search.addListener(SWT.Modify, e -> showItems());
        new Label(middle, SWT.NONE).setText(t("plan.move.to"));
        moveTo = new Combo(middle, SWT.READ_ONLY);
        Button move = new Button(middle, SWT.PUSH);
        move.setText(t("plan.move"));
        move.addListener(SWT.Selection, e -> moveSelected());
        Label hint = new Label(middle, SWT.WRAP);
        hint.setText(t("plan.move.hint"));
        GridData hd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        hd.widthHint = 150;
        hint.setLayoutData(hd);
        items = new VirtualGrid(middle);
        items.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
        List<String> keys = List.of("col.asset", "col.hostname", "col.phase", "col.product", "col.cost", "col.pinned",
                "col.reason");
        String[] titles = new String[keys.size()];
        int[] widths = new int[keys.size()];
        for (int i = 0; i < titles.length; i++) {
            titles[i] = t(keys.get(i));
            widths[i] = keys.get(i).equals("col.reason") ? 420 : 120;
        }
        items.setColumns(titles, widths);
        items.addHeaderListener(this::sortBy);
        dragToPhases();

        Composite bottom = new Composite(sash, SWT.NONE);
        bottom.setLayout(new GridLayout(2, true));
        Composite left = new Composite(bottom, SWT.NONE);
        left.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        left.setLayout(new GridLayout(1, false));
        new Label(left, SWT.NONE).setText(t("plan.violations"));
        violations = VirtualGrid.create(left, new String[] { t("plan.violations") }, new int[] { 640 });
        violations.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite right = new Composite(bottom, SWT.NONE);
        right.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        right.setLayout(new GridLayout(4, false));
        new Label(right, SWT.NONE).setText(t("plan.whatif.split"));
        split = new org.eclipse.swt.widgets.Text(right, SWT.BORDER);
        split.setText("30,50,20");
        split.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(right, SWT.NONE).setText(t("plan.whatif.budgets"));
        budgets = new org.eclipse.swt.widgets.Text(right, SWT.BORDER);
        budgets.setMessage("2026=1200000,2027=2000000");
        budgets.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button run = new Button(right, SWT.PUSH);
        run.setText(t("plan.whatif.run"));
        run.addListener(SWT.Selection, e -> whatIf());
        adopt = new Button(right, SWT.PUSH);
        adopt.setText(t("plan.whatif.adopt"));
        adopt.setEnabled(false);
        adopt.addListener(SWT.Selection, e -> adoptWhatIf());
        compare = VirtualGrid.create(right, new String[] { t("col.phase"), t("col.saved"), t("col.whatif"),
                t("col.difference") }, new int[] { 130, 160, 160, 160 });
        compare.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        sash.setWeights(new int[] { 30, 45, 25 });
        return sash;
    }

    private String[] texts(PlanItem it) {
        Phase p = it.getPhase();
        return new String[] { nz(it.getAssetId()), it.getAsset() == null ? "" : nz(it.getAsset().getHostname()),
                p == null ? "" : t("plan.phase.label", p.getIndex(), String.valueOf(p.getYear())), nz(it.getProductId()),
                PlanChecks.money(it.getCost()), it.isPinned() ? t("plan.pinned") : "",
                UiMessages.pick(it.getReasonEn(), it.getReasonZh()) };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void refresh() {
        if (chart == null || chart.isDisposed()) {
            return;
        }
        Project project = wb.session().project();
        Plan plan = project == null ? null : project.getPlan();
        shown = plan;
        moveTo.removeAll();
        if (plan == null) {
            summary.setText(project == null ? t("plan.no.project") : t("plan.none"));
            view = List.of();
            items.setRows(0, i -> new String[0]);
            violations.setRows(List.of());
            chart.redraw();
            return;
        }
        for (Phase p : plan.getPhases()) {
            moveTo.add(t("plan.phase.label", p.getIndex(), String.valueOf(p.getYear())));
        }
        moveTo.select(0);
        summary.setText(t("plan.summary", plan.getItems().size(), plan.getPhases().size(),
                plan.getBasis() == ShareBasis.COST ? t("plan.basis.cost") : t("plan.basis.count"),
                String.join("; ", plan.getRelaxations().stream()
                        .map(r -> org.origo.api.Text.decode(r).in(org.origo.ui.internal.i18n.UiMessages.locale())).toList()))
                + "\n" + t("plan.legend"));
        showItems();
        showViolations();
        chart.redraw();
        summary.getParent().layout();
    }

    private void showViolations() {
        List<String[]> rows = new ArrayList<>();
        List<Text> v = PlanChecks.violations(shown, wb.session().project().getProfileId());
        if (v.isEmpty()) {
            rows.add(new String[] { t("plan.violations.none") });
        }
        for (Text x : v) {
            rows.add(new String[] { UiMessages.in(x) });
        }
        violations.setRows(rows);
    }

    /** Moves the selected items to the chosen phase (pinned), marks the project changed. */
    public void moveSelected() {
        if (shown == null || moveTo.getSelectionIndex() < 0) {
            return;
        }
        List<PlanItem> sel = selectedItems();
        if (sel.isEmpty()) {
            wb.status(t("plan.move.nothing"));
            return;
        }
        move(sel, shown.getPhases().get(moveTo.getSelectionIndex()));
    }

    /** Moves items to a phase as the move button does (undoable). */
    public void move(List<PlanItem> sel, Phase target) {
        if (wb.jobs().busy()) {
            wb.status(t("busy"));
            return;
        }
        if (wb.operations().execute(new PlanMoveOperation(wb, shown, sel, target))) {
            wb.status(t("plan.moved", sel.size(), target.getIndex()));
        }
    }

    /** The items selected in the table (as shown: searched and sorted). */
    public List<PlanItem> selectedItems() {
        List<PlanItem> sel = new ArrayList<>();
        for (int i : items.getSelectionIndices()) {
            if (i < view.size()) {
                sel.add(view.get(i));
            }
        }
        return sel;
    }

    /** Shows the plan's items that match the search, in the chosen order. */
    private void showItems() {
        if (shown == null) {
            return;
        }
        String q = search.getText().strip().toLowerCase(java.util.Locale.ROOT);
        List<PlanItem> v = new ArrayList<>();
        for (PlanItem it : shown.getItems()) {
            if (q.isEmpty() || String.join("\u0001", texts(it)).toLowerCase(java.util.Locale.ROOT).contains(q)) {
                v.add(it);
            }
        }
        if (sortColumn >= 0) {
            int c = sortColumn;
            java.util.Comparator<PlanItem> cmp = c == 4 ? java.util.Comparator.comparingDouble(PlanItem::getCost)
                    : c == 2 ? java.util.Comparator.comparingInt(it -> it.getPhase() == null ? 0 : it.getPhase().getIndex())
                    : java.util.Comparator.comparing(it -> texts(it)[c], String.CASE_INSENSITIVE_ORDER);
            v.sort(sortUp ? cmp : cmp.reversed());
        }
        view = v;
        List<PlanItem> rows = v;
        items.setRows(rows.size(), i -> texts(rows.get(i)));
    }

    /** Sorts the items by a column as a click on its header does (a second click reverses). */
    public void sortBy(int column) {
        sortUp = column != sortColumn || !sortUp;
        sortColumn = column;
        items.setSortIndicator(column, sortUp);
        showItems();
    }

    /** Searches the items (asset, host name, phase, product, reason). */
    public void search(String text) {
        search.setText(text);
        showItems();
    }

    /** The items as the table shows them. */
    public List<PlanItem> shownItems() {
        return List.copyOf(view);
    }

    /** Selected items can be dragged onto a phase of the chart. */
    private void dragToPhases() {
        org.eclipse.swt.dnd.DragSource src = new org.eclipse.swt.dnd.DragSource(items.natTable(), org.eclipse.swt.dnd.DND.DROP_MOVE);
        src.setTransfer(org.eclipse.swt.dnd.TextTransfer.getInstance());
        src.addDragListener(new org.eclipse.swt.dnd.DragSourceAdapter() {
            @Override
            public void dragStart(org.eclipse.swt.dnd.DragSourceEvent e) {
                e.doit = !selectedItems().isEmpty();
            }

            @Override
            public void dragSetData(org.eclipse.swt.dnd.DragSourceEvent e) {
                StringBuilder sb = new StringBuilder();
                for (PlanItem it : selectedItems()) {
                    sb.append(it.getAssetId()).append('\n');
                }
                e.data = sb.toString();
            }
        });
    }

    private void dropOnPhases() {
        org.eclipse.swt.dnd.DropTarget dt = new org.eclipse.swt.dnd.DropTarget(chart, org.eclipse.swt.dnd.DND.DROP_MOVE
                | org.eclipse.swt.dnd.DND.DROP_DEFAULT);
        dt.setTransfer(org.eclipse.swt.dnd.TextTransfer.getInstance());
        dt.addDropListener(new org.eclipse.swt.dnd.DropTargetAdapter() {
            @Override
            public void dragOver(org.eclipse.swt.dnd.DropTargetEvent e) {
                e.detail = phaseAt(chart.toControl(e.x, e.y).y) == null ? org.eclipse.swt.dnd.DND.DROP_NONE
                        : org.eclipse.swt.dnd.DND.DROP_MOVE;
            }

            @Override
            public void drop(org.eclipse.swt.dnd.DropTargetEvent e) {
                dropOn(chart.toControl(e.x, e.y).y);
            }
        });
    }

    /** The phase whose bars are at this height of the chart, or null. */
    public Phase phaseAt(int y) {
        if (shown == null || shown.getPhases().isEmpty() || y < 5) {
            return null;
        }
        int i = (y - 5) / chartRowHeight;
        return i < shown.getPhases().size() ? shown.getPhases().get(i) : null;
    }

    /** What a drop of the selected items on the chart at this height does: moves them to that phase. */
    public void dropOn(int y) {
        Phase target = phaseAt(y);
        List<PlanItem> sel = selectedItems();
        if (target != null && !sel.isEmpty()) {
            move(sel, target);
        }
    }

    /** The height of the chart row of a phase (every phase has one, however many there are). */
    public int chartRowHeight() {
        return chartRowHeight;
    }

    /** Selects the rows of these items in the table. */
    public void select(int... rows) {
        items.setSelection(rows);
    }

    private void whatIf() {
        Project project = wb.session().project();
        if (project == null || project.getProfileId() == null) {
            wb.error(new OrigoException(UiMessages.text("classify.first")));
            return;
        }
        PlanRequest req;
        try {
            req = parseRequest(project.getProfileId(), split.getText(), budgets.getText(),
                    shown != null && !shown.getPhases().isEmpty() ? shown.getPhases().get(0).getYear()
                            : java.time.Year.now().getValue());
        } catch (OrigoException e) {
            wb.error(e);
            return;
        }
        whatIf(req);
    }

    /** Computes a what-if plan through the planner (the saved plan is not touched). */
    public void whatIf(PlanRequest req) {
        Project project = wb.session().project();
        Pipeline pipeline = wb.services().pipeline();
        wb.run(t("plan.whatif.run"), progress -> pipeline.plan(project, req, progress), plan -> {
            whatIf = plan;
            showComparison();
            adopt.setEnabled(true);
        });
    }

    /** Parses {@code 40,40,20} and {@code 2026=1000000,2027=...}. */
    public static PlanRequest parseRequest(String profileId, String splitText, String budgetText, int firstYear)
            throws OrigoException {
        List<Double> shares = new ArrayList<>();
        double sum = 0;
        for (String s : splitText.split("[,;/ ]+")) {
            if (s.isBlank()) {
                continue;
            }
            try {
                double d = Double.parseDouble(s.trim());
                if (d < 0) {
                    throw new NumberFormatException();
                }
                shares.add(d);
                sum += d;
            } catch (NumberFormatException e) {
                throw new OrigoException(UiMessages.text("plan.split.invalid", s), null, -1, "split", null);
            }
        }
        if (shares.isEmpty() || Math.abs(sum - 100) > 0.01) {
            throw new OrigoException(UiMessages.text("plan.split.sum", splitText, sum), null, -1, "split", null);
        }
        Map<Integer, Double> b = new LinkedHashMap<>();
        for (String s : budgetText.split("[,; ]+")) {
            if (s.isBlank()) {
                continue;
            }
            String[] kv = s.split("=", 2);
            try {
                b.put(Integer.parseInt(kv[0].trim()), Double.parseDouble(kv[1].trim()));
            } catch (RuntimeException e) {
                throw new OrigoException(UiMessages.text("plan.budget.invalid", s), null, -1, "budget", null);
            }
        }
        return new PlanRequest(profileId, firstYear, shares, b, ShareBasis.COUNT);
    }

    private void showComparison() {
        List<String[]> rows = new ArrayList<>();
        int n = Math.max(shown == null ? 0 : shown.getPhases().size(), whatIf.getPhases().size());
        for (int i = 0; i < n; i++) {
            Phase a = shown != null && i < shown.getPhases().size() ? shown.getPhases().get(i) : null;
            Phase b = i < whatIf.getPhases().size() ? whatIf.getPhases().get(i) : null;
            rows.add(new String[] {
                    t("plan.phase.label", i + 1, String.valueOf(b != null ? b.getYear() : a.getYear())),
                    a == null ? "" : t("plan.phase.figures", a.getPlannedCount(), PlanChecks.money(a.getPlannedCost())),
                    b == null ? "" : t("plan.phase.figures", b.getPlannedCount(), PlanChecks.money(b.getPlannedCost())),
                    t("plan.phase.diff", (b == null ? 0 : b.getPlannedCount()) - (a == null ? 0 : a.getPlannedCount()),
                            PlanChecks.money((b == null ? 0 : b.getPlannedCost()) - (a == null ? 0 : a.getPlannedCost()))) });
        }
        for (String r : whatIf.getRelaxations()) {
            rows.add(new String[] { t("plan.relaxed"),
                    org.origo.api.Text.decode(r).in(org.origo.ui.internal.i18n.UiMessages.locale()), "", "" });
        }
        compare.setRows(rows);
    }

    /** Makes the what-if plan the project's plan, after confirming that pinned moves are dropped (undoable). */
    public void adoptWhatIf() {
        if (whatIf != null && wb.commands().confirmReplacePlan()) {
            Plan p = whatIf;
            whatIf = null;
            adopt.setEnabled(false);
            compare.setRows(List.of());
            wb.operations().execute(new ReplacePlanOperation(wb, wb.session().project(), p, UiMessages.text("op.plan.adopt")));
        }
    }

    public VirtualGrid items() {
        return items;
    }

    public VirtualGrid violations() {
        return violations;
    }

    public VirtualGrid comparison() {
        return compare;
    }

    public Canvas chart() {
        return chart;
    }

    private void paint(GC gc, Rectangle area) {
        gc.setAntialias(SWT.ON);
        if (shown == null || shown.getPhases().isEmpty()) {
            gc.drawText(t("plan.none"), 10, 10, true);
            return;
        }
        var d = chart.getDisplay();
        Color target = d.getSystemColor(SWT.COLOR_GRAY);
        Color planned = new Color(52, 101, 164);
        Color budgetOk = new Color(78, 154, 6);
        Color over = new Color(204, 0, 0);
        try {
            List<Phase> phases = shown.getPhases();
            int maxCount = 1;
            double maxMoney = 1;
            for (Phase p : phases) {
                maxCount = Math.max(maxCount, Math.max(p.getPlannedCount(), PlanChecks.targetCount(shown, p)));
                maxMoney = Math.max(maxMoney, Math.max(p.getBudget(), p.getPlannedCost()));
            }
            int labelW = 150;
            int rowH = Math.max(12, (area.height - 10) / phases.size()); // every phase fits, however many
            chartRowHeight = rowH;
            int barW = Math.max(50, (area.width - labelW - 30) / 2 - 10);
            for (int i = 0; i < phases.size(); i++) {
                Phase p = phases.get(i);
                int y = 5 + i * rowH;
                gc.setForeground(d.getSystemColor(SWT.COLOR_BLACK));
                gc.drawText(t("plan.phase.label", p.getIndex(), String.valueOf(p.getYear())), 5, y, true);
                int fh = gc.getFontMetrics().getHeight();
                boolean compact = rowH < 2 * fh + 8;
                int h = compact ? Math.max(3, (rowH - 4) / 2) : Math.max(4, (rowH - fh - 8) / 2);
                int tc = PlanChecks.targetCount(shown, p);
                int x0 = labelW;
                gc.setBackground(target);
                gc.fillRectangle(x0, y, (int) ((long) barW * tc / maxCount), h);
                gc.setBackground(planned);
                gc.fillRectangle(x0, y + h + 2, (int) ((long) barW * p.getPlannedCount() / maxCount), h);
                if (!compact) {
                    gc.drawText(t("plan.bar.count", p.getPlannedCount(), tc), x0 + 4, y + 2 * h + 3, true);
                }
                int x1 = labelW + barW + 20;
                if (p.getBudget() > 0) {
                    gc.setBackground(target);
                    gc.fillRectangle(x1, y, (int) (barW * p.getBudget() / maxMoney), h);
                }
                boolean isOver = p.getBudget() > 0 && p.getPlannedCost() > p.getBudget();
                gc.setBackground(isOver ? over : budgetOk);
                gc.fillRectangle(x1, y + h + 2, (int) (barW * p.getPlannedCost() / maxMoney), h);
                if (!compact) {
                    gc.drawText(t("plan.bar.budget", PlanChecks.money(p.getPlannedCost()),
                            p.getBudget() > 0 ? PlanChecks.money(p.getBudget()) : "—"), x1 + 4, y + 2 * h + 3, true);
                }
            }
        } finally {
            planned.dispose();
            budgetOk.dispose();
            over.dispose();
        }
    }
}
