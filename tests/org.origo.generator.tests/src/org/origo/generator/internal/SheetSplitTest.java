package org.origo.generator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.origo.generator.GeneratorSettings;
import org.origo.generator.OutputFormat;

/** A ledger longer than a sheet continues on further sheets, each with its header. */
class SheetSplitTest {

    @Test
    void ledgerContinuesOnFurtherSheets() throws Exception {
        Estate estate = new Estate(GeneratorSettings.of(250, 4).withFormat(OutputFormat.XLSX).withSoftware(1, 2));
        long rows = estate.rowCount();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XlsxSink sink = new XlsxSink(bytes, rows, 100);
        assertEquals(rows, Ledger.write(estate, sink, null, null));
        sink.finish();
        List<String> names = new ArrayList<>();
        int dataRows = 0;
        String workbook = null;
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null;) {
                names.add(e.getName());
                String xml = new String(zin.readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().startsWith("xl/worksheets/")) {
                    int n = xml.split("<row ", -1).length - 1;
                    assertTrue(n <= 100, e.getName() + " has " + n + " rows");
                    assertTrue(xml.contains("<t>资产编号</t>"), "each sheet has the header");
                    dataRows += n - 1;
                } else if (e.getName().equals("xl/workbook.xml")) {
                    workbook = xml;
                }
            }
        }
        int sheets = (int) ((rows + 98) / 99);
        assertEquals(sheets, names.stream().filter(n -> n.startsWith("xl/worksheets/")).count());
        assertEquals(rows, dataRows);
        assertTrue(workbook.contains("name=\"资产清单 (2)\""), workbook);
        assertTrue(names.indexOf("xl/workbook.xml") < names.indexOf("xl/worksheets/sheet1.xml"),
                "the workbook part comes first, for streaming readers");
    }

    @Test
    void excelDamageLooksLikeExcel() {
        assertEquals("6.37702E+15", Estate.excelDamage("6377021400123456"));
        assertEquals("1E+15", Estate.excelDamage("1000000000000000"));
        assertEquals("6.37703E+15", Estate.excelDamage("6377029400123456"));
        assertEquals("1E+16", Estate.excelDamage("9999996000000000"));
        assertEquals("6377021400123450", XlsxSink.asNumber("6377021400123456"));
    }
}
