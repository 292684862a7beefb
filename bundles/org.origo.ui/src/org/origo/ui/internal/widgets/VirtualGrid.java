package org.origo.ui.internal.widgets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.coordinate.Range;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.CompositeLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.reorder.ColumnReorderLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.config.RowOnlySelectionBindings;
import org.eclipse.nebula.widgets.nattable.selection.config.RowOnlySelectionConfiguration;
import org.eclipse.nebula.widgets.nattable.selection.event.ISelectionEvent;
import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;

/**
 * The workbench's grid: a NatTable over rows that are asked for only when they are painted, so
 * showing or re-filtering a million rows costs the same as a hundred. Columns can be resized and
 * reordered by dragging their headers; a click on a header asks the owner to sort (the owner sorts
 * off the UI thread and calls {@link #setSortIndicator}); rows are selected whole (Ctrl and Shift
 * for several, keyboard too) with a visible focus; a double click or Enter opens. The selection
 * can be copied as tab-separated text and is reported to screen readers.
 */
public final class VirtualGrid extends Composite {

    private String[] titles = new String[0];
    private int[] widths = new int[0];
    private int count;
    private IntFunction<String[]> rows = i -> new String[0];
    private int cachedRow = -1;
    private String[] cached;
    private int sortColumn = -1;
    private boolean sortUp = true;
    private int menuColumn = -1;
    private int menuRow = -1;
    private final List<IntConsumer> headerListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> openListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> selectionListeners = new CopyOnWriteArrayList<>();
    private NatTable nat;
    private DataLayer bodyData;
    private SelectionLayer selection;
    private ViewportLayer viewport;
    private Menu menu;

    public VirtualGrid(Composite parent) {
        super(parent, SWT.NONE);
        CollectionsBridge.prime();
        setLayout(new FillLayout());
        build();
    }

    private final IDataProvider body = new IDataProvider() {
        @Override
        public Object getDataValue(int column, int row) {
            String[] r = row(row);
            return r != null && column < r.length && r[column] != null ? r[column] : "";
        }

        @Override
        public void setDataValue(int column, int row, Object value) {
            // read-only
        }

        @Override
        public int getColumnCount() {
            return titles.length;
        }

        @Override
        public int getRowCount() {
            return count;
        }
    };

    private String[] row(int row) {
        if (row < 0 || row >= count) {
            return null;
        }
        if (row != cachedRow) {
            cached = rows.apply(row);
            cachedRow = row;
        }
        return cached;
    }

    private final ISortModel sortModel = new ISortModel() {
        @Override
        public List<Integer> getSortedColumnIndexes() {
            return sortColumn < 0 ? List.of() : List.of(sortColumn);
        }

        @Override
        public boolean isColumnIndexSorted(int column) {
            return column == sortColumn;
        }

        @Override
        public SortDirectionEnum getSortDirection(int column) {
            return column != sortColumn ? SortDirectionEnum.NONE : sortUp ? SortDirectionEnum.ASC : SortDirectionEnum.DESC;
        }

        @Override
        public int getSortOrder(int column) {
            return column == sortColumn ? 0 : -1;
        }

        @SuppressWarnings("rawtypes")
        @Override
        public List<Comparator> getComparatorsForColumnIndex(int column) {
            return List.of();
        }

        @Override
        public Comparator<?> getColumnComparator(int column) {
            return null;
        }

        @Override
        public void sort(int column, SortDirectionEnum direction, boolean accumulate) {
            // the owner sorts in the background and then sets the indicator
            headerListeners.forEach(l -> l.accept(column));
        }

        @Override
        public void clear() {
            sortColumn = -1;
        }
    };

    private void build() {
        if (nat != null) {
            nat.dispose();
        }
        // rows and header as high as the font needs (Chinese glyphs are taller than NatTable's 20 px)
        GC measure = new GC(this);
        int fontHeight;
        try {
            fontHeight = measure.getFontMetrics().getHeight();
        } finally {
            measure.dispose();
        }
        bodyData = new DataLayer(body);
        bodyData.setDefaultRowHeight(Math.max(20, fontHeight + 8));
        for (int c = 0; c < widths.length; c++) {
            bodyData.setColumnWidthByPosition(c, widths[c]);
        }
        ColumnReorderLayer reorder = new ColumnReorderLayer(bodyData);
        selection = new SelectionLayer(reorder, false);
        selection.addConfiguration(new RowOnlySelectionConfiguration());
        viewport = new ViewportLayer(selection);
        DataLayer headerData = new DataLayer(new DefaultColumnHeaderDataProvider(titles));
        headerData.setDefaultRowHeight(Math.max(20, fontHeight + 10));
        ColumnHeaderLayer header = new ColumnHeaderLayer(headerData, viewport, selection);
        SortHeaderLayer<Object> sortHeader = new SortHeaderLayer<>(header, sortModel);
        CompositeLayer composite = new CompositeLayer(1, 2);
        composite.setChildLayer(GridRegion.COLUMN_HEADER, sortHeader, 0, 0);
        composite.setChildLayer(GridRegion.BODY, viewport, 0, 1);
        nat = new NatTable(this, NatTable.DEFAULT_STYLE_OPTIONS | SWT.BORDER, composite, false);
        DefaultNatTableStyleConfiguration style = new DefaultNatTableStyleConfiguration();
        style.hAlign = org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum.LEFT;
        nat.addConfiguration(style);
        nat.addConfiguration(new SingleClickSortConfiguration());
        nat.addConfiguration(new RowOnlySelectionBindings());
        nat.configure();
        nat.getUiBindingRegistry().registerDoubleClickBinding(MouseEventMatcher.bodyLeftClick(SWT.NONE),
                (table, event) -> openListeners.forEach(Runnable::run));
        nat.getUiBindingRegistry().registerKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.CR),
                (table, event) -> openListeners.forEach(Runnable::run));
        nat.getUiBindingRegistry().registerKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.KEYPAD_CR),
                (table, event) -> openListeners.forEach(Runnable::run));
        selection.addLayerListener(event -> {
            if (event instanceof ISelectionEvent) {
                selectionListeners.forEach(Runnable::run);
                nat.getAccessible().selectionChanged();
            }
        });
        nat.addListener(SWT.MenuDetect, e -> {
            Point p = nat.toControl(e.x, e.y);
            int col = nat.getColumnIndexByPosition(nat.getColumnPositionByX(p.x));
            int rowPos = nat.getRowPositionByY(p.y);
            int row = rowPos <= 0 ? -1 : viewport.getRowIndexByPosition(rowPos - 1);
            menuColumn = col;
            menuRow = row;
            if (row >= 0 && !contains(getSelectionIndices(), row)) {
                setSelection(new int[] { row });
            }
        });
        nat.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = describeSelection();
            }
        });
        if (menu != null && !menu.isDisposed()) {
            nat.setMenu(menu);
        }
        layout(true, true);
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    /** "Host name: CZJ-PC-0001, Verdict: Replace …" for the first selected row (what a screen reader says). */
    String describeSelection() {
        int[] sel = getSelectionIndices();
        if (sel.length == 0) {
            return String.join(", ", titles);
        }
        String[] r = row(sel[0]);
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < titles.length && r != null && c < r.length; c++) {
            sb.append(c == 0 ? "" : ", ").append(titles[c]).append(": ").append(r[c] == null ? "" : r[c]);
        }
        return sb.toString();
    }

    /** Sets the columns (titles and pixel widths). */
    public void setColumns(String[] titles, int[] widths) {
        this.titles = titles.clone();
        this.widths = widths.clone();
        build();
    }

    /** Sets the number of rows and how to get a row's cell texts (asked only for visible rows). */
    public void setRows(int count, IntFunction<String[]> rows) {
        this.count = count;
        this.rows = rows;
        cachedRow = -1;
        cached = null;
        selection.clear(false);
        viewport.resetOrigin(0, 0);
        nat.refresh(false);
    }

    /** Shows a fixed list of rows. */
    public void setRows(List<String[]> data) {
        List<String[]> copy = List.copyOf(data);
        setRows(copy.size(), copy::get);
    }

    /** Creates a grid with titled columns of the given widths. */
    public static VirtualGrid create(Composite parent, String[] titles, int[] widths) {
        VirtualGrid g = new VirtualGrid(parent);
        g.setColumns(titles, widths);
        return g;
    }

    /** Every row's texts (for small grids: tests and copies). */
    public List<String[]> rows() {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(rows.apply(i));
        }
        return out;
    }

    /** Fits each column to its widest text among the first rows (at most 500). */
    public void pack() {
        GC gc = new GC(nat);
        try {
            int[] w = new int[titles.length];
            for (int c = 0; c < titles.length; c++) {
                w[c] = gc.textExtent(titles[c]).x + 28;
            }
            for (int r = 0; r < Math.min(count, 500); r++) {
                String[] cells = rows.apply(r);
                for (int c = 0; c < Math.min(cells.length, w.length); c++) {
                    if (cells[c] != null) {
                        w[c] = Math.max(w[c], Math.min(600, gc.textExtent(cells[c]).x + 14));
                    }
                }
            }
            widths = w;
            for (int c = 0; c < w.length; c++) {
                bodyData.setColumnWidthByPosition(c, w[c]);
            }
        } finally {
            gc.dispose();
        }
        nat.refresh(false);
    }

    public int getItemCount() {
        return count;
    }

    public int getColumnCount() {
        return titles.length;
    }

    public String getColumnText(int column) {
        return titles[column];
    }

    /** The text of a cell (by row and the column's original index, whatever the order shown). */
    public String getText(int row, int column) {
        String[] r = rows.apply(row);
        return column < r.length && r[column] != null ? r[column] : "";
    }

    /** The pixel width of a column (by its original index). */
    public int getColumnWidth(int column) {
        return bodyData.getColumnWidthByPosition(column);
    }

    /** Sets a column's width as dragging its header border does. */
    public void setColumnWidth(int column, int width) {
        bodyData.setColumnWidthByPosition(column, width);
        nat.refresh(false);
    }

    /** The column indexes in the order shown (after the user dragged headers). */
    public int[] columnOrder() {
        int[] order = new int[titles.length];
        for (int p = 0; p < order.length; p++) {
            order[p] = selection.getColumnIndexByPosition(p);
        }
        return order;
    }

    /** Moves a column as dragging its header does. */
    public void moveColumn(int fromPosition, int toPosition) {
        nat.doCommand(new org.eclipse.nebula.widgets.nattable.reorder.command.ColumnReorderCommand(selection, fromPosition,
                toPosition));
    }

    public void setSortIndicator(int column, boolean up) {
        sortColumn = column;
        sortUp = up;
        nat.redraw();
    }

    public int[] getSelectionIndices() {
        List<Integer> out = new ArrayList<>();
        Set<Range> ranges = selection.getSelectedRowPositions();
        for (Range r : ranges) {
            for (int i = r.start; i < r.end; i++) {
                out.add(selection.getRowIndexByPosition(i));
            }
        }
        return out.stream().sorted().distinct().mapToInt(Integer::intValue).toArray();
    }

    public void setSelection(int[] indices) {
        selection.clear(false);
        boolean first = true;
        for (int i : indices) {
            if (i >= 0 && i < count) {
                selection.selectRow(0, i, false, !first);
                first = false;
            }
        }
        nat.redraw();
    }

    public int getTopIndex() {
        return viewport.getRowIndexByPosition(0);
    }

    /** Scrolls so that the row is visible. */
    public void showRow(int row) {
        if (row >= 0 && row < count) {
            viewport.moveRowPositionIntoViewport(row);
        }
    }

    /** The selected rows as tab-separated text with a header line (what Copy puts on the clipboard). */
    public String copySelection() {
        int[] sel = getSelectionIndices();
        if (sel.length == 0) {
            return null;
        }
        int[] order = columnOrder();
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < order.length; p++) {
            sb.append(p == 0 ? "" : "\t").append(titles[order[p]]);
        }
        sb.append('\n');
        for (int i : sel) {
            String[] r = rows.apply(i);
            for (int p = 0; p < order.length; p++) {
                String v = order[p] < r.length && r[order[p]] != null ? r[order[p]] : "";
                sb.append(p == 0 ? "" : "\t").append(v.replace('\t', ' ').replace('\n', ' '));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The column index under the last context-menu click, or -1. */
    public int menuColumn() {
        return menuColumn;
    }

    /** The row under the last context-menu click, or -1. */
    public int menuRow() {
        return menuRow;
    }

    /** The NatTable inside (for tests and focus). */
    public NatTable natTable() {
        return nat;
    }

    public void addHeaderListener(IntConsumer l) {
        headerListeners.add(l);
    }

    public void addOpenListener(Runnable l) {
        openListeners.add(l);
    }

    public void addSelectionListener(Runnable l) {
        selectionListeners.add(l);
    }

    @Override
    public void setMenu(Menu menu) {
        this.menu = menu;
        super.setMenu(menu);
        nat.setMenu(menu);
    }

    @Override
    public boolean setFocus() {
        return nat.setFocus();
    }

    @Override
    public void redraw() {
        super.redraw();
        if (nat != null) {
            nat.redraw();
        }
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        int w = 0;
        for (int x : widths) {
            w += x;
        }
        return new Point(wHint != SWT.DEFAULT ? wHint : Math.min(Math.max(w, 200), 800), hHint != SWT.DEFAULT ? hHint : 160);
    }
}
