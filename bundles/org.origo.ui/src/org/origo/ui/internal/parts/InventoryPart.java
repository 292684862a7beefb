package org.origo.ui.internal.parts;

import static org.origo.ui.internal.i18n.UiMessages.t;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.origo.api.Progress;
import org.origo.core.Pipeline;
import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Project;
import org.origo.model.VerdictOutcome;
import org.origo.ui.internal.Part;
import org.origo.ui.internal.Workbench;
import org.origo.ui.internal.inventory.InventoryIndex;
import org.origo.ui.internal.inventory.InventoryIndex.Column;
import org.origo.ui.internal.inventory.InventoryIndex.Filter;
import org.origo.ui.internal.widgets.VirtualGrid;

/**
 * The assets of the latest snapshot in a virtual table: rows are materialised only when they
 * become visible, and filtering and sorting run on a column index off the UI thread, so a million
 * rows stay responsive. Filters: verdict, kind, brand, site, department and free text.
 */
public final class InventoryPart implements Part {

    public static final String ID = "inventory";

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "origo-inventory-index");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger generation = new AtomicInteger();
    private final AtomicInteger pending = new AtomicInteger();
    private Workbench wb;
    private VirtualGrid table;
    private Combo verdict;
    private Combo kind;
    private Combo brand;
    private Combo site;
    private Combo department;
    private org.eclipse.swt.widgets.Text text;
    private Label count;
    private volatile InventoryIndex index;
    private Project indexedProject;
    private long indexedRevision = -1;
    private int[] rows = new int[0];
    private Column sortColumn;
    private boolean ascending = true;
    private Filter filter = Filter.all();
    private List<String> brandValues = List.of();
    private List<String> siteValues = List.of();
    private List<String> departmentValues = List.of();
    private long lastFilterNanos;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "view.inventory";
    }

    @Override
    public Control createControl(Composite parent, Workbench workbench) {
        this.wb = workbench;
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        // the filter row wraps instead of clipping (1024x768, long Chinese labels)
        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        org.eclipse.swt.layout.RowLayout rl = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
        rl.wrap = true;
        rl.center = true;
        rl.marginWidth = 0;
        rl.marginHeight = 0;
        rl.spacing = 8;
        bar.setLayout(rl);
        verdict = combo(bar, "filter.verdict");
        kind = combo(bar, "filter.kind");
        brand = combo(bar, "filter.brand");
        site = combo(bar, "filter.site");
        department = combo(bar, "filter.department");
        text = new org.eclipse.swt.widgets.Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        text.setMessage(t("filter.text"));
        text.setLayoutData(new org.eclipse.swt.layout.RowData(240, SWT.DEFAULT));
        text.addListener(SWT.Modify, e -> scheduleFilter());
        text.addListener(SWT.DefaultSelection, e -> applyFilterFromWidgets());
        Button open = new Button(bar, SWT.PUSH);
        open.setText(t("inventory.open.asset"));
        open.addListener(SWT.Selection, e -> openSelected());
        Button reset = new Button(bar, SWT.PUSH);
        reset.setText(t("filter.reset"));
        reset.addListener(SWT.Selection, e -> {
            for (Combo c : List.of(verdict, kind, brand, site, department)) {
                c.select(0);
            }
            text.setText("");
            applyFilterFromWidgets();
        });

        table = new VirtualGrid(root);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Column[] cols = Column.values();
        String[] titles = new String[cols.length];
        int[] widths = new int[cols.length];
        for (int i = 0; i < cols.length; i++) {
            titles[i] = t("column." + cols[i].name().toLowerCase());
            widths[i] = width(cols[i]);
        }
        table.setColumns(titles, widths);
        table.addHeaderListener(i -> sortBy(cols[i]));
        table.addOpenListener(this::openSelected);
        count = new Label(root, SWT.NONE);
        count.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        fillStaticCombos();
        contextMenu();
        // while a project is being opened the count says so (instead of "0 of 0")
        org.origo.ui.internal.jobs.JobRunner.Listener opening = job -> {
            if (!count.isDisposed() && wb.session().project() == null) {
                count.setText(wb.jobs().busy() ? t("inventory.opening") : "");
                count.getParent().layout(new Control[] { count });
            }
        };
        wb.jobs().addListener(opening);
        table.addListener(SWT.Dispose, e -> wb.jobs().removeListener(opening));
        table.addListener(SWT.Dispose, e -> indexedRevision = -1);
        return root;
    }

    private static int width(Column c) {
        return switch (c) {
            case ID, SERIAL -> 95;
            case HOSTNAME -> 105;
            case CPU, OS -> 150;
            case SITE -> 115;
            case BRAND, DEPARTMENT -> 90;
            case KIND, OWNER, VERDICT -> 65;
            case US -> 40;
        };
    }

    private Combo combo(Composite bar, String key) {
        Composite pair = new Composite(bar, SWT.NONE);
        GridLayout gl = new GridLayout(2, false);
        gl.marginWidth = 0;
        gl.marginHeight = 0;
        pair.setLayout(gl);
        Label l = new Label(pair, SWT.NONE);
        l.setText(t(key));
        Combo c = new Combo(pair, SWT.READ_ONLY);
        GridData cd = new GridData();
        cd.widthHint = 130;
        c.setLayoutData(cd);
        c.addListener(SWT.Selection, e -> applyFilterFromWidgets());
        return c;
    }

    private void fillStaticCombos() {
        List<String> v = new ArrayList<>();
        v.add(t("filter.all"));
        for (VerdictOutcome o : VerdictOutcome.VALUES) {
            v.add(t("verdict." + o.getLiteral()));
        }
        v.add(t("verdict.none"));
        verdict.setItems(v.toArray(String[]::new));
        // after a language switch the rebuilt combos show the filter still in force
        int fv = filter.verdict();
        verdict.select(fv == Filter.ANY ? 0 : fv == InventoryIndex.NONE ? v.size() - 1 : indexOfVerdict(fv) + 1);
        List<String> k = new ArrayList<>();
        k.add(t("filter.all"));
        for (AssetKind a : AssetKind.VALUES) {
            k.add(t("kind." + a.getLiteral()));
        }
        kind.setItems(k.toArray(String[]::new));
        int fk = filter.kind();
        int ki = 0;
        for (int i = 0; i < AssetKind.VALUES.size(); i++) {
            if (AssetKind.VALUES.get(i).getValue() == fk) {
                ki = i + 1;
            }
        }
        kind.select(ki);
        if (filter.text() != null && !filter.text().equals(text.getText())) {
            text.setText(filter.text());
        }
        for (Combo c : List.of(brand, site, department)) {
            c.setItems(t("filter.all"));
            c.select(0);
        }
    }

    private static int indexOfVerdict(int code) {
        for (int i = 0; i < VerdictOutcome.VALUES.size(); i++) {
            if (VerdictOutcome.VALUES.get(i).getValue() == code) {
                return i;
            }
        }
        return -1;
    }

    public static String[] rowTexts(InventoryIndex idx, int row) {
        Column[] cols = Column.values();
        String[] s = new String[cols.length];
        for (int i = 0; i < cols.length; i++) {
            Column c = cols[i];
            String v = idx.cell(row, c);
            if (c == Column.KIND) {
                v = t("kind." + v);
            } else if (c == Column.VERDICT) {
                v = v.isEmpty() ? "" : t("verdict." + v);
            } else if (c == Column.US) {
                v = v.isEmpty() ? "" : t("us.yes");
            }
            s[i] = v;
        }
        return s;
    }

    @Override
    public void refresh() {
        if (table == null || table.isDisposed()) {
            return;
        }
        Project p = wb.session().project();
        if (p == indexedProject && wb.session().revision() == indexedRevision) {
            return;
        }
        indexedProject = p;
        indexedRevision = wb.session().revision();
        List<Asset> assets = p == null ? List.of() : Pipeline.currentAssets(p);
        String profile = p == null ? null : p.getProfileId();
        int gen = generation.incrementAndGet();
        Filter f = filter;
        Column sc = sortColumn;
        boolean asc = ascending;
        pending.incrementAndGet();
        count.setText(t("inventory.indexing", assets.size()));
        count.getParent().layout(new org.eclipse.swt.widgets.Control[] { count });
        worker.execute(() -> {
            try {
                InventoryIndex idx = new InventoryIndex(assets, profile, Progress.NONE);
                int[] r = idx.filter(f, Progress.NONE);
                if (sc != null) {
                    r = idx.sort(r, sc, asc, Progress.NONE);
                }
                int[] result = r;
                deliver(gen, () -> {
                    index = idx;
                    fillDynamicCombos(idx);
                    show(result);
                });
            } catch (RuntimeException e) {
                deliver(gen, () -> wb.error(e));
            } finally {
                done();
            }
        });
    }

    private void done() {
        if (wb.display().isDisposed()) {
            pending.decrementAndGet();
        } else {
            // after the result posted before it, so settled() means the table shows it
            wb.display().asyncExec(pending::decrementAndGet);
        }
    }

    private void deliver(int gen, Runnable r) {
        if (!wb.display().isDisposed()) {
            wb.display().asyncExec(() -> {
                if (gen == generation.get() && table != null && !table.isDisposed()) {
                    r.run();
                }
            });
        }
    }

    private void fillDynamicCombos(InventoryIndex idx) {
        brandValues = idx.brands().sortedValues();
        siteValues = idx.sites().sortedValues();
        departmentValues = idx.departments().sortedValues();
        fill(brand, brandValues, filter.brand());
        fill(site, siteValues, filter.site());
        fill(department, departmentValues, filter.department());
    }

    private static void fill(Combo c, List<String> values, String selected) {
        String[] items = new String[values.size() + 1];
        items[0] = t("filter.all");
        for (int i = 0; i < values.size(); i++) {
            items[i + 1] = values.get(i);
        }
        c.setItems(items);
        int s = selected == null ? -1 : values.indexOf(selected);
        c.select(s < 0 ? 0 : s + 1);
    }

    private void show(int[] r) {
        rows = r;
        InventoryIndex idx = index;
        table.setRows(r.length, i -> rowTexts(idx, r[i]));
        updateCount();
    }

    private void updateCount() {
        InventoryIndex idx = index;
        if (idx == null && wb.jobs().busy()) {
            count.setText(t("inventory.opening")); // not "0 of 0" while a project is still being read
            return;
        }
        int total = idx == null ? 0 : idx.size();
        count.setText(t("inventory.count", rows.length, total, lastFilterNanos / 1_000_000));
        count.getParent().layout(new org.eclipse.swt.widgets.Control[] { count });
    }

    private void scheduleFilter() {
        int gen = generation.get();
        wb.display().timerExec(250, () -> {
            if (gen == generation.get() && table != null && !table.isDisposed()) {
                applyFilterFromWidgets();
            }
        });
    }

    private void applyFilterFromWidgets() {
        int v = verdict.getSelectionIndex();
        int verdictCode = v <= 0 ? Filter.ANY : (v - 1 < VerdictOutcome.VALUES.size() ? VerdictOutcome.VALUES.get(v - 1).getValue()
                : InventoryIndex.NONE);
        int k = kind.getSelectionIndex();
        int kindCode = k <= 0 ? Filter.ANY : AssetKind.VALUES.get(k - 1).getValue();
        setFilter(new Filter(verdictCode, kindCode, pick(brand, brandValues), pick(site, siteValues),
                pick(department, departmentValues), text.getText()));
    }

    private static String pick(Combo c, List<String> values) {
        int i = c.getSelectionIndex();
        return i <= 0 || i - 1 >= values.size() ? null : values.get(i - 1);
    }

    /** Applies a filter (off the UI thread); the table shows the result when it is ready. */
    public void setFilter(Filter f) {
        filter = f;
        recompute();
    }

    private void recompute() {
        InventoryIndex idx = index;
        if (idx == null) {
            return;
        }
        int gen = generation.incrementAndGet();
        Filter f = filter;
        Column sc = sortColumn;
        boolean asc = ascending;
        pending.incrementAndGet();
        worker.execute(() -> {
            try {
                long t0 = System.nanoTime();
                int[] r = idx.filter(f, Progress.NONE);
                if (sc != null) {
                    r = idx.sort(r, sc, asc, Progress.NONE);
                }
                long took = System.nanoTime() - t0;
                int[] result = r;
                deliver(gen, () -> {
                    lastFilterNanos = took;
                    show(result);
                });
            } finally {
                done();
            }
        });
    }

    private void sortBy(Column c) {
        if (sortColumn == c) {
            ascending = !ascending;
        } else {
            sortColumn = c;
            ascending = true;
        }
        table.setSortIndicator(c.ordinal(), ascending);
        recompute();
    }

    /** Sorts by a column as a click on its header does. */
    public void sort(Column c, boolean asc) {
        sortColumn = c;
        ascending = asc;
        table.setSortIndicator(c.ordinal(), asc);
        recompute();
    }

    private void contextMenu() {
        org.eclipse.swt.widgets.Menu menu = new org.eclipse.swt.widgets.Menu(table);
        item(menu, "inventory.open.asset", this::openAllSelected);
        new org.eclipse.swt.widgets.MenuItem(menu, SWT.SEPARATOR);
        item(menu, "edit.override", () -> wb.commands().override());
        item(menu, "edit.override.clear", () -> wb.commands().clearOverride());
        new org.eclipse.swt.widgets.MenuItem(menu, SWT.SEPARATOR);
        item(menu, "edit.copy", () -> wb.commands().copy());
        item(menu, "inventory.filter.value", this::filterByClickedValue);
        item(menu, "inventory.export.selection", this::exportSelection);
        new org.eclipse.swt.widgets.MenuItem(menu, SWT.SEPARATOR);
        org.eclipse.swt.widgets.MenuItem move = new org.eclipse.swt.widgets.MenuItem(menu, SWT.CASCADE);
        move.setText(t("inventory.move.to.phase"));
        org.eclipse.swt.widgets.Menu phases = new org.eclipse.swt.widgets.Menu(move);
        move.setMenu(phases);
        phases.addListener(SWT.Show, e -> {
            for (org.eclipse.swt.widgets.MenuItem mi : phases.getItems()) {
                mi.dispose();
            }
            org.origo.model.Plan plan = wb.session().project() == null ? null : wb.session().project().getPlan();
            if (plan == null) {
                org.eclipse.swt.widgets.MenuItem none = new org.eclipse.swt.widgets.MenuItem(phases, SWT.PUSH);
                none.setText(t("inventory.no.plan"));
                none.setEnabled(false);
                return;
            }
            for (org.origo.model.Phase ph : plan.getPhases()) {
                item(phases, "plan.phase.label", () -> moveSelectionToPhase(ph), ph.getIndex(), String.valueOf(ph.getYear()));
            }
        });
        table.setMenu(menu);
    }

    static void item(org.eclipse.swt.widgets.Menu menu, String key, Runnable r, Object... args) {
        org.eclipse.swt.widgets.MenuItem mi = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
        mi.setText(t(key, args));
        mi.addListener(SWT.Selection, e -> r.run());
    }

    /** Context menu "Filter by this value": the clicked cell's value becomes the filter of its column. */
    public void filterByClickedValue() {
        int c = table.menuColumn();
        int r = table.menuRow();
        if (c < 0 || r < 0 || r >= rows.length || index == null) {
            return;
        }
        Filter keep = filter;
        filter = keep;
        filterByValue(Column.values()[c], index.cell(rows[r], Column.values()[c]));
    }

    /** Narrows the filter to rows whose column has this value (verdict, kind, brand, site, department; else text). */
    public void filterBy(Column column, String value) {
        filterBy(column, value, Filter.ANY);
    }

    /** A drill-down: only this column value, and this verdict code unless {@link Filter#ANY}; other filters cleared. */
    public void filterBy(Column column, String value, int verdictCode) {
        filter = new Filter(verdictCode, Filter.ANY, null, null, null, null);
        filterByValue(column, value);
    }

    private void filterByValue(Column column, String value) {
        Filter f = filter;
        Filter n = switch (column) {
            case VERDICT -> new Filter(value.isEmpty() ? InventoryIndex.NONE : VerdictOutcome.get(value).getValue(), f.kind(),
                    f.brand(), f.site(), f.department(), f.text());
            case KIND -> new Filter(f.verdict(), AssetKind.get(value).getValue(), f.brand(), f.site(), f.department(), f.text());
            case BRAND -> new Filter(f.verdict(), f.kind(), value, f.site(), f.department(), f.text());
            case SITE -> new Filter(f.verdict(), f.kind(), f.brand(), value, f.department(), f.text());
            case DEPARTMENT -> new Filter(f.verdict(), f.kind(), f.brand(), f.site(), value, f.text());
            default -> new Filter(f.verdict(), f.kind(), f.brand(), f.site(), f.department(), value);
        };
        setFilter(n);
        syncWidgets();
    }

    /** Shows the filter in force in the filter row. */
    private void syncWidgets() {
        fillStaticCombos();
        if (index != null) {
            fill(brand, brandValues, filter.brand());
            fill(site, siteValues, filter.site());
            fill(department, departmentValues, filter.department());
        }
        String tx = filter.text() == null ? "" : filter.text();
        if (!tx.equals(text.getText())) {
            text.setText(tx);
        }
    }

    private void exportSelection() {
        String csv = copyText();
        if (csv == null) {
            wb.status(t("override.nothing"));
            return;
        }
        org.eclipse.swt.widgets.FileDialog d = new org.eclipse.swt.widgets.FileDialog(table.getShell(), SWT.SAVE);
        d.setFilterExtensions(new String[] { "*.tsv", "*.*" });
        d.setFileName("selection.tsv");
        d.setOverwrite(true);
        String out = d.open();
        if (out != null) {
            exportSelection(java.nio.file.Path.of(out));
        }
    }

    /** Writes the selected rows (as shown, tab-separated, UTF-8) to a file. */
    public void exportSelection(java.nio.file.Path out) {
        String csv = copyText();
        if (csv == null) {
            return;
        }
        try {
            java.nio.file.Files.writeString(out, csv, java.nio.charset.StandardCharsets.UTF_8);
            wb.status(t("inventory.exported", table.getSelectionIndices().length, out));
        } catch (java.io.IOException e) {
            wb.error(new org.origo.api.OrigoException(org.origo.ui.internal.i18n.UiMessages.text("inventory.export.failed",
                    out, String.valueOf(e.getMessage())), out.toString(), -1, null, e));
        }
    }

    /** Moves the plan items of the selected assets to a phase (undoable, as in the Plan view). */
    private void moveSelectionToPhase(org.origo.model.Phase phase) {
        org.origo.model.Plan plan = wb.session().project().getPlan();
        java.util.Set<Asset> sel = new java.util.HashSet<>(selection());
        List<org.origo.model.PlanItem> items = new ArrayList<>();
        for (org.origo.model.PlanItem it : plan.getItems()) {
            if (sel.contains(it.getAsset())) {
                items.add(it);
            }
        }
        if (items.isEmpty()) {
            wb.status(t("inventory.not.in.plan"));
            return;
        }
        wb.operations().execute(new org.origo.ui.internal.ops.PlanMoveOperation(wb, plan, items, phase));
    }

    /** Opens every selected asset, each in its own tab of the Asset view. */
    public void openAllSelected() {
        List<Asset> sel = selection();
        for (int i = 0; i < sel.size() && i < 20; i++) {
            wb.openAsset(sel.get(i));
        }
    }

    @Override
    public List<Asset> selectedAssets() {
        return selection();
    }

    @Override
    public String copyText() {
        return index == null ? null : table.copySelection();
    }

    @Override
    public boolean find() {
        text.setFocus();
        text.selectAll();
        return true;
    }

    private void openSelected() {
        List<Asset> sel = selection();
        if (!sel.isEmpty()) {
            wb.openAsset(sel.get(0));
        }
    }

    /** The selected assets (multi-select). */
    public List<Asset> selection() {
        List<Asset> out = new ArrayList<>();
        InventoryIndex idx = index;
        if (idx == null) {
            return out;
        }
        for (int i : table.getSelectionIndices()) {
            if (i < rows.length) {
                out.add(idx.asset(rows[i]));
            }
        }
        return out;
    }

    /** Whether index, filter and sort work has finished and the table shows its result. */
    public boolean settled() {
        return pending.get() == 0 && index != null;
    }

    public VirtualGrid table() {
        return table;
    }

    /** The rows shown, as indexes into the snapshot's assets. */
    public int[] rows() {
        return rows.clone();
    }

    public InventoryIndex index() {
        return index;
    }

    public Combo verdictCombo() {
        return verdict;
    }

    public org.eclipse.swt.widgets.Text textFilter() {
        return text;
    }

    public Label countLabel() {
        return count;
    }

    @Override
    public void dispose() {
        indexedRevision = -1;
        indexedProject = null;
    }
}
