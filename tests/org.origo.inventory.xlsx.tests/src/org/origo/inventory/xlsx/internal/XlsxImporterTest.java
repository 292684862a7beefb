package org.origo.inventory.xlsx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.api.OrigoException;
import org.origo.api.Progress;
import org.origo.inventory.api.ImportReport;
import org.origo.inventory.api.ImportRequest;
import org.origo.inventory.engine.InventoryEngine;
import org.origo.inventory.engine.Sources;
import org.origo.inventory.xlsx.internal.i18n.XlsxMessages;
import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.ComponentKind;
import org.origo.model.OrigoFactory;
import org.origo.model.Project;

class XlsxImporterTest {

    @TempDir
    Path tmp;

    private final InventoryEngine engine = new InventoryEngine(() -> List.of(new XlsxImporter()), List::of);

    private static void put(ZipOutputStream z, String name, String xml) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(xml.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    static final String NS = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

    /** A workbook as Excel writes it: a notes sheet, then the ledger with a two-level merged header. */
    private Path workbook(String sheet2Rows, String extraEntryName, String extraEntry) throws IOException {
        Path f = tmp.resolve("台账.xlsx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            put(z, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            put(z, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook " + NS
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"说明\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"资产\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>");
            put(z, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"ws\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"ws\" Target=\"worksheets/sheet2.xml\"/></Relationships>");
            put(z, "xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst " + NS + " count=\"12\" uniqueCount=\"12\">"
                    + "<si><t>本表由信息中心导出</t></si>" // 0
                    + "<si><t>资产编号</t></si><si><t>设备信息</t></si><si><t>购置日期</t></si>" // 1-3
                    + "<si><t>品牌</t></si><si><t>型号</t></si><si><t>序列号</t></si>" // 4-6
                    + "<si><t>联想</t></si><si><r><t>开天</t></r><r><t>M740J</t></r><rPh><t>カイテン</t></rPh></si>" // 7-8
                    + "<si><t>台式机</t></si><si><t>类型</t></si><si><t>浪潮</t></si></sst>"); // 9-11
            put(z, "xl/styles.xml", "<?xml version=\"1.0\"?><styleSheet " + NS + "><numFmts count=\"1\"><numFmt numFmtId=\"176\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/></numFmts>"
                    + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"176\"/></cellXfs></styleSheet>");
            put(z, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet " + NS + "><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>");
            put(z, "xl/worksheets/sheet2.xml", "<?xml version=\"1.0\"?><worksheet " + NS + "><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c><c r=\"B1\" t=\"s\"><v>2</v></c><c r=\"E1\" t=\"s\"><v>3</v></c><c r=\"F1\" t=\"s\"><v>10</v></c></row>"
                    + "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>4</v></c><c r=\"C2\" t=\"s\"><v>5</v></c><c r=\"D2\" t=\"s\"><v>6</v></c></row>"
                    + sheet2Rows
                    + "</sheetData><mergeCells count=\"4\"><mergeCell ref=\"A1:A2\"/><mergeCell ref=\"B1:D1\"/><mergeCell ref=\"E1:E2\"/><mergeCell ref=\"F1:F2\"/></mergeCells></worksheet>");
            if (extraEntryName != null) {
                put(z, extraEntryName, extraEntry);
            }
        }
        return f;
    }

    static final String ROWS = "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>ZC-0001</t></is></c><c r=\"B3\" t=\"s\"><v>7</v></c>"
            + "<c r=\"C3\" t=\"s\"><v>8</v></c><c r=\"D3\" t=\"str\"><v>PF2ABCDE</v></c><c r=\"E3\" s=\"1\"><v>43831</v></c><c r=\"F3\" t=\"s\"><v>9</v></c></row>"
            + "<row r=\"5\"><c r=\"A5\"><v>20230002</v></c><c r=\"B5\" t=\"s\"><v>11</v></c><c r=\"C5\" t=\"inlineStr\"><is><t>NF5280M5</t></is></c>"
            + "<c r=\"D5\"><v>6.37702E+15</v></c><c r=\"E5\" s=\"2\"><v>44927.5</v></c></row>";

    private static Date day(int y, int m, int d) {
        return Date.from(LocalDate.of(y, m, d).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    @Test
    void mergedTwoLevelHeaderSharedStringsAndDates() throws Exception {
        Path f = workbook(ROWS, null, null);
        assertEquals(90, new XlsxImporter().sniff(Sources.file(f)));
        Project p = OrigoFactory.eINSTANCE.createProject();
        ImportReport r = engine.importInto(p, List.of(f), null, ImportRequest.defaults(), Progress.NONE);
        assertEquals(2, r.assets());
        Asset a = p.getSnapshots().get(0).getAssets().get(0);
        assertEquals("ZC-0001", a.getAssetTag());
        assertEquals("PF2ABCDE", a.getSerial());
        assertEquals("Lenovo", a.getComponents().stream().filter(c -> c.getKind() == ComponentKind.SYSTEM).findFirst().orElseThrow().getVendor());
        assertEquals("开天M740J", a.getComponents().get(0).getProduct(), "rich text runs joined, phonetic hints dropped");
        assertEquals(day(2020, 1, 1), a.getPurchaseDate());
        assertEquals(AssetKind.DESKTOP, a.getKind());
        Asset b = p.getSnapshots().get(0).getAssets().get(1);
        assertEquals("20230002", b.getAssetTag());
        assertEquals(null, b.getSerial());
        assertEquals(day(2023, 1, 1), b.getPurchaseDate());
        assertTrue(r.problems().stream().anyMatch(x -> x.getLine() == 5 && x.getField().contains("序列号")
                && x.getMessageZh().contains("科学计数法")), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(x -> "说明".equals(x.getField())));
    }

    @Test
    void aNamedSheetAndAMissingOne() throws Exception {
        Path f = workbook(ROWS, null, null);
        Project p = OrigoFactory.eINSTANCE.createProject();
        engine.importInto(p, List.of(f), null, new ImportRequest(null, null, false, ImportRequest.DEFAULT_MERGE_KEYS, null,
                Map.of("sheet", "资产")), Progress.NONE);
        assertEquals(2, p.getSnapshots().get(0).getAssets().size());
        OrigoException e = assertThrows(OrigoException.class, () -> engine.importInto(p, List.of(f), null,
                new ImportRequest(null, null, false, ImportRequest.DEFAULT_MERGE_KEYS, null, Map.of("sheet", "Sheet9")), Progress.NONE));
        assertTrue(e.describe(Locale.ENGLISH).contains("资产"), e.describe(Locale.ENGLISH));
        assertEquals(1, p.getSnapshots().size());
    }

    @Test
    void manyRowsStream() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 3; i < 5003; i++) {
            rows.append("<row r=\"").append(i).append("\"><c r=\"A").append(i).append("\" t=\"inlineStr\"><is><t>ZC-")
                    .append(i).append("</t></is></c><c r=\"D").append(i).append("\" t=\"inlineStr\"><is><t>SN").append(i)
                    .append("</t></is></c></row>");
        }
        Project p = OrigoFactory.eINSTANCE.createProject();
        ImportReport r = engine.importInto(p, List.of(workbook(rows.toString(), null, null)), null, ImportRequest.defaults(), Progress.NONE);
        assertEquals(5000, r.assets());
        assertEquals("SN5002", p.getSnapshots().get(0).getAssets().get(4999).getSerial());
    }

    @Test
    void hostileWorkbooks() throws Exception {
        Project p = OrigoFactory.eINSTANCE.createProject();
        Path dtd = workbook(ROWS, "xl/worksheets/sheet3.xml", "x");
        // replace sheet2 with a DTD-bearing part by naming it in the workbook is complex; use a fresh workbook instead
        Path f = tmp.resolve("dtd.xlsx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            put(z, "xl/workbook.xml", "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><workbook><sheets><sheet name=\"&x;\"/></sheets></workbook>");
        }
        OrigoException e = assertThrows(OrigoException.class, () -> engine.importInto(p, List.of(f), null,
                new ImportRequest("xlsx", null, false, ImportRequest.DEFAULT_MERGE_KEYS, null, Map.of()), Progress.NONE));
        assertTrue(e.describe(Locale.ENGLISH).contains("DTD"), e.describe(Locale.ENGLISH));
        Path bomb = tmp.resolve("bomb.xlsx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(bomb))) {
            put(z, "xl/workbook.xml", "<workbook><sheets><sheet name=\"a\"/></sheets></workbook>");
            z.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 50; i++) {
                z.write(spaces);
            }
            z.closeEntry();
        }
        OrigoException b = assertThrows(OrigoException.class, () -> engine.importInto(p, List.of(bomb), null,
                new ImportRequest("xlsx", null, false, ImportRequest.DEFAULT_MERGE_KEYS, null, Map.of()), Progress.NONE));
        assertTrue(b.describe(Locale.SIMPLIFIED_CHINESE).contains("解压后"), b.describe(Locale.SIMPLIFIED_CHINESE));
        assertTrue(Files.exists(dtd));
        assertTrue(p.getSnapshots().isEmpty());
    }

    @Test
    void everyMessageExistsInChinese() {
        assertEquals(Set.of(), XlsxMessages.all().missingInChinese());
    }
}
