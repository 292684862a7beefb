package org.origo.report.xlsx.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.origo.report.tables.CellType;
import org.origo.report.tables.Utf8Writer;

/**
 * A streaming SpreadsheetML (XLSX) writer: rows go straight into the zip as they come, so memory
 * stays constant however many rows a sheet has. Strings are written inline (no shared-string
 * table), so a text cell is never a formula. Every sheet gets a frozen, bold header row, column
 * widths and an autofilter over its rows; numbers, dates and booleans are typed cells.
 *
 * <p>Usage: {@link #startSheet}, {@link #header}, {@link #row} ..., {@link #endSheet}, then the next
 * sheet, and finally {@link #close()}, which writes the workbook parts.
 */
public final class XlsxWriter implements Closeable {

    /** The most rows a sheet can hold (Excel's limit, header included). */
    public static final int MAX_ROWS = 1_048_576;
    static final int MAX_COLUMNS = 16_384;

    private static final String NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

    // cell styles (indexes into cellXfs of styles.xml)
    private static final int STYLE_HEADER = 1, STYLE_DATE = 2, STYLE_DECIMAL = 3, STYLE_INTEGER = 4, STYLE_PERCENT = 5, STYLE_CODE = 6,
            STYLE_TITLE = 7;
    private static final LocalDateTime EXCEL_EPOCH = LocalDateTime.of(1899, 12, 30, 0, 0);

    /** A finished sheet; {@code headerRow} is 2 when a title row stands above the header. */
    private record Sheet(String name, int columns, int rows, int headerRow) {
    }

    private final ZipOutputStream zip;
    private final Writer w;
    private final int maxRows;
    private final List<Sheet> sheets = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private String current;
    private int columns;
    private int rows;
    private String[] refs;
    private int headerRow = 1;

    public XlsxWriter(OutputStream out) {
        this(out, MAX_ROWS);
    }

    /** With a smaller row limit, for tests of the sheet roll-over. */
    XlsxWriter(OutputStream out, int maxRows) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.zip.setLevel(Deflater.BEST_SPEED + 2);
        // never closed itself: flushed after every part, the zip is closed by close()
        this.w = new Utf8Writer(zip, 1 << 16);
        this.maxRows = maxRows;
    }

    /** How many rows a sheet can hold here. */
    public int maxRows() {
        return maxRows;
    }

    /** Rows written to the current sheet so far (header included). */
    public int rows() {
        return rows;
    }

    /**
     * Starts a sheet. The name is made valid (at most 31 characters, none of {@code []:*?/\}) and
     * unique; column widths are in characters.
     *
     * @return the name the sheet got
     */
    public String startSheet(String name, int[] widths) throws IOException {
        return startSheet(name, widths, null);
    }

    /**
     * Starts a sheet with a title row above the header (when {@code title} is not null). Every
     * sheet prints on A4 landscape, fitted to the page width, with the title and header rows
     * repeated on each printed page.
     */
    public String startSheet(String name, int[] widths, String title) throws IOException {
        if (current != null) {
            endSheet();
        }
        if (widths.length > MAX_COLUMNS) {
            throw new IllegalArgumentException("too many columns: " + widths.length);
        }
        current = uniqueName(name);
        columns = widths.length;
        rows = 0;
        headerRow = title == null ? 1 : 2;
        refs = new String[columns];
        for (int i = 0; i < columns; i++) {
            refs[i] = columnName(i);
        }
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (sheets.size() + 1) + ".xml"));
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + NS_MAIN + "\" xmlns:r=\""
                + NS_REL + "\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><sheetViews><sheetView workbookViewId=\"0\""
                + (sheets.isEmpty() ? " tabSelected=\"1\"" : "") + "><pane ySplit=\"" + headerRow + "\" topLeftCell=\"A" + (headerRow + 1)
                + "\" activePane=\"bottomLeft\" state=\"frozen\"/>" + "<selection pane=\"bottomLeft\" activeCell=\"A" + (headerRow + 1)
                + "\" sqref=\"A" + (headerRow + 1) + "\"/></sheetView></sheetViews>"
                + "<sheetFormatPr defaultRowHeight=\"15\"/>");
        if (columns > 0) {
            w.write("<cols>");
            for (int i = 0; i < columns; i++) {
                w.write("<col min=\"" + (i + 1) + "\" max=\"" + (i + 1) + "\" width=\"" + Math.max(4, Math.min(255, widths[i] + 2))
                        + "\" customWidth=\"1\"/>");
            }
            w.write("</cols>");
        }
        w.write("<sheetData>");
        if (title != null) {
            rows++;
            w.write("<row r=\"1\" ht=\"22\" customHeight=\"1\">");
            inline(0, title, STYLE_TITLE);
            w.write("</row>");
        }
        return current;
    }

    /** The header row (bold, frozen). */
    public void header(String[] labels) throws IOException {
        checkRoom();
        rows++;
        w.write("<row r=\"" + rows + "\">");
        for (int i = 0; i < labels.length && i < columns; i++) {
            inline(i, labels[i], STYLE_HEADER);
        }
        w.write("</row>");
    }

    /** One row of typed values (null = empty cell). */
    public void row(Object[] values, CellType[] types) throws IOException {
        checkRoom();
        rows++;
        w.write("<row r=\"");
        w.write(Integer.toString(rows));
        w.write("\">");
        for (int i = 0; i < values.length && i < columns; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            switch (types[i]) {
            case TEXT -> {
                String s = v.toString();
                if (!s.isEmpty()) {
                    inline(i, s, 0);
                }
            }
            case INTEGER -> number(i, ((Number) v).doubleValue(), STYLE_INTEGER);
            case CODE -> number(i, ((Number) v).doubleValue(), STYLE_CODE);
            case DECIMAL -> number(i, ((Number) v).doubleValue(), STYLE_DECIMAL);
            case PERCENT -> number(i, ((Number) v).doubleValue(), STYLE_PERCENT);
            case DATE -> number(i, serial((Date) v), STYLE_DATE);
            case BOOLEAN -> {
                w.write("<c r=\"");
                w.write(refs[i]);
                w.write(Integer.toString(rows));
                w.write("\" t=\"b\"><v>");
                w.write((Boolean) v ? "1" : "0");
                w.write("</v></c>");
            }
            }
        }
        w.write("</row>");
    }

    private void checkRoom() {
        if (current == null) {
            throw new IllegalStateException("no sheet started");
        }
        if (rows >= maxRows) {
            throw new IllegalStateException("sheet " + current + " is full (" + maxRows + " rows)");
        }
    }

    private void inline(int col, String s, int style) throws IOException {
        w.write("<c r=\"");
        w.write(refs[col]);
        w.write(Integer.toString(rows));
        w.write(style == 0 ? "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" : "\" s=\"" + style + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
        escape(s);
        w.write("</t></is></c>");
    }

    private void number(int col, double d, int style) throws IOException {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return;
        }
        w.write("<c r=\"");
        w.write(refs[col]);
        w.write(Integer.toString(rows));
        w.write("\" s=\"");
        w.write(Integer.toString(style));
        w.write("\"><v>");
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            w.write(Long.toString((long) d));
        } else {
            w.write(Double.toString(d));
        }
        w.write("</v></c>");
    }

    /** Excel's serial day number of a date (UTC): days since 1899-12-30 plus the fraction of the day. */
    static double serial(Date d) {
        LocalDateTime t = LocalDateTime.ofInstant(d.toInstant(), ZoneOffset.UTC);
        long millis = ChronoUnit.MILLIS.between(EXCEL_EPOCH, t);
        return millis / 86_400_000.0;
    }

    /** Escapes XML text and drops characters XML 1.0 cannot carry (control characters, lone surrogates). */
    private void escape(String s) throws IOException {
        int n = s.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String rep = null;
            boolean drop = false;
            switch (c) {
            case '&' -> rep = "&amp;";
            case '<' -> rep = "&lt;";
            case '>' -> rep = "&gt;";
            default -> {
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                    drop = true;
                } else if (c == 0xFFFE || c == 0xFFFF) {
                    drop = true;
                } else if (Character.isHighSurrogate(c)) {
                    if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        i++;
                    } else {
                        drop = true;
                    }
                } else if (Character.isLowSurrogate(c)) {
                    drop = true;
                }
            }
            }
            if (rep != null || drop) {
                w.write(s, start, i - start);
                if (rep != null) {
                    w.write(rep);
                }
                start = i + 1;
            }
        }
        w.write(s, start, n - start);
    }

    /** Ends the current sheet: closes its data and sets the autofilter over the rows written. */
    public void endSheet() throws IOException {
        if (current == null) {
            return;
        }
        w.write("</sheetData>");
        if (columns > 0 && rows >= headerRow) {
            w.write("<autoFilter ref=\"A" + headerRow + ":" + refs[columns - 1] + Math.max(rows, headerRow) + "\"/>");
        }
        w.write("<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.5\" bottom=\"0.5\" header=\"0.3\" footer=\"0.3\"/>"
                + "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
                + "<headerFooter><oddFooter>&amp;P / &amp;N</oddFooter></headerFooter>");
        w.write("</worksheet>");
        w.flush();
        zip.closeEntry();
        sheets.add(new Sheet(current, columns, rows, headerRow));
        current = null;
    }

    /** Writes the workbook, relationships, styles and content types, then closes the zip. */
    @Override
    public void close() throws IOException {
        endSheet();
        if (sheets.isEmpty()) {
            startSheet("Sheet1", new int[0]);
            endSheet();
        }
        entry("[Content_Types].xml", contentTypes());
        entry("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"" + NS_PKG_REL
                + "\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        entry("xl/workbook.xml", workbook());
        entry("xl/_rels/workbook.xml.rels", workbookRels());
        entry("xl/styles.xml", STYLES);
        zip.finish();
        zip.close();
    }

    private void entry(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        w.write(content);
        w.flush();
        zip.closeEntry();
    }

    private String contentTypes() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (int i = 1; i <= sheets.size(); i++) {
            sb.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return sb.append("</Types>").toString();
    }

    private String workbook() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"")
                .append(NS_MAIN).append("\" xmlns:r=\"").append(NS_REL).append("\"><bookViews><workbookView/></bookViews><sheets>");
        for (int i = 0; i < sheets.size(); i++) {
            sb.append("<sheet name=\"").append(attr(sheets.get(i).name())).append("\" sheetId=\"").append(i + 1)
                    .append("\" r:id=\"rId").append(i + 1).append("\"/>");
        }
        sb.append("</sheets><definedNames>");
        for (int i = 0; i < sheets.size(); i++) {
            Sheet s = sheets.get(i);
            if (s.columns() > 0 && s.rows() >= s.headerRow()) {
                String sheet = "'" + attr(s.name().replace("'", "''")) + "'!";
                sb.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(i).append("\" hidden=\"1\">").append(sheet)
                        .append("$A$").append(s.headerRow()).append(":$").append(columnName(s.columns() - 1)).append('$').append(s.rows())
                        .append("</definedName>");
                // the title and header rows repeat on every printed page
                sb.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(i).append("\">").append(sheet).append("$1:$")
                        .append(s.headerRow()).append("</definedName>");
            }
        }
        return sb.append("</definedNames></workbook>").toString().replace("<definedNames></definedNames>", "");
    }

    private String workbookRels() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"")
                .append(NS_PKG_REL).append("\">");
        for (int i = 1; i <= sheets.size(); i++) {
            sb.append("<Relationship Id=\"rId").append(i)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                    .append(i).append(".xml\"/>");
        }
        sb.append("<Relationship Id=\"rId").append(sheets.size() + 1)
                .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        return sb.append("</Relationships>").toString();
    }

    /** Styles: 0 default, 1 header (bold, light fill), 2 date (built-in 14, shown in the reader's locale), 3 #,##0.00, 4 #,##0, 5 0.0%, 6 0 (years, phases, ranks), 7 title (bold, larger). */
    private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet xmlns=\"" + NS_MAIN
            + "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/></numFmts>"
            + "<fonts count=\"3\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"14\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
            + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFDDEBF7\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"8\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\"/>"
            + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"4\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"3\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"1\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";

    private String uniqueName(String name) {
        String n = name == null ? "" : name.replaceAll("[\\[\\]:*?/\\\\]", "_").trim();
        if (n.startsWith("'")) {
            n = n.substring(1);
        }
        if (n.isEmpty()) {
            n = "Sheet" + (sheets.size() + 1);
        }
        if (n.length() > 31) {
            n = n.substring(0, 31);
        }
        String base = n;
        int k = 2;
        while (!names.add(n.toLowerCase(Locale.ROOT))) {
            String suffix = " " + k++;
            n = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        return n;
    }

    /** A, B, ..., Z, AA, AB, ... for a 0-based column index. */
    static String columnName(int index) {
        StringBuilder sb = new StringBuilder();
        int i = index + 1;
        while (i > 0) {
            int r = (i - 1) % 26;
            sb.append((char) ('A' + r));
            i = (i - 1) / 26;
        }
        return sb.reverse().toString();
    }

    private static String attr(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
