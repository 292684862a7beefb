package org.origo.report.csv.tests;

import org.origo.testing.RecordingContext;
import org.origo.report.testing.ReportEstate;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.api.OrigoCommand;
import org.origo.api.UsageException;
import org.origo.core.ProjectStore;
import org.origo.model.Project;
import org.origo.report.api.ReportRenderer;
import org.origo.report.api.ReportRequest;
import org.origo.report.csv.internal.CsvReportRenderer;
import org.origo.report.csv.internal.i18n.ReportMessages;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

class CsvReportTest {

    @TempDir
    Path dir;

    /** A strict RFC 4180 reader for the checks (quoted fields, doubled quotes, CRLF). */
    static List<String[]> parse(String text) {
        List<String[]> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row.toArray(new String[0]));
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertTrue(cell.length() == 0 && row.isEmpty(), "file ends with CRLF");
        return rows;
    }

    private static List<String[]> read(Path p) throws Exception {
        return parse(Files.readString(p, StandardCharsets.UTF_8));
    }

    @Test
    void writesTheContractTablesWithFormulaPayloadsNeutralized() throws Exception {
        ReportEstate e = new ReportEstate();
        List<Path> files = new CsvReportRenderer().render(e.project, new ReportRequest(dir, Locale.ENGLISH, null, Set.of()));
        List<String> names = new ArrayList<>();
        files.forEach(f -> names.add(f.getFileName().toString()));
        assertEquals(List.of("verdicts.csv", "matches.csv", "plan.csv", "summary.csv", "progress.csv", "findings.csv"), names);

        List<String[]> v = read(dir.resolve("verdicts.csv"));
        assertArrayEquals("asset_id,hostname,serial,kind,brand,cpu,os,verdict,any_us,rules,reason_en,reason_zh,source".split(","),
                v.get(0));
        assertEquals(61, v.size());
        String[] first = v.get(1);
        assertEquals("ZC-0000", first[0]);
        assertEquals("'" + ReportEstate.FORMULA, first[1]);
        assertEquals("'" + ReportEstate.SUM, first[2]);
        assertEquals("DESKTOP", first[3]);
        assertEquals("Dell", first[4]);
        assertEquals("REPLACE", first[7]);
        assertEquals("true", first[8]);
        assertEquals("cn.brand.foreign;cn.cpu.foreign;cn.os.foreign", first[9]);
        assertTrue(first[11].startsWith("品牌 Dell（美国）"));
        assertEquals("资产台账2025.xlsx", first[12]);
        for (String[] row : v) {
            for (String cell : row) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "neutralized: " + cell);
            }
        }
        int review = 0;
        for (String[] row : v) {
            if (row[7].equals("REVIEW")) {
                review++;
                assertEquals("To Be Filled By O.E.M.", row[4], "the raw placeholder as recorded, never a canonical brand");
            }
        }
        assertEquals(e.review, review);

        List<String[]> m = read(dir.resolve("matches.csv"));
        assertArrayEquals("asset_id,component,rank,product_id,vendor,product,score,reasons".split(","), m.get(0));
        assertEquals(1 + 40 * 3, m.size());
        assertArrayEquals(new String[] { "ZC-0000", "SYSTEM", "1", "GW-TD120A2", "Great Wall", "长城 世恒 TD120A2", "0.92",
                "same category; certified with Kylin V10" }, m.get(1));

        List<String[]> p = read(dir.resolve("plan.csv"));
        assertArrayEquals("asset_id,phase,year,product_id,cost,currency,actions,reason,plan_status".split(","), p.get(0));
        assertEquals(41, p.size());
        assertArrayEquals(new String[] { "ZC-0000", "1", "2026", "GW-TD120A2", "6000", "CNY", "",
                "phase 1 (2026); US-origin components: replaced first", "current" }, p.get(1));

        List<String[]> s = read(dir.resolve("summary.csv"));
        assertEquals("section", s.get(0)[0]);
        assertTrue(s.stream().anyMatch(r -> Arrays.equals(Arrays.copyOf(r, 4), new String[] { "verdict", "REPLACE", "40", "0.666667" })),
                "REPLACE 40 of 60");
        assertTrue(s.stream().anyMatch(r -> r[0].equals("any_us") && r[2].equals("40")));
        assertTrue(s.stream().anyMatch(r -> r[0].equals("site") && r[1].equals("财政局") && r[2].equals("20")));
        assertTrue(s.stream().anyMatch(r -> r[0].equals("phase") && r[1].equals("1 2026") && r[2].equals("12") && r[9].equals("220000")));

        List<String[]> f = read(dir.resolve("findings.csv"));
        assertEquals(2, f.size());
        assertEquals(ReportEstate.FINDING, f.get(1)[0]);
        assertEquals("1", f.get(1)[1]);
        List<String[]> pr = read(dir.resolve("progress.csv"));
        assertArrayEquals(new String[] { "1", "2026", "0.3", "12", "0", "0", "12", "0", "28" }, pr.get(1));
    }

    @Test
    void honoursTablesLanguageAndTheByteOrderMarkSetting() throws Exception {
        ReportEstate e = new ReportEstate();
        ProjectStore.setSetting(e.project, CsvReportRenderer.SETTING_BOM, "true");
        List<Path> files = new CsvReportRenderer().render(e.project,
                new ReportRequest(dir, Locale.SIMPLIFIED_CHINESE, null, Set.of("plan")));
        assertEquals(List.of(dir.resolve("plan.csv")), files);
        byte[] bytes = Files.readAllBytes(dir.resolve("plan.csv"));
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String[]> p = parse(text);
        assertEquals("asset_id", p.get(0)[0], "headers stay machine-readable in Chinese");
        assertEquals("第 1 期（2026 年）；含美国来源部件：优先替换", p.get(1)[7]);
        assertFalse(Files.exists(dir.resolve("verdicts.csv")));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary files left behind");
        }
    }

    @Test
    void reportCommandRendersThroughTheRegisteredRenderer() throws Exception {
        Bundle self = FrameworkUtil.getBundle(CsvReportRenderer.class);
        if (self.getBundleContext() == null) {
            self.start();
        }
        BundleContext ctx = self.getBundleContext();
        for (Bundle b : ctx.getBundles()) {
            if ("org.origo.core".equals(b.getSymbolicName()) && b.getState() != Bundle.ACTIVE) {
                b.start();
            }
        }
        ServiceTracker<ReportRenderer, ReportRenderer> rt = new ServiceTracker<>(ctx,
                ctx.createFilter("(&(objectClass=" + ReportRenderer.class.getName() + ")(origo.report.format=csv))"), null);
        rt.open();
        assertNotNull(rt.waitForService(5000));
        rt.close();
        ServiceTracker<OrigoCommand, OrigoCommand> t = new ServiceTracker<>(ctx,
                ctx.createFilter("(&(objectClass=" + OrigoCommand.class.getName() + ")(origo.command=report))"), null);
        t.open();
        OrigoCommand report = t.waitForService(5000);
        t.close();
        assertNotNull(report);

        Path project = dir.resolve("项目");
        ProjectStore.create(project, "某市人民政府");
        Project p = ProjectStore.open(project);
        ReportEstate e = new ReportEstate();
        p.getSnapshots().add(e.snapshot);
        p.getMatches().addAll(e.project.getMatches());
        p.setPlan(e.project.getPlan());
        p.setProfileId(ReportEstate.PROFILE);
        ProjectStore.save(p, project);

        Path out = dir.resolve("out");
        RecordingContext c = new RecordingContext(dir, Locale.ENGLISH, "--project", project.toString(), "--format", "csv", "--out",
                out.toString(), "--lang", "zh", "--tables", "verdicts,summary");
        assertEquals(0, report.run(c));
        assertTrue(c.stdout().contains("已写入"), c.stdout());
        assertTrue(Files.isRegularFile(out.resolve("verdicts.csv")));
        assertTrue(Files.isRegularFile(out.resolve("summary.csv")));
        assertFalse(Files.exists(out.resolve("matches.csv")));
        assertThrows(UsageException.class, () -> report.run(new RecordingContext(dir, Locale.ENGLISH, "--project", project.toString(),
                "--format", "csv", "--tables", "everything")));
        assertThrows(UsageException.class, () -> report.run(new RecordingContext(dir, Locale.ENGLISH, "--project", project.toString(),
                "--format", "csv", "--lang", "fr")));
    }

    @Test
    void planCommandAndCsvReportWriteTheSamePlanTable() throws Exception {
        BundleContext ctx = started();
        OrigoCommand plan = command(ctx, "plan");
        OrigoCommand report = command(ctx, "report");
        Path project = dir.resolve("项目");
        ProjectStore.create(project, "某市人民政府");
        Project p = ProjectStore.open(project);
        ReportEstate e = new ReportEstate();
        p.getSnapshots().add(e.snapshot);
        p.getMatches().addAll(e.project.getMatches());
        p.setProfileId(ReportEstate.PROFILE);
        ProjectStore.save(p, project);

        RecordingContext c = new RecordingContext(dir, Locale.SIMPLIFIED_CHINESE, "--project", project.toString(), "--first-year", "2026",
                "--budget", "2026=150000");
        assertEquals(0, plan.run(c));
        assertTrue(c.stdout().contains("已放宽的约束"), c.stdout());
        Path out = dir.resolve("报告");
        assertEquals(0, report.run(new RecordingContext(dir, Locale.SIMPLIFIED_CHINESE, "--project", project.toString(), "--format",
                "csv", "--out", out.toString())));
        assertArrayEquals(Files.readAllBytes(project.resolve("plan.csv")), Files.readAllBytes(out.resolve("plan.csv")),
                "one plan table, whichever command writes it");
        List<String[]> rows = read(out.resolve("plan.csv"));
        assertEquals(41, rows.size());
        assertTrue(rows.get(1)[7].startsWith("第 1 期（2026 年）；含美国来源部件：优先替换"), rows.get(1)[7]);
        assertEquals("CNY", rows.get(1)[5]);
        assertFalse(rows.get(1)[6].isEmpty(), "the plan command's items list their actions per component");
        List<String[]> progress = read(out.resolve("progress.csv"));
        assertEquals("phase", progress.get(0)[0]);
        double firstYear = 0;
        for (String[] r : rows.subList(1, rows.size())) {
            if (r[2].equals("2026")) {
                firstYear += Double.parseDouble(r[4]);
            }
        }
        assertTrue(firstYear <= 150000, "the 2026 budget holds: " + firstYear);
    }

    private static BundleContext started() throws Exception {
        Bundle self = FrameworkUtil.getBundle(CsvReportRenderer.class);
        if (self.getBundleContext() == null) {
            self.start();
        }
        BundleContext ctx = self.getBundleContext();
        for (Bundle b : ctx.getBundles()) {
            if (("org.origo.core".equals(b.getSymbolicName()) || "org.origo.plan".equals(b.getSymbolicName()))
                    && b.getState() != Bundle.ACTIVE) {
                b.start();
            }
        }
        return ctx;
    }

    private static OrigoCommand command(BundleContext ctx, String name) throws Exception {
        ServiceTracker<OrigoCommand, OrigoCommand> t = new ServiceTracker<>(ctx,
                ctx.createFilter("(&(objectClass=" + OrigoCommand.class.getName() + ")(origo.command=" + name + "))"), null);
        t.open();
        try {
            OrigoCommand c = t.waitForService(5000);
            assertNotNull(c, name);
            return c;
        } finally {
            t.close();
        }
    }

    @Test
    void chineseMessagesAreComplete() {
        assertEquals(Set.of(), ReportMessages.all().missingInChinese());
    }
}
