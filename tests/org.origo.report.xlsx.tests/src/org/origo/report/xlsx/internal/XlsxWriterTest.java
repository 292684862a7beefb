package org.origo.report.xlsx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.origo.report.tables.CellType;
import org.origo.report.tables.Column;
import org.origo.report.tables.Table;
import org.w3c.dom.Document;

class XlsxWriterTest {

    private static Document xml(byte[] b) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(b));
    }

    @Test
    void longTablesContinueOnTheNextSheetAndTextIsValidXml() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XlsxWriter w = new XlsxWriter(bytes, 10);
        Table t = new Table("verdicts", "verdicts.csv",
                List.of(new Column("asset_id", CellType.TEXT, 10), new Column("criticality", CellType.INTEGER, 5)));
        XlsxReportRenderer.sheet(w, t, Locale.ENGLISH, "Demo", sink -> {
            for (int i = 0; i < 25; i++) {
                sink.row(new Object[] { "A&<" + i + "\u0001\uD800>\uD83D\uDE00", i });
            }
        });
        w.close();
        List<String> entries = new ArrayList<>();
        List<Document> sheets = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                entries.add(e.getName());
                byte[] b = in.readAllBytes();
                Document d = xml(b);
                if (e.getName().startsWith("xl/worksheets/")) {
                    sheets.add(d);
                }
                if (e.getName().equals("xl/workbook.xml")) {
                    assertEquals("Assets", d.getElementsByTagName("sheet").item(0).getAttributes().getNamedItem("name").getNodeValue());
                    assertEquals("Assets (2)", d.getElementsByTagName("sheet").item(1).getAttributes().getNamedItem("name").getNodeValue());
                    assertEquals("Assets (3)", d.getElementsByTagName("sheet").item(2).getAttributes().getNamedItem("name").getNodeValue());
                }
            }
        }
        assertTrue(entries.contains("[Content_Types].xml"));
        assertEquals(4, sheets.size());
        // 8 + 8 + 8 + 1 data rows, each sheet with its title and header
        assertEquals(10, sheets.get(0).getElementsByTagName("row").getLength());
        assertEquals(10, sheets.get(1).getElementsByTagName("row").getLength());
        assertEquals(10, sheets.get(2).getElementsByTagName("row").getLength());
        assertEquals(3, sheets.get(3).getElementsByTagName("row").getLength());
        assertEquals("Assets \u2014 Demo", sheets.get(1).getElementsByTagName("t").item(0).getTextContent(), "the title on every part");
        String text = sheets.get(0).getElementsByTagName("t").item(3).getTextContent();
        assertEquals("A&<0>\uD83D\uDE00", text, "markup escaped, control characters and lone surrogates dropped");
    }

    @Test
    void columnNamesAndSerialDates() {
        assertEquals("A", XlsxWriter.columnName(0));
        assertEquals("Z", XlsxWriter.columnName(25));
        assertEquals("AA", XlsxWriter.columnName(26));
        assertEquals("XFD", XlsxWriter.columnName(16383));
        java.util.Date d = java.util.Date.from(java.time.LocalDate.of(2026, 1, 1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
        assertEquals(46023.0, XlsxWriter.serial(d), 1e-9);
    }
}
