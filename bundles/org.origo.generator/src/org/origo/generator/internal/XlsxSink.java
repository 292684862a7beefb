package org.origo.generator.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.origo.generator.GeneratedAsset;

/**
 * A streaming Office Open XML workbook writer: the rows go straight into the sheet's zip entry as
 * inline strings, so memory stays constant whatever the number of rows. Sheets hold at most
 * {@value #MAX_ROWS} rows (the format's limit); a larger ledger continues on further sheets, each
 * with its header. The header row is frozen and filtered; purchase dates are date cells; a serial
 * Excel damaged is a number cell, as Excel stores it.
 */
public final class XlsxSink implements Ledger.Sink {

    /** Rows per sheet, header included (the format's limit). */
    public static final int MAX_ROWS = 1_048_576;

    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String SHEET_NAME = "资产清单";
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2022, 12, 31, 0, 0);

    private final ZipOutputStream zip;
    private final Writer w;
    private final long[] rowsPerSheet;
    private int sheet = -1;
    private long rowInSheet;

    /**
     * @param totalRows rows below the first header (noise included), known beforehand so the workbook
     *                  part can list the sheets before them
     */
    public XlsxSink(OutputStream stream, long totalRows) throws IOException {
        this(stream, totalRows, MAX_ROWS);
    }

    /** With a smaller sheet limit, so the continuation onto further sheets can be tested. */
    XlsxSink(OutputStream stream, long totalRows, int maxRowsPerSheet) throws IOException {
        long perSheet = maxRowsPerSheet - 1L;
        int sheets = (int) Math.max(1, (totalRows + perSheet - 1) / perSheet);
        rowsPerSheet = new long[sheets];
        long left = totalRows;
        for (int i = 0; i < sheets; i++) {
            rowsPerSheet[i] = Math.min(perSheet, left) + 1;
            left -= rowsPerSheet[i] - 1;
        }
        zip = new ZipOutputStream(stream, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED);
        w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        writePackageParts();
    }

    private static String sheetName(int i) {
        return i == 0 ? SHEET_NAME : SHEET_NAME + " (" + (i + 1) + ")";
    }

    private void entry(String name) throws IOException {
        w.flush();
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(e);
    }

    private void writePackageParts() throws IOException {
        entry("[Content_Types].xml");
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (int i = 0; i < rowsPerSheet.length; i++) {
            w.write("<Override PartName=\"/xl/worksheets/sheet" + (i + 1)
                    + ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        w.write("</Types>");
        entry("_rels/.rels");
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        entry("xl/workbook.xml");
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"" + NS
                + "\" xmlns:r=\"" + NS_R + "\"><sheets>");
        for (int i = 0; i < rowsPerSheet.length; i++) {
            w.write("<sheet name=\"" + sheetName(i) + "\" sheetId=\"" + (i + 1) + "\" r:id=\"rId" + (i + 1) + "\"/>");
        }
        w.write("</sheets><definedNames>");
        for (int i = 0; i < rowsPerSheet.length; i++) {
            w.write("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"" + i + "\" hidden=\"1\">'"
                    + sheetName(i) + "'!$A$1:$M$" + rowsPerSheet[i] + "</definedName>");
        }
        w.write("</definedNames></workbook>");
        entry("xl/_rels/workbook.xml.rels");
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 0; i < rowsPerSheet.length; i++) {
            w.write("<Relationship Id=\"rId" + (i + 1)
                    + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet"
                    + (i + 1) + ".xml\"/>");
        }
        w.write("<Relationship Id=\"rId" + (rowsPerSheet.length + 1)
                + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>");
        entry("xl/styles.xml");
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet xmlns=\"" + NS + "\">"
                + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"等线\"/></font>"
                + "<font><b/><sz val=\"11\"/><name val=\"等线\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
                + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>");
    }

    private void startSheet() throws IOException {
        sheet++;
        rowInSheet = 0;
        entry("xl/worksheets/sheet" + (sheet + 1) + ".xml");
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + NS
                + "\" xmlns:r=\"" + NS_R + "\"><sheetViews><sheetView workbookViewId=\"0\">"
                + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>"
                + "<col min=\"1\" max=\"3\" width=\"16\" customWidth=\"1\"/>"
                + "<col min=\"4\" max=\"6\" width=\"14\" customWidth=\"1\"/>"
                + "<col min=\"7\" max=\"8\" width=\"30\" customWidth=\"1\"/>"
                + "<col min=\"9\" max=\"11\" width=\"18\" customWidth=\"1\"/>"
                + "<col min=\"12\" max=\"12\" width=\"12\" customWidth=\"1\"/>"
                + "<col min=\"13\" max=\"13\" width=\"60\" customWidth=\"1\"/></cols><sheetData>");
        headerRow();
    }

    private void endSheet() throws IOException {
        w.write("</sheetData><autoFilter ref=\"A1:M" + rowsPerSheet[sheet] + "\"/></worksheet>");
    }

    private void beginRow() throws IOException {
        if (sheet < 0 || rowInSheet >= rowsPerSheet[sheet]) {
            if (sheet >= 0) {
                endSheet();
            }
            startSheet();
        }
    }

    private void headerRow() throws IOException {
        rowInSheet++;
        w.write("<row r=\"" + rowInSheet + "\">");
        for (String h : Ledger.HEADER) {
            w.write("<c t=\"inlineStr\" s=\"1\"><is><t>");
            escape(h);
            w.write("</t></is></c>");
        }
        w.write("</row>");
    }

    @Override
    public void header() throws IOException {
        if (sheet < 0) {
            startSheet();
            return;
        }
        beginRow();
        headerRow();
    }

    @Override
    public void blank(boolean withDelimiters) throws IOException {
        beginRow();
        rowInSheet++;
        w.write("<row r=\"" + rowInSheet + "\"/>");
    }

    @Override
    public void row(String[] cells, GeneratedAsset asset, String damagedSerial, LocalDate date) throws IOException {
        beginRow();
        rowInSheet++;
        w.write("<row r=\"");
        w.write(Long.toString(rowInSheet));
        w.write("\">");
        for (int i = 0; i < cells.length; i++) {
            String v = cells[i];
            if (i == 2 && damagedSerial != null) {
                // Excel keeps 15 significant digits of the number it read
                w.write("<c><v>");
                w.write(asNumber(damagedSerial));
                w.write("</v></c>");
            } else if (i == 11 && date != null) {
                w.write("<c s=\"2\"><v>");
                w.write(Long.toString(ChronoUnit.DAYS.between(EPOCH, date)));
                w.write("</v></c>");
            } else if (v.isEmpty()) {
                w.write("<c/>");
            } else {
                boolean preserve = v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' ';
                w.write(preserve ? "<c t=\"inlineStr\"><is><t xml:space=\"preserve\">" : "<c t=\"inlineStr\"><is><t>");
                escape(v);
                w.write("</t></is></c>");
            }
        }
        w.write("</row>");
    }

    /** The number Excel stores for a long digit string: 15 significant digits, the rest zeros. */
    static String asNumber(String digits) {
        StringBuilder sb = new StringBuilder(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            sb.append(i < 15 ? digits.charAt(i) : '0');
        }
        return sb.toString();
    }

    private void escape(String v) throws IOException {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '&' -> w.write("&amp;");
                case '<' -> w.write("&lt;");
                case '>' -> w.write("&gt;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        w.write(' ');
                    } else {
                        w.write(c);
                    }
                }
            }
        }
    }

    /** Ends the last sheet and the zip. */
    public void finish() throws IOException {
        if (sheet < 0) {
            startSheet();
        }
        endSheet();
        w.flush();
        zip.closeEntry();
        zip.finish();
    }
}
