package org.origo.ui.internal.wizard;

import static org.origo.ui.internal.i18n.UiMessages.t;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.inventory.api.ImportPreview;
import org.origo.ui.internal.i18n.UiMessages;

/**
 * The second page: per input, what the importer detected (encoding, delimiter, ...), the column
 * mapping with a field chooser per column, and the first rows as they will be read.
 */
public final class PreviewPage extends WizardPage {

    private final ImportWizard wizard;
    private List<ImportPreview> previews = List.of();
    private Combo source;
    private Label detected;
    private Combo encoding;
    private Combo delimiter;
    private Table mappingTable;
    private Table rows;
    private org.eclipse.swt.widgets.List notes;
    private final Map<String, String> detectedMapping = new LinkedHashMap<>();
    private final Map<String, String> current = new LinkedHashMap<>();
    private List<String> fields = new ArrayList<>();
    private Combo fieldCombo;

    PreviewPage(ImportWizard wizard) {
        super("preview");
        this.wizard = wizard;
        setTitle(t("import.preview.title"));
        setDescription(t("import.preview.description"));
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(6, false));
        new Label(c, SWT.NONE).setText(t("import.source"));
        source = new Combo(c, SWT.READ_ONLY);
        GridData sd = new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1);
        sd.widthHint = 200;
        source.setLayoutData(sd);
        source.addListener(SWT.Selection, e -> showSource(source.getSelectionIndex()));
        detected = new Label(c, SWT.WRAP);
        GridData dd = new GridData(SWT.FILL, SWT.CENTER, true, false, 6, 1);
        dd.widthHint = 200;
        detected.setLayoutData(dd);
        new Label(c, SWT.NONE).setText(t("import.encoding"));
        encoding = new Combo(c, SWT.DROP_DOWN);
        encoding.setItems("", "UTF-8", "GB18030", "GBK", "UTF-16LE", "UTF-16BE", "windows-1252");
        new Label(c, SWT.NONE).setText(t("import.delimiter"));
        delimiter = new Combo(c, SWT.DROP_DOWN);
        delimiter.setItems("", ",", ";", "\\t", "|");
        Label hint = new Label(c, SWT.WRAP);
        hint.setText(t("import.override.hint"));
        GridData hd = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        hd.widthHint = 120;
        hint.setLayoutData(hd);
        mappingTable = new Table(c, SWT.BORDER | SWT.FULL_SELECTION);
        mappingTable.setHeaderVisible(true);
        mappingTable.setLinesVisible(true);
        GridData md = new GridData(SWT.FILL, SWT.FILL, false, true, 2, 1);
        md.widthHint = 330;
        mappingTable.setLayoutData(md);
        for (String k : List.of("import.col.column", "import.col.field")) {
            TableColumn col = new TableColumn(mappingTable, SWT.LEFT);
            col.setText(t(k));
            col.setWidth(160);
        }
        rows = new Table(c, SWT.BORDER | SWT.FULL_SELECTION);
        rows.setHeaderVisible(true);
        rows.setLinesVisible(true);
        GridData rd = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 2);
        rd.widthHint = 200; // scrolls inside the page instead of widening the dialog
        rows.setLayoutData(rd);
        new Label(c, SWT.NONE).setText(t("import.field.for"));
        fieldCombo = new Combo(c, SWT.READ_ONLY);
        fieldCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        fieldCombo.addListener(SWT.Selection, e -> {
            int i = mappingTable.getSelectionIndex();
            if (i >= 0 && fieldCombo.getSelectionIndex() >= 0) {
                setField(mappingTable.getItem(i).getText(0), fields.get(fieldCombo.getSelectionIndex()));
            }
        });
        mappingTable.addListener(SWT.Selection, e -> {
            int i = mappingTable.getSelectionIndex();
            if (i >= 0) {
                fieldCombo.select(fields.indexOf(current.get(mappingTable.getItem(i).getText(0))));
            }
        });
        notes = new org.eclipse.swt.widgets.List(c, SWT.BORDER | SWT.V_SCROLL);
        GridData nd = new GridData(SWT.FILL, SWT.BOTTOM, true, false, 6, 1);
        nd.heightHint = 50;
        notes.setLayoutData(nd);
        setControl(c);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            load();
        }
    }

    /** Fetches the preview from the inventory service and shows the first input. */
    public void load() {
        setErrorMessage(null);
        try {
            previews = wizard.computePreview();
        } catch (OrigoException e) {
            previews = List.of();
            setErrorMessage(e.describe(UiMessages.locale()));
        }
        source.removeAll();
        for (ImportPreview p : previews) {
            source.add(p.source() + "  [" + p.importer() + "]");
        }
        if (!previews.isEmpty()) {
            source.select(0);
            showSource(0);
        }
    }

    private void showSource(int i) {
        ImportPreview p = previews.get(i);
        StringBuilder sb = new StringBuilder(t("import.detected.importer", p.importer()));
        for (Map.Entry<String, String> e : p.detected().entrySet()) {
            String key = e.getKey().replace(' ', '-');
            String label = t("import.detected." + key);
            if (label.startsWith("import.detected.")) {
                label = e.getKey();
            }
            String value = show(e.getValue());
            if ("delimiter".equals(key)) {
                String d = delimiterChar(e.getValue());
                value = t("import.delim." + ("\\t".equals(d) ? "tab" : d.equals(",") ? "comma" : d.equals(";") ? "semicolon"
                        : d.equals("|") ? "pipe" : "other"), show(d));
            }
            sb.append("   ").append(label).append(UiMessages.chinese() ? "：" : ": ").append(value);
        }
        detected.setText(sb.toString());
        String enc = p.detected().get("encoding");
        encoding.setText(enc == null ? "" : enc);
        String del = p.detected().get("delimiter");
        delimiter.setText(del == null ? "" : show(delimiterChar(del)));
        detectedMapping.clear();
        current.clear();
        mappingTable.removeAll();
        fields = wizard.knownFields();
        for (int c = 0; c < p.columns().size(); c++) {
            String column = p.columns().get(c);
            String field = c < p.mapping().size() && p.mapping().get(c) != null ? p.mapping().get(c) : "";
            detectedMapping.put(column, field);
            current.put(column, field);
            if (!fields.contains(field)) {
                fields.add(field);
            }
        }
        fieldCombo.setItems(fields.stream().map(f -> f.isEmpty() ? t("import.field.ignore") : f).toArray(String[]::new));
        for (Map.Entry<String, String> e : current.entrySet()) {
            TableItem it = new TableItem(mappingTable, SWT.NONE);
            it.setText(new String[] { e.getKey(), label(e.getValue()) });
        }
        rows.setRedraw(false);
        rows.removeAll();
        for (TableColumn col : rows.getColumns()) {
            col.dispose();
        }
        // ledgers name their columns; other formats (dmidecode, lshw ...) give the fields read per asset
        List<String> shown = new ArrayList<>(p.columns());
        if (shown.isEmpty()) {
            for (Map<String, String> r : p.rows()) {
                for (String k : r.keySet()) {
                    if (!shown.contains(k)) {
                        shown.add(k);
                    }
                }
            }
        }
        for (String column : shown) {
            TableColumn col = new TableColumn(rows, SWT.LEFT);
            col.setText(column);
        }
        for (Map<String, String> r : p.rows()) {
            TableItem it = new TableItem(rows, SWT.NONE);
            for (int c = 0; c < shown.size(); c++) {
                String v = r.get(shown.get(c));
                if (v == null && c < p.mapping().size() && p.mapping().get(c) != null) {
                    v = r.get(p.mapping().get(c)); // rows keyed by the field the column goes to
                }
                it.setText(c, v == null ? "" : v);
            }
        }
        for (TableColumn col : rows.getColumns()) {
            col.pack();
            col.setWidth(Math.min(col.getWidth(), 220));
        }
        rows.setRedraw(true);
        notes.removeAll();
        for (Text n : p.notes()) {
            notes.add(UiMessages.in(n));
        }
    }

    /** The delimiter itself from the importer's name for it ("comma (,)" gives ","; "tab" gives \\t). */
    static String delimiterChar(String detected) {
        if (detected == null) {
            return "";
        }
        if (detected.equalsIgnoreCase("tab") || detected.equals("\t")) {
            return "\\t";
        }
        int open = detected.lastIndexOf('(');
        if (open >= 0 && detected.endsWith(")") && detected.length() - open == 3) {
            return detected.substring(open + 1, open + 2);
        }
        return detected;
    }

    private static String show(String v) {
        return "\t".equals(v) ? "\\t" : v;
    }

    /** The source shown (for naming the saved mapping). */
    String source() {
        int i = source.getSelectionIndex();
        return i < 0 || i >= previews.size() ? null : previews.get(i).source();
    }

    private static String label(String field) {
        return field.isEmpty() ? t("import.field.ignore") : field;
    }

    /** The mapping as the user left it: column → field (empty = ignored). */
    public Map<String, String> mapping() {
        return new LinkedHashMap<>(current);
    }

    /** Sets the field of a column as the user does with the field chooser. */
    public void setField(String column, String field) {
        if (!current.containsKey(column)) {
            throw new IllegalArgumentException(column);
        }
        current.put(column, field);
        int i = new ArrayList<>(current.keySet()).indexOf(column);
        mappingTable.getItem(i).setText(1, label(field));
        mappingTable.setSelection(i);
        fieldCombo.select(fields.indexOf(field));
    }

    boolean mappingChanged() {
        return !previews.isEmpty() && !mapping().equals(detectedMapping);
    }

    /** Encoding and delimiter the user overrode (empty when the detected ones stay). */
    Map<String, String> options() {
        Map<String, String> o = new LinkedHashMap<>();
        if (previews.isEmpty() || source == null || source.isDisposed()) {
            return o;
        }
        ImportPreview p = previews.get(Math.max(0, source.getSelectionIndex()));
        String enc = encoding.getText().trim();
        if (!enc.isEmpty() && !enc.equals(p.detected().get("encoding"))) {
            o.put("encoding", enc);
        }
        String del = delimiter.getText().replace("\\t", "\t");
        String found = p.detected().get("delimiter");
        if (!del.isEmpty() && !del.equals(found) && !del.equals(found == null ? null : delimiterChar(found).replace("\\t", "\t"))) {
            o.put("delimiter", del);
        }
        return o;
    }

    public Label detectedLabel() {
        return detected;
    }

    public Table rowsTable() {
        return rows;
    }

    public Table mappingTable() {
        return mappingTable;
    }
}
