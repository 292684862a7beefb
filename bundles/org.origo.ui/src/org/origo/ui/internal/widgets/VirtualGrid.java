package org.origo.ui.internal.widgets;

import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * A drawn table for very many rows: only the visible rows are asked for and painted, so showing or
 * re-filtering a million rows costs the same as a hundred (a native virtual table still creates
 * one native row per item). Column headers report clicks (for sorting); rows can be selected with
 * the mouse (Ctrl and Shift for several) and the keyboard; a double click or Enter opens.
 */
public final class VirtualGrid extends Canvas {

    private String[] titles = new String[0];
    private int[] widths = new int[0];
    private int count;
    private IntFunction<String[]> rows = i -> new String[0];
    private final BitSet selected = new BitSet();
    private int anchor = -1;
    private int focus = -1;
    private int top;
    private int xOffset;
    private int sortColumn = -1;
    private boolean sortUp = true;
    private final List<IntConsumer> headerListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> openListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> selectionListeners = new CopyOnWriteArrayList<>();

    public VirtualGrid(Composite parent) {
        super(parent, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        addListener(SWT.Paint, e -> paint(e.gc));
        addListener(SWT.Resize, e -> updateScrollBars());
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseDoubleClick, e -> {
            if (e.y > headerHeight() && rowAt(e.y) >= 0) {
                openListeners.forEach(Runnable::run);
            }
        });
        addListener(SWT.MouseVerticalWheel, e -> {
            scrollTo(top - e.count);
            e.doit = false;
        });
        addListener(SWT.KeyDown, this::key);
        addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_RETURN) {
                e.doit = false;
                openListeners.forEach(Runnable::run);
            }
        });
        getVerticalBar().addListener(SWT.Selection, e -> {
            top = getVerticalBar().getSelection();
            redraw();
        });
        getHorizontalBar().addListener(SWT.Selection, e -> {
            xOffset = getHorizontalBar().getSelection();
            redraw();
        });
    }

    /** Sets the columns (titles and pixel widths). */
    public void setColumns(String[] titles, int[] widths) {
        this.titles = titles.clone();
        this.widths = widths.clone();
        updateScrollBars();
        redraw();
    }

    /** Sets the number of rows and how to get a row's cell texts (asked only for visible rows). */
    public void setRows(int count, IntFunction<String[]> rows) {
        this.count = count;
        this.rows = rows;
        selected.clear();
        anchor = -1;
        focus = -1;
        top = 0;
        updateScrollBars();
        redraw();
    }

    /** Shows a fixed list of rows (keeps the selection when the rows are the same count). */
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
        List<String[]> out = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(rows.apply(i));
        }
        return out;
    }

    /** Fits each column to its widest text among the first rows (at most 500). */
    public void pack() {
        GC gc = new GC(this);
        try {
            int[] w = new int[titles.length];
            for (int c = 0; c < titles.length; c++) {
                w[c] = gc.textExtent(titles[c]).x + 24;
            }
            for (int r = 0; r < Math.min(count, 500); r++) {
                String[] cells = rows.apply(r);
                for (int c = 0; c < Math.min(cells.length, w.length); c++) {
                    if (cells[c] != null) {
                        w[c] = Math.max(w[c], Math.min(600, gc.textExtent(cells[c]).x + 12));
                    }
                }
            }
            widths = w;
        } finally {
            gc.dispose();
        }
        updateScrollBars();
        redraw();
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

    /** The text of a cell as it is painted. */
    public String getText(int row, int column) {
        String[] r = rows.apply(row);
        return column < r.length && r[column] != null ? r[column] : "";
    }

    public void setSortIndicator(int column, boolean up) {
        sortColumn = column;
        sortUp = up;
        redraw();
    }

    public int[] getSelectionIndices() {
        return selected.stream().toArray();
    }

    public void setSelection(int[] indices) {
        selected.clear();
        for (int i : indices) {
            if (i >= 0 && i < count) {
                selected.set(i);
            }
        }
        anchor = indices.length > 0 ? indices[0] : -1;
        focus = anchor;
        redraw();
    }

    public int getTopIndex() {
        return top;
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

    private int rowHeight() {
        GC gc = new GC(this);
        try {
            return gc.getFontMetrics().getHeight() + 6;
        } finally {
            gc.dispose();
        }
    }

    private int headerHeight() {
        return rowHeight() + 2;
    }

    private int visibleRows() {
        Rectangle r = getClientArea();
        return Math.max(1, (r.height - headerHeight()) / rowHeight());
    }

    private int totalWidth() {
        int w = 0;
        for (int x : widths) {
            w += x;
        }
        return w;
    }

    private void updateScrollBars() {
        ScrollBar v = getVerticalBar();
        int visible = visibleRows();
        v.setValues(Math.min(top, Math.max(0, count - visible)), 0, Math.max(count, 1), Math.max(1, Math.min(visible, count)),
                1, Math.max(1, visible - 1));
        v.setEnabled(count > visible);
        top = v.getSelection();
        ScrollBar h = getHorizontalBar();
        int width = getClientArea().width;
        h.setValues(Math.min(xOffset, Math.max(0, totalWidth() - width)), 0, Math.max(totalWidth(), 1),
                Math.max(1, Math.min(width, totalWidth())), 20, Math.max(1, width - 20));
        h.setEnabled(totalWidth() > width);
        xOffset = h.getSelection();
    }

    private void scrollTo(int row) {
        int max = Math.max(0, count - visibleRows());
        top = Math.max(0, Math.min(row, max));
        getVerticalBar().setSelection(top);
        redraw();
    }

    /** Scrolls so that the row is visible. */
    public void showRow(int row) {
        if (row < top) {
            scrollTo(row);
        } else if (row >= top + visibleRows()) {
            scrollTo(row - visibleRows() + 1);
        }
    }

    private int rowAt(int y) {
        int r = top + (y - headerHeight()) / rowHeight();
        return y < headerHeight() || r >= count ? -1 : r;
    }

    private void mouseDown(Event e) {
        setFocus();
        if (e.button != 1 && e.button != 3) {
            return;
        }
        if (e.y < headerHeight()) {
            int x = e.x + xOffset;
            for (int c = 0; c < widths.length; c++) {
                if (x < widths[c]) {
                    final int col = c;
                    headerListeners.forEach(l -> l.accept(col));
                    return;
                }
                x -= widths[c];
            }
            return;
        }
        int row = rowAt(e.y);
        if (row < 0) {
            return;
        }
        select(row, (e.stateMask & SWT.MOD1) != 0, (e.stateMask & SWT.SHIFT) != 0);
    }

    private void select(int row, boolean toggle, boolean range) {
        if (range && anchor >= 0) {
            if (!toggle) {
                selected.clear();
            }
            selected.set(Math.min(anchor, row), Math.max(anchor, row) + 1);
        } else if (toggle) {
            selected.flip(row);
            anchor = row;
        } else {
            selected.clear();
            selected.set(row);
            anchor = row;
        }
        focus = row;
        showRow(row);
        redraw();
        selectionListeners.forEach(Runnable::run);
    }

    private void key(Event e) {
        if (count == 0) {
            return;
        }
        int f = Math.max(focus, 0);
        int target;
        switch (e.keyCode) {
            case SWT.ARROW_UP -> target = f - 1;
            case SWT.ARROW_DOWN -> target = f + 1;
            case SWT.PAGE_UP -> target = f - visibleRows();
            case SWT.PAGE_DOWN -> target = f + visibleRows();
            case SWT.HOME -> target = 0;
            case SWT.END -> target = count - 1;
            default -> {
                if ((e.stateMask & SWT.MOD1) != 0 && (e.character == 'a' || e.keyCode == 'a')) {
                    selected.set(0, count);
                    redraw();
                    selectionListeners.forEach(Runnable::run);
                }
                return;
            }
        }
        select(Math.max(0, Math.min(count - 1, target)), false, (e.stateMask & SWT.SHIFT) != 0);
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        return new Point(wHint == SWT.DEFAULT ? Math.min(totalWidth(), 800) : wHint,
                hHint == SWT.DEFAULT ? headerHeight() + 10 * rowHeight() : hHint);
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        var d = getDisplay();
        Color bg = d.getSystemColor(SWT.COLOR_LIST_BACKGROUND);
        Color fg = d.getSystemColor(SWT.COLOR_LIST_FOREGROUND);
        Color selBg = d.getSystemColor(SWT.COLOR_LIST_SELECTION);
        Color selFg = d.getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT);
        Color headerBg = d.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND);
        Color line = d.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW);
        Color stripe = new Color(d, 246, 246, 248);
        try {
            gc.setBackground(bg);
            gc.fillRectangle(area);
            int rh = rowHeight();
            int hh = headerHeight();
            int pad = 4;
            // rows
            int visible = visibleRows() + 1;
            for (int i = 0; i < visible && top + i < count; i++) {
                int row = top + i;
                int y = hh + i * rh;
                boolean sel = selected.get(row);
                gc.setBackground(sel ? selBg : (row % 2 == 1 ? stripe : bg));
                gc.fillRectangle(0, y, area.width, rh);
                gc.setForeground(sel ? selFg : fg);
                String[] cells = rows.apply(row);
                int x = -xOffset;
                for (int c = 0; c < widths.length; c++) {
                    if (x + widths[c] > 0 && x < area.width && c < cells.length && cells[c] != null) {
                        gc.setClipping(x + pad, y, Math.max(0, widths[c] - 2 * pad), rh);
                        gc.drawString(cells[c], x + pad, y + 3, true);
                        gc.setClipping((Rectangle) null);
                    }
                    x += widths[c];
                }
                if (row == focus && isFocusControl()) {
                    gc.setForeground(fg);
                    gc.drawFocus(0, y, area.width, rh);
                }
            }
            // header
            gc.setBackground(headerBg);
            gc.fillRectangle(0, 0, area.width, hh);
            gc.setForeground(line);
            gc.drawLine(0, hh - 1, area.width, hh - 1);
            int x = -xOffset;
            for (int c = 0; c < widths.length; c++) {
                gc.setForeground(fg);
                gc.setClipping(x + pad, 0, Math.max(0, widths[c] - 2 * pad), hh);
                String t = titles[c] + (c == sortColumn ? (sortUp ? " \u25b2" : " \u25bc") : "");
                gc.drawString(t, x + pad, 3, true);
                gc.setClipping((Rectangle) null);
                x += widths[c];
                gc.setForeground(line);
                gc.drawLine(x - 1, 2, x - 1, hh - 3);
            }
        } finally {
            stripe.dispose();
        }
    }
}
