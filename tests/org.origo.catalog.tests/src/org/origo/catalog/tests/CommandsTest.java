package org.origo.catalog.tests;

import org.origo.testing.RecordingContext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.api.OrigoCommand;
import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.catalog.sdk.MatchText;
import org.origo.core.Contributions;
import org.origo.core.ProjectStore;
import org.origo.model.Match;
import org.origo.model.Project;
import org.origo.report.api.ReportRenderer;
import org.origo.report.api.ReportRequest;
import org.osgi.framework.ServiceRegistration;

class CommandsTest {

    @TempDir
    Path dir;

    /** Stands in for the CSV report renderer: writes the matches table with the documented columns. */
    static final class MatchesCsv implements ReportRenderer {
        @Override
        public String id() {
            return "test-csv";
        }

        @Override
        public String format() {
            return "csv";
        }

        @Override
        public Text label() {
            return new Text("CSV (test)", "CSV（测试）");
        }

        @Override
        public List<Path> render(Project project, ReportRequest request) throws OrigoException {
            StringBuilder sb = new StringBuilder("asset_id,component,rank,product_id,vendor,product,score,reasons\n");
            for (Match m : project.getMatches()) {
                List<String> reasons = new ArrayList<>();
                m.getReasons().forEach(r -> reasons.add(MatchText.in(r, request.locale())));
                sb.append(m.getAssetId()).append(',').append(m.getTarget()).append(',').append(m.getRank()).append(',')
                        .append(m.getProductId() == null ? "" : m.getProductId()).append(',')
                        .append(m.getVendor() == null ? "" : m.getVendor()).append(",\"")
                        .append(m.getProductName() == null ? "" : m.getProductName()).append("\",").append(m.getScore())
                        .append(",\"").append(String.join("; ", reasons).replace("\"", "\"\"")).append("\"\n");
            }
            Path f = request.outputDirectory().resolve("matches.csv");
            try {
                Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new OrigoException(new Text(e.toString(), e.toString()), e);
            }
            return List.of(f);
        }
    }

    private static OrigoCommand command(Contributions reg, String name) throws InterruptedException {
        long until = System.currentTimeMillis() + 10_000;
        while (reg.command(name).isEmpty() && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        return reg.command(name).orElseThrow(() -> new AssertionError("no command " + name));
    }

    @Test
    void matchCommandSavesTheMatchesAuditsAndWritesTheCsv() throws Exception {
        Contributions reg = TestRuntime.contributions();
        Estate e = Estate.financeBureau();
        ProjectStore.save(e.project, dir);
        Files.writeString(dir.resolve("policy.json"),
                "{\n  \"excludedVendors\": [\"Inspur\"],\n  \"preferredVendors\": [\"Huawei\"],\n  \"candidates\": 2\n}\n");
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(ReportRenderer.PROP_FORMAT, "csv");
        props.put(ReportRenderer.PROP_ID, "test-csv");
        ServiceRegistration<ReportRenderer> csv = TestRuntime.context().registerService(ReportRenderer.class, new MatchesCsv(), props);
        try {
            long until = System.currentTimeMillis() + 10_000;
            while (reg.renderer("csv").isEmpty() && System.currentTimeMillis() < until) {
                Thread.sleep(20);
            }
            RecordingContext ctx = new RecordingContext(dir, Locale.SIMPLIFIED_CHINESE, "--project", ".", "--policy", "policy.json", "--catalogs",
                    String.join(",", TestRuntime.SHIPPED));
            int rc = command(reg, "match").run(ctx);
            assertEquals(0, rc, ctx.stdout() + ctx.stderr());
            assertTrue(ctx.stdout().contains("项资产获得候选产品"), ctx.stdout());
            Project reopened = ProjectStore.open(dir);
            assertFalse(reopened.getMatches().isEmpty());
            assertTrue(reopened.getMatches().stream().allMatch(m -> m.getRank() <= 2));
            assertTrue(reopened.getMatches().stream().noneMatch(m -> "Inspur".equals(m.getVendor())));
            assertEquals("Huawei", reopened.getMatches().stream()
                    .filter(m -> m.getAssetId().equals("FIN-SRV-001") && m.getTarget().equals("hardware")).findFirst().orElseThrow()
                    .getVendor());
            assertEquals("Inspur", ProjectStore.setting(reopened, "match.excludedVendors"));
            assertTrue(reopened.getAuditLog().stream().anyMatch(a -> a.getAction().equals("match") && a.getDetail().contains("cn.pc")));
            List<String> csvLines = Files.readAllLines(dir.resolve("matches.csv"));
            assertEquals("asset_id,component,rank,product_id,vendor,product,score,reasons", csvLines.get(0));
            assertTrue(csvLines.stream().anyMatch(l -> l.startsWith("FIN-PC-001,hardware,1,")), csvLines.toString());
            assertTrue(csvLines.stream().anyMatch(l -> l.contains("示例数据")), "reasons in the user's language");

            // a second run replaces the matches (same count), a broken policy changes nothing
            int before = reopened.getMatches().size();
            assertEquals(0, command(reg, "match").run(new RecordingContext(dir, Locale.ENGLISH, "--project", ".", "--catalogs",
                    String.join(",", TestRuntime.SHIPPED))));
            assertEquals(before, ProjectStore.open(dir).getMatches().size());
            Files.writeString(dir.resolve("bad.json"), "{\n  \"candidates\": 0\n}\n");
            OrigoException ex = assertThrows(OrigoException.class,
                    () -> command(reg, "match").run(new RecordingContext(dir, Locale.ENGLISH, "--project", ".", "--policy", "bad.json")));
            assertTrue(ex.describe(Locale.ENGLISH).contains("bad.json:2: field 'candidates' candidates must be between 1 and 50"),
                    ex.describe(Locale.ENGLISH));
            assertEquals("Inspur", ProjectStore.setting(ProjectStore.open(dir), "match.excludedVendors"));
        } finally {
            csv.unregister();
        }
    }

    @Test
    void matchCommandReportsAMissingCsvRendererAfterSaving() throws Exception {
        Contributions reg = TestRuntime.contributions();
        if (reg.renderer("csv").isPresent()) {
            return; // a real CSV renderer is installed in this runtime
        }
        ProjectStore.save(Estate.financeBureau().project, dir);
        RecordingContext ctx = new RecordingContext(dir, Locale.ENGLISH, "--project", dir.toString(), "--catalogs", "cn.pc,cn.os");
        assertEquals(1, command(reg, "match").run(ctx));
        assertTrue(ctx.stderr().contains("matches are saved in the project, but matches.csv was not written"), ctx.stderr());
        assertFalse(ProjectStore.open(dir).getMatches().isEmpty());
    }

    @Test
    void validateReportsEveryProblemWithItsLocation() throws Exception {
        Contributions reg = TestRuntime.contributions();
        OrigoCommand cmd = command(reg, "catalog");
        String good = Jars.validCatalog("v.good", "V");
        Path goodJar = dir.resolve("good.jar");
        Files.write(goodJar, Jars.dataCatalogBundle("v.good", "v.good", "V", good, good));
        RecordingContext ok = new RecordingContext(dir, Locale.ENGLISH, "validate", "good.jar");
        assertEquals(0, cmd.run(ok), ok.stdout());
        assertTrue(ok.stdout().contains("catalog v.good with 1 products"), ok.stdout());
        assertTrue(ok.stdout().contains("valid (0 errors"), ok.stdout());

        Path tampered = dir.resolve("tampered.jar");
        Files.write(tampered, Jars.dataCatalogBundle("v.t", "v.t", "V", good.replace("v.good", "v.t"),
                good.replace("v.good", "v.t").replace("\"amount\": 1000", "\"amount\": -1000")));
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, good.replace("\"THIN_CLIENT\"", "\"THIN\"").replace("\"x86_64\"", "\"x86\""));
        RecordingContext ctx = new RecordingContext(dir, Locale.ENGLISH, "validate", "tampered.jar", "bad.json");
        assertEquals(1, cmd.run(ctx));
        String out = ctx.stdout();
        assertTrue(out.contains("tampered.jar!/catalog/v.t.json: field 'Origo-Catalog-SHA256' catalog/v.t.json was altered"), out);
        assertTrue(out.contains("tampered.jar!/catalog/v.t.json:15: field 'products[0].price.amount' the price must not be negative"), out);
        assertTrue(out.contains("bad.json:12: field 'products[0].category' unknown category 'THIN'"), out);
        assertTrue(out.contains("bad.json:13: field 'products[0].platform.architectures' unknown architecture 'x86'"), out);
        assertTrue(out.contains("invalid: 4 errors"), out);

        RecordingContext zh = new RecordingContext(dir, Locale.SIMPLIFIED_CHINESE, "validate", "bad.json");
        assertEquals(1, cmd.run(zh));
        assertTrue(zh.stdout().contains("未知类别 'THIN'"), zh.stdout());

        RecordingContext sum = new RecordingContext(dir, Locale.ENGLISH, "checksum", "bad.json");
        assertEquals(0, cmd.run(sum));
        assertTrue(sum.stdout().startsWith("Origo-Catalog-SHA256: catalog/bad.json="), sum.stdout());
        assertThrows(org.origo.api.UsageException.class, () -> cmd.run(new RecordingContext(dir, Locale.ENGLISH, "frobnicate", "x")));
    }
}
