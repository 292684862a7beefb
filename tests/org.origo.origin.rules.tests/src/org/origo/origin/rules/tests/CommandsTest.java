package org.origo.origin.rules.tests;

import org.origo.testing.RecordingContext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.api.OrigoCommand;
import org.origo.api.OrigoException;
import org.origo.api.Progress;
import org.origo.api.UsageException;
import org.origo.core.Pipeline;
import org.origo.core.ProjectStore;
import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.InventorySnapshot;
import org.origo.model.OrigoFactory;
import org.origo.model.Project;
import org.origo.model.Verdict;
import org.origo.model.VerdictOutcome;
import org.origo.origin.knowledge.Knowledge;
import org.origo.origin.rules.RuleTests;

class CommandsTest {

    @TempDir
    Path dir;

    private record Run(int code, String out) {
    }

    private static Run run(String command, Locale locale, Path cwd, String... args) throws Exception {
        OrigoCommand c = Services.service(OrigoCommand.class, "(" + OrigoCommand.PROP_NAME + "=" + command + ")");
        RecordingContext ctx = RecordingContext.merged(cwd, locale, args);
        int code = c.run(ctx);
        return new Run(code, ctx.stdout());
    }

    private static Component comp(Knowledge k, ComponentKind kind, String vendor, String product, String vendorId) {
        Component c = OrigoFactory.eINSTANCE.createComponent();
        c.setKind(kind);
        c.setRawVendor(vendor);
        c.setVendor(RuleTests.canonical(vendor, k));
        c.setProduct(product);
        c.setVendorId(vendorId);
        return c;
    }

    private Path project() throws Exception {
        Knowledge k = Knowledge.builtIn();
        Path p = dir.resolve("estate");
        Project project = ProjectStore.create(p, "estate");
        InventorySnapshot s = OrigoFactory.eINSTANCE.createInventorySnapshot();
        s.setId("s1");
        Asset a = OrigoFactory.eINSTANCE.createAsset();
        a.setId("A-1");
        a.setHostname("caizheng-pc-001");
        a.setKind(AssetKind.DESKTOP);
        a.getSources().add("ledger.csv");
        a.getComponents().add(comp(k, ComponentKind.SYSTEM, "LENOVO", "ThinkCentre M720q", null));
        a.getComponents().add(comp(k, ComponentKind.CPU, "Intel(R) Corporation", "Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz", "GenuineIntel"));
        a.getComponents().add(comp(k, ComponentKind.OS, null, "Microsoft Windows 10 Pro", null));
        s.getAssets().add(a);
        Asset b = OrigoFactory.eINSTANCE.createAsset();
        b.setId("A-2");
        b.setHostname("caizheng-pc-002");
        b.setKind(AssetKind.DESKTOP);
        b.getComponents().add(comp(k, ComponentKind.SYSTEM, "Great Wall", "TD120A2", null));
        b.getComponents().add(comp(k, ComponentKind.CPU, null, "ZHAOXIN KaiXian KX-U6780A@2.7GHz", "Shanghai"));
        b.getComponents().add(comp(k, ComponentKind.OS, null, "Kylin Desktop V10 (SP1)", null));
        s.getAssets().add(b);
        Asset c = OrigoFactory.eINSTANCE.createAsset();
        c.setId("A-3");
        c.setKind(AssetKind.DESKTOP);
        c.getComponents().add(comp(k, ComponentKind.SYSTEM, "To Be Filled By O.E.M.", null, null));
        s.getAssets().add(c);
        project.getSnapshots().add(s);
        ProjectStore.save(project, p);
        return p;
    }

    @Test
    void classifyThenExplain() throws Exception {
        Path p = project();
        Run r = run("classify", Locale.ENGLISH, dir, "--project", "estate", "--profile", "cn-2020");
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("REPLACE 1 (of which US-origin 1), KEEP 1, REVIEW 1"), r.out());

        Project saved = ProjectStore.open(p);
        List<Asset> assets = Pipeline.currentAssets(saved);
        Verdict v1 = Pipeline.verdict(assets.get(0), "cn-2020");
        assertEquals(VerdictOutcome.REPLACE, v1.getOutcome());
        assertTrue(v1.getRuleIds().contains("cn.cpu.foreign"));
        assertEquals(VerdictOutcome.KEEP, Pipeline.verdict(assets.get(1), "cn-2020").getOutcome());
        assertEquals(VerdictOutcome.REVIEW, Pipeline.verdict(assets.get(2), "cn-2020").getOutcome());
        assertFalse(saved.getOrigins().isEmpty(), "origin facts are saved with the project");
        assertNotNull(assets.get(0).getComponents().get(1).getOrigin());
        assertEquals("classify", saved.getAuditLog().get(saved.getAuditLog().size() - 1).getAction());

        Run en = run("explain", Locale.ENGLISH, dir, "--project", "estate", "caizheng-pc-001");
        assertEquals(0, en.code());
        assertTrue(en.out().contains("REPLACE, US-origin part"), en.out());
        assertTrue(en.out().contains("designed by Intel, headquartered in United States"), en.out());
        assertTrue(en.out().contains("DESIGNER: Intel (US)"), en.out());
        assertTrue(en.out().contains("ledger.csv"), en.out());
        Run zh = run("explain", Locale.SIMPLIFIED_CHINESE, dir, "--project", "estate", "A-2");
        assertTrue(zh.out().contains("保留"), zh.out());
        assertTrue(zh.out().contains("威盛电子"), zh.out());

        OrigoException missing = assertThrows(OrigoException.class, () -> run("explain", Locale.ENGLISH, dir, "--project", "estate", "nope"));
        assertTrue(missing.describe(Locale.ENGLISH).contains("nope"));
        assertThrows(UsageException.class, () -> run("classify", Locale.ENGLISH, dir, "--profile", "cn-2020"));
    }

    @Test
    void classifyFromFilesImportsClassifiesSavesAndAsksForTheVerdictsCsv() throws Exception {
        Knowledge k = Knowledge.builtIn();
        Path input = dir.resolve("inventory.txt");
        Files.writeString(input, "one line per machine", StandardCharsets.UTF_8);
        List<org.origo.report.api.ReportRequest> requests = new java.util.ArrayList<>();
        org.origo.inventory.api.InventoryService importer = new org.origo.inventory.api.InventoryService() {
            @Override
            public org.origo.inventory.api.ImportReport importInto(Project project, List<Path> inputs,
                    org.origo.inventory.api.ImportRequest request, Progress progress) {
                InventorySnapshot s = OrigoFactory.eINSTANCE.createInventorySnapshot();
                s.setId("s1");
                Asset a = OrigoFactory.eINSTANCE.createAsset();
                a.setId("H-1");
                a.setKind(AssetKind.SERVER);
                a.getSources().add(inputs.get(0).toString());
                a.getComponents().add(comp(k, ComponentKind.SYSTEM, "Huawei", "TaiShan 200", null));
                a.getComponents().add(comp(k, ComponentKind.CPU, "HiSilicon", "Kunpeng-920", "0x48"));
                s.getAssets().add(a);
                project.getSnapshots().add(s);
                return new org.origo.inventory.api.ImportReport(s, 1, 1, 1, 1, 0, 0, List.of());
            }

            @Override
            public List<org.origo.inventory.api.ImportPreview> preview(List<Path> inputs, org.origo.inventory.api.ImportRequest request) {
                return List.of();
            }

            @Override
            public List<org.origo.inventory.api.InventoryImporter> importers() {
                return List.of();
            }
        };
        org.origo.report.api.ReportRenderer csv = new org.origo.report.api.ReportRenderer() {
            @Override
            public String id() {
                return "test-csv";
            }

            @Override
            public String format() {
                return "csv";
            }

            @Override
            public org.origo.api.Text label() {
                return new org.origo.api.Text("CSV", "CSV");
            }

            @Override
            public List<Path> render(Project project, org.origo.report.api.ReportRequest request) {
                requests.add(request);
                return List.of(request.outputDirectory().resolve("verdicts.csv"));
            }
        };
        var ctx = Services.context();
        // the real inventory service (present for the dmidecode importer) steps aside for the double
        org.osgi.framework.Bundle inventory = java.util.Arrays.stream(ctx.getBundles())
                .filter(b -> "org.origo.inventory".equals(b.getSymbolicName())).findFirst().orElse(null);
        if (inventory != null) {
            inventory.stop(org.osgi.framework.Bundle.STOP_TRANSIENT);
        }
        var r1 = ctx.registerService(org.origo.inventory.api.InventoryService.class, importer, null);
        var props = new java.util.Hashtable<String, Object>();
        props.put(org.origo.report.api.ReportRenderer.PROP_FORMAT, "csv");
        props.put(org.origo.report.api.ReportRenderer.PROP_ID, "test-csv");
        props.put(org.osgi.framework.Constants.SERVICE_RANKING, Integer.MAX_VALUE);
        var r2 = ctx.registerService(org.origo.report.api.ReportRenderer.class, csv, props);
        try {
            Run r = run("classify", Locale.SIMPLIFIED_CHINESE, dir, "--profile", "us-fcc-covered", "--out", "out", "inventory.txt");
            assertEquals(0, r.code(), r.out());
            assertTrue(r.out().contains("替换 1"), r.out());
            Project saved = ProjectStore.open(dir.resolve("out"));
            Verdict v = Pipeline.verdict(Pipeline.currentAssets(saved).get(0), "us-fcc-covered");
            assertEquals(VerdictOutcome.REPLACE, v.getOutcome());
            assertEquals(1, requests.size());
            assertEquals(dir.resolve("out"), requests.get(0).outputDirectory());
            assertEquals("us-fcc-covered", requests.get(0).profileId());
            assertEquals(java.util.Set.of("verdicts"), requests.get(0).tables());
            assertEquals(Locale.SIMPLIFIED_CHINESE, requests.get(0).locale());

            OrigoException again = assertThrows(OrigoException.class,
                    () -> run("classify", Locale.ENGLISH, dir, "--profile", "us-fcc-covered", "--out", "out", "inventory.txt"));
            assertTrue(again.describe(Locale.ENGLISH).contains("already holds a project"), again.describe(Locale.ENGLISH));
        } finally {
            r1.unregister();
            if (inventory != null) {
                inventory.start(org.osgi.framework.Bundle.START_TRANSIENT | org.osgi.framework.Bundle.START_ACTIVATION_POLICY);
            }
            r2.unregister();
        }
    }

    @Test
    void rulesTestPassesShippedTestsAndFailsWrongExpectations() throws Exception {
        Path good = dir.resolve("cn.tests.json");
        try (InputStream in = ((org.origo.origin.rules.RuleProfile) Services.profile("cn-2020")).openTests()) {
            Files.copy(in, good);
        }
        Run ok = run("rules", Locale.ENGLISH, dir, "test", "cn.tests.json");
        assertEquals(0, ok.code(), ok.out());
        assertTrue(ok.out().contains("cases passed"), ok.out());

        String text = Files.readString(good, StandardCharsets.UTF_8);
        Path bad = dir.resolve("bad.tests.json");
        Files.writeString(bad, text.replaceFirst("\"verdict\": \"REPLACE\"", "\"verdict\": \"KEEP\""), StandardCharsets.UTF_8);
        Run fail = run("rules", Locale.SIMPLIFIED_CHINESE, dir, "test", "bad.tests.json");
        assertEquals(1, fail.code(), fail.out());
        assertTrue(fail.out().contains("期望结论为 KEEP，实际为 REPLACE"), fail.out());

        Run list = run("rules", Locale.ENGLISH, dir, "list");
        assertTrue(list.out().contains("us-fcc-covered"), list.out());
    }
}
