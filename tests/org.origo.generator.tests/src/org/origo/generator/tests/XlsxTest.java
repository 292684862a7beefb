package org.origo.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.generator.EstateGenerator;
import org.origo.generator.GeneratedAsset;
import org.origo.generator.GenerationResult;
import org.origo.generator.GeneratorSettings;
import org.origo.generator.OutputFormat;
import org.origo.generator.tests.Workbooks.Cell;

class XlsxTest {

    @TempDir
    Path dir;

    @Test
    void workbookIsWellFormedAndReadsBackAsTheLedger() throws Exception {
        GeneratorSettings s = GeneratorSettings.of(3000, 11).withFormat(OutputFormat.XLSX);
        EstateGenerator g = new EstateGenerator(s);
        Path xlsx = dir.resolve("estate.xlsx");
        GenerationResult r = g.write(xlsx, false, null);

        List<String> parts = Workbooks.parts(xlsx);
        assertEquals("[Content_Types].xml", parts.get(0));
        assertTrue(parts.containsAll(List.of("_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                "xl/styles.xml", "xl/worksheets/sheet1.xml")), parts.toString());

        Map<String, List<List<Cell>>> sheets = Workbooks.sheets(xlsx);
        assertEquals(List.of("资产清单"), List.copyOf(sheets.keySet()));
        List<List<Cell>> rows = sheets.get("资产清单");
        assertEquals(r.rows() + 1, rows.size());
        assertEquals(List.of("资产编号", "主机名", "序列号", "类型", "品牌", "型号", "处理器", "操作系统", "部门", "位置", "使用人",
                "购置日期", "软件"), rows.get(0).stream().map(Cell::text).toList());
        assertEquals("1", rows.get(0).get(0).style(), "header in bold");

        List<Cell> first = rows.get(1).get(0).text().equals("ZC00000001") ? rows.get(1) : rows.get(2);
        GeneratedAsset a = g.asset(0);
        assertEquals("ZC00000001", first.get(0).text());
        assertEquals("inlineStr", first.get(0).type());
        assertEquals(a.site(), first.get(9).text());
        assertEquals(a.softwareCell(), first.get(12).text());
        Cell date = first.get(11);
        if ("2".equals(date.style())) {
            long serial = Long.parseLong(date.text());
            assertEquals(a.purchased(), LocalDate.of(1899, 12, 30).plusDays(serial));
        } else {
            assertEquals(a.purchased().getYear() + "/" + a.purchased().getMonthValue() + "/"
                    + a.purchased().getDayOfMonth(), date.text());
        }
        long numericSerials = rows.stream().filter(row -> row.size() == 13 && row.get(2).type() == null
                && !row.get(2).text().isEmpty()).count();
        assertTrue(numericSerials > 0, "Excel-damaged serials are number cells");
        rows.stream().filter(row -> row.size() == 13 && row.get(2).type() == null && !row.get(2).text().isEmpty())
                .forEach(row -> assertTrue(row.get(2).text().matches("\\d{16}") && row.get(2).text().endsWith("0"),
                        row.get(2).text()));
    }

    @Test
    void sheetXmlDeclaresFrozenHeaderAndFilter() throws Exception {
        Path xlsx = dir.resolve("small.xlsx");
        new EstateGenerator(GeneratorSettings.of(50, 3).withFormat(OutputFormat.XLSX)).write(xlsx, false, null);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(sheet.contains("state=\"frozen\""));
            assertTrue(sheet.matches("(?s).*<autoFilter ref=\"A1:M\\d+\"/>.*"));
            assertNotNull(zip.getEntry("xl/styles.xml"));
        }
    }
}
