package org.origo.report.xlsx.tests;

import org.origo.report.testing.ReportEstate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.model.Asset;
import org.origo.report.api.ReportRequest;
import org.origo.report.xlsx.internal.XlsxReportRenderer;
import org.origo.report.xlsx.internal.i18n.XlsxMessages;
import org.origo.report.xlsx.tests.XlsxReader.Cell;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class XlsxReportTest {

    @TempDir
    Path dir;

    @Test
    void workbookReadsBackWithTypedCellsFrozenHeadersAndFilters() throws Exception {
        ReportEstate e = new ReportEstate();
        List<Path> out = new XlsxReportRenderer().render(e.project, new ReportRequest(dir, Locale.ENGLISH, null, Set.of()));
        assertEquals(List.of(dir.resolve("report.en.xlsx")), out);
        try (XlsxReader r = new XlsxReader(dir.resolve("report.en.xlsx"))) {
            assertEquals(List.of("Summary", "Assets", "Plan", "Matches", "Progress", "Findings"), List.copyOf(r.sheets.keySet()));

            List<List<Cell>> assets = r.rows("Assets");
            assertEquals(62, assets.size(), "title, header and 60 assets");
            assertEquals("Asset ID", XlsxReader.cell(assets.get(1), "A2").value());
            assertEquals("1", XlsxReader.cell(assets.get(1), "A2").style(), "bold header style");
            List<Cell> first = assets.get(2);
            Cell host = XlsxReader.cell(first, "B3");
            assertEquals("inlineStr", host.type());
            assertEquals(ReportEstate.FORMULA, host.value(), "kept verbatim as text");
            assertFalse(host.formula());
            assertEquals(ReportEstate.SUM, XlsxReader.cell(first, "C3").value());
            assertEquals("REPLACE", XlsxReader.cell(first, "H3").value());
            Cell us = XlsxReader.cell(first, "I3");
            assertEquals("b", us.type());
            assertEquals("1", us.value());
            Asset a0 = e.snapshot.getAssets().get(0);
            LocalDate bought = a0.getPurchaseDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            Cell date = XlsxReader.cell(first, "Q3");
            assertEquals("2", date.style(), "date style");
            assertEquals(String.valueOf(ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), bought)), date.value());
            Cell crit = XlsxReader.cell(first, "R3");
            assertEquals(String.valueOf(a0.getCriticality()), crit.value());
            assertEquals("", crit.type(), "numbers are plain typed cells");
            assertEquals(ReportEstate.SCRIPT, XlsxReader.cell(assets.get(3), "B4").value());

            Document sheet = r.sheet("Assets");
            Element pane = (Element) sheet.getElementsByTagName("pane").item(0);
            assertEquals("frozen", pane.getAttribute("state"));
            assertEquals("2", pane.getAttribute("ySplit"), "title and header stay in view");
            assertEquals("A2:R62", ((Element) sheet.getElementsByTagName("autoFilter").item(0)).getAttribute("ref"));
            assertEquals(0, sheet.getElementsByTagName("f").getLength(), "no formulas anywhere");

            List<List<Cell>> plan = r.rows("Plan");
            assertEquals(42, plan.size());
            assertEquals("6000", XlsxReader.cell(plan.get(2), "E3").value());
            assertEquals("3", XlsxReader.cell(plan.get(2), "E3").style(), "money format");
            assertEquals("2026", XlsxReader.cell(plan.get(2), "C3").value());
            assertEquals("6", XlsxReader.cell(plan.get(2), "C3").style(), "years are shown without digit grouping");
            assertEquals("0", XlsxReader.cell(plan.get(2), "G3").value(), "catalog cost, not an estimate");

            List<List<Cell>> summary = r.rows("Summary");
            assertEquals("total", XlsxReader.cell(summary.get(2), "A3").value());
            assertEquals("60", XlsxReader.cell(summary.get(2), "C3").value());
            assertEquals("40", XlsxReader.cell(summary.get(2), "E3").value());
            boolean replace = false;
            for (List<Cell> row : summary) {
                Cell b = XlsxReader.cell(row, "B" + row.get(0).ref().substring(1));
                if (b != null && "Replace".equals(b.value())) {
                    replace = true;
                    Cell share = row.get(3);
                    assertEquals("5", share.style(), "percent style");
                    assertEquals(40 / 60.0, Double.parseDouble(share.value()), 1e-9);
                }
            }
            assertTrue(replace);
            List<List<Cell>> matches = r.rows("Matches");
            assertEquals(122, matches.size());
            assertEquals("长城 世恒 TD120A2", XlsxReader.cell(matches.get(2), "F3").value());
            assertEquals(ReportEstate.FINDING, XlsxReader.cell(r.rows("Findings").get(2), "A3").value());
            Document wb = r.parse("xl/workbook.xml");
            assertEquals(12, wb.getElementsByTagName("definedName").getLength(), "filter ranges and print titles for every sheet");
            assertTrue(XlsxReader.cell(assets.get(0), "A1").value().startsWith("Assets \u2014 "), "a title row");
            Element setup = (Element) sheet.getElementsByTagName("pageSetup").item(0);
            assertEquals("landscape", setup.getAttribute("orientation"));
            assertEquals("9", setup.getAttribute("paperSize"), "A4");
            assertEquals("1", setup.getAttribute("fitToWidth"));
            assertEquals("1", ((Element) sheet.getElementsByTagName("pageSetUpPr").item(0)).getAttribute("fitToPage"));
            assertTrue(wb.getDocumentElement().getTextContent().contains("'Assets'!$1:$2"), "title and header repeat on printed pages");
            assertNotNull(r.parse("[Content_Types].xml"));
        }
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary file left");
        }
    }

    @Test
    void chineseSheetNamesAndHeaders() throws Exception {
        ReportEstate e = new ReportEstate();
        new XlsxReportRenderer().render(e.project, new ReportRequest(dir, Locale.SIMPLIFIED_CHINESE, null, Set.of("verdicts", "plan")));
        try (XlsxReader r = new XlsxReader(dir.resolve("report.zh.xlsx"))) {
            assertEquals(List.of("资产", "计划"), List.copyOf(r.sheets.keySet()));
            List<List<Cell>> rows = r.rows("资产");
            assertEquals("资产编号", rows.get(1).get(0).value());
            assertEquals("购置日期", XlsxReader.cell(rows.get(1), "Q2").value());
            assertEquals("第 1 期（2026 年）；含美国来源部件：优先替换", XlsxReader.cell(r.rows("计划").get(2), "F3").value());
            // values for people in Chinese: kinds, verdicts and booleans
            assertEquals("替换", XlsxReader.cell(rows.get(2), "H3").value());
            assertEquals("是", XlsxReader.cell(rows.get(2), "I3").value());
            assertFalse(XlsxReader.cell(rows.get(2), "D3").value().matches("[A-Z_]+"), "kind in Chinese");
            List<List<Cell>> plan = r.rows("计划");
            assertEquals("主机名", XlsxReader.cell(plan.get(1), "J2").value());
            assertEquals("使用人", XlsxReader.cell(plan.get(1), "L2").value());
            assertEquals("否", XlsxReader.cell(plan.get(2), "G3").value(), "catalog cost, not an estimate");
        }
    }

    @Test
    void chineseMessagesAreComplete() {
        assertEquals(Set.of(), XlsxMessages.all().missingInChinese());
    }
}
