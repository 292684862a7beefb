package org.origo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.core.Contributions;
import org.origo.core.Pipeline;
import org.origo.core.ProjectStore;
import org.origo.model.Asset;
import org.origo.model.Plan;
import org.origo.model.PlanItem;
import org.origo.model.Project;
import org.origo.model.VerdictOutcome;
import org.origo.ui.internal.Workbench;
import org.origo.ui.internal.i18n.UiMessages;
import org.origo.ui.internal.inventory.InventoryIndex.Column;
import org.origo.ui.internal.inventory.InventoryIndex.Filter;
import org.origo.ui.internal.parts.AssetPart;
import org.origo.ui.internal.parts.CatalogsPart;
import org.origo.ui.internal.parts.DashboardPart;
import org.origo.ui.internal.parts.InventoryPart;
import org.origo.ui.internal.parts.PlanPart;
import org.origo.ui.internal.parts.PluginsPart;
import org.origo.ui.internal.services.UiServices;
import org.origo.ui.internal.widgets.VirtualGrid;
import org.origo.ui.internal.wizard.ImportWizard;
import org.origo.ui.tests.sample.SampleCatalogActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/** Drives the workbench on a display (Xvfb in CI) and checks what its widgets show. */
class WorkbenchTest {

    private static final int ASSETS = 140;

    @TempDir
    Path tmp;

    private Display display;
    private BundleContext ctx;
    private List<ServiceRegistration<?>> doubles;
    private UiServices services;
    private Workbench wb;
    private Path dir;

    @BeforeEach
    void openWorkbench() throws Exception {
        display = UiTestSupport.display();
        UiMessages.setLocale(Locale.ENGLISH);
        ctx = UiTestSupport.context();
        doubles = UiTestSupport.registerDoubles(ctx);
        dir = tmp.resolve("财政局项目");
        Project p = ProjectStore.create(dir, "市财政局 2026");
        UiTestSupport.estate(p, ASSETS);
        ProjectStore.save(p, dir);
        services = new UiServices(ctx, display);
        wb = new Workbench(display, services);
        wb.setQuiet(true);
        wb.setBlockOnOpen(false);
        wb.open();
        wb.getShell().setBounds(0, 0, 1280, 800);
        wb.openProject(dir);
        UiTestSupport.waitUntil(display, "project open", () -> wb.session().isOpen());
        Contributions c = services.contributions();
        UiTestSupport.waitUntil(display, "test services registered", () -> c.profile("test-profile").isPresent()
                && c.inventoryService().isPresent() && c.planner().isPresent());
    }

    @AfterEach
    void closeWorkbench() {
        UiMessages.setLocale(Locale.ENGLISH);
        if (wb != null && wb.getShell() != null && !wb.getShell().isDisposed()) {
            wb.setClosePrompt((s, n) -> 1);
            wb.close();
        }
        if (services != null) {
            services.close();
        }
        if (doubles != null) {
            for (ServiceRegistration<?> r : doubles) {
                try {
                    r.unregister();
                } catch (IllegalStateException e) {
                    // already gone
                }
            }
        }
    }

    private void classify() {
        wb.commands().classify("test-profile");
        UiTestSupport.waitUntil(display, "classification", () -> !wb.jobs().busy());
        assertEquals("test-profile", wb.session().project().getProfileId(), wb.lastError());
    }

    private InventoryPart inventory() {
        InventoryPart inv = (InventoryPart) wb.showPart(InventoryPart.ID);
        UiTestSupport.waitUntil(display, "inventory index", () -> inv.settled() && inv.index() != null
                && inv.index().size() == Pipeline.currentAssets(wb.session().project()).size());
        return inv;
    }

    private static long count(Project p, VerdictOutcome o) {
        return Pipeline.currentAssets(p).stream().filter(a -> {
            var v = Pipeline.verdict(a, "test-profile");
            return v != null && v.getOutcome() == o;
        }).count();
    }

    @Test
    void inventoryFiltersSortsAndOpensTheExplanationOfAnAsset() throws Exception {
        classify();
        InventoryPart inv = inventory();
        assertEquals(ASSETS, inv.table().getItemCount());
        assertTrue(inv.countLabel().getText().startsWith(ASSETS + " of " + ASSETS), inv.countLabel().getText());

        long replace = count(wb.session().project(), VerdictOutcome.REPLACE);
        assertTrue(replace > 0 && replace < ASSETS);
        inv.setFilter(new Filter(VerdictOutcome.REPLACE_VALUE, Filter.ANY, null, "上海市税务局", null, null));
        UiTestSupport.waitUntil(display, "filter", inv::settled);
        int shown = inv.table().getItemCount();
        assertTrue(shown > 0);
        for (int i = 0; i < shown; i++) {
            assertEquals("Replace", inv.table().getText(i, Column.VERDICT.ordinal()));
            assertEquals("上海市税务局", inv.table().getText(i, Column.SITE.ordinal()));
        }
        long expected = Pipeline.currentAssets(wb.session().project()).stream()
                .filter(a -> "上海市税务局".equals(a.getSite())
                        && Pipeline.verdict(a, "test-profile").getOutcome() == VerdictOutcome.REPLACE)
                .count();
        assertEquals(expected, shown);

        // free text over the CPU column, sorted by host name descending
        inv.setFilter(new Filter(Filter.ANY, Filter.ANY, null, null, null, "phytium"));
        inv.sort(Column.HOSTNAME, false);
        UiTestSupport.waitUntil(display, "text filter", inv::settled);
        assertTrue(inv.table().getItemCount() > 0);
        String first = inv.table().getText(0, Column.HOSTNAME.ordinal());
        String second = inv.table().getText(1, Column.HOSTNAME.ordinal());
        assertTrue(first.compareTo(second) > 0, first + " before " + second);
        assertTrue(inv.table().getText(0, Column.CPU.ordinal()).contains("Phytium"));
        assertEquals("Keep", inv.table().getText(0, Column.VERDICT.ordinal()));

        // multi-select, then open the first selected asset
        inv.setFilter(new Filter(VerdictOutcome.REPLACE_VALUE, Filter.ANY, "Dell Inc.", null, null, null));
        UiTestSupport.waitUntil(display, "brand filter", inv::settled);
        inv.table().setSelection(new int[] { 0, 1, 2 });
        List<Asset> sel = inv.selection();
        assertEquals(3, sel.size());
        UiTestSupport.screenshot(wb.getShell(), "inventory");
        wb.openAsset(sel.get(0));
        AssetPart ap = wb.part(AssetPart.ID);
        assertTrue(ap.header().getText().contains(sel.get(0).getHostname()), ap.header().getText());
        List<String> lines = ap.explanationLines();
        assertTrue(lines.get(0).startsWith("Replace under test-profile (US-origin: US)"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("Dell Inc. comes from US")), lines.toString());
        assertTrue(lines.contains("test.foreign.system"), lines.toString());
        assertTrue(ap.components().rows().stream().anyMatch(r -> r[0].equals("CPU")
                && r[3].startsWith("Intel(R) Core(TM) i7-9700")));
        assertTrue(ap.origins().rows().stream().anyMatch(r -> r[2].equals("Dell Inc.")
                && r[3].equals("US") && r[4].equals("test table")));
        UiTestSupport.screenshot(wb.getShell(), "asset");

        DashboardPart dash = (DashboardPart) wb.showPart(DashboardPart.ID);
        assertEquals((int) replace, dash.figures().replace());
        assertEquals(ASSETS, dash.figures().total());
        assertEquals(UiTestSupport.SITES.length, dash.figures().bySite().size());
        UiTestSupport.screenshot(wb.getShell(), "dashboard");
    }

    @Test
    void importWizardPreviewsLetsTheMappingBeFixedAndImports() throws Exception {
        Path csv = tmp.resolve("教育局资产台账.csv");
        Files.writeString(csv, String.join("\n", "主机名;序列号;品牌;处理器;操作系统;地点;科室;使用人",
                "JYJ-PC-0001;PF1A2B3C;Lenovo;Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz;Microsoft Windows 10 Pro;广州市教育局;基础教育处;周杰",
                "JYJ-PC-0002;PF1A2B3D;Great Wall;Phytium,D2000/8;Kylin Linux Desktop V10 (SP1);广州市教育局;办公室;吴婷",
                "JYJ-PC-0003;PF1A2B3E;Huawei;HUAWEI Kunpeng 920 2251K;UOS Desktop 20 Professional;广州市教育局;信息中心;郑浩"),
                StandardCharsets.UTF_8);
        ImportWizard wizard = new ImportWizard(wb);
        WizardDialog dialog = new WizardDialog(wb.getShell(), wizard);
        dialog.setPageSize(820, 480);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            wizard.filesPage().add(csv);
            assertTrue(wizard.filesPage().isPageComplete());
            dialog.showPage(wizard.previewPage());
            UiTestSupport.settle(display, 200);
            String detected = wizard.previewPage().detectedLabel().getText();
            assertTrue(detected.contains("Importer: test-csv"), detected);
            assertTrue(detected.contains("Encoding: UTF-8"), detected);
            assertTrue(detected.contains("Delimiter: ;"), detected);
            assertEquals(3, wizard.previewPage().rowsTable().getItemCount());
            assertEquals("JYJ-PC-0002", wizard.previewPage().rowsTable().getItem(1).getText(0));
            assertEquals("", wizard.previewPage().mapping().get("科室"));
            assertEquals("hostname", wizard.previewPage().mapping().get("主机名"));
            wizard.previewPage().setField("科室", "department");
            UiTestSupport.screenshot(dialog.getShell(), "import-wizard");
            assertTrue(wizard.performFinish(), String.valueOf(wizard.previewPage().getErrorMessage()));
        } finally {
            dialog.close();
        }
        assertNotNull(wizard.mappingFile());
        assertTrue(Files.readString(wizard.mappingFile()).contains("科室=department"));
        assertEquals(3, wizard.report().assets());
        Project p = wb.session().project();
        assertEquals(2, p.getSnapshots().size());
        assertTrue(wb.session().isDirty());
        assertEquals("办公室", Pipeline.currentAssets(p).get(1).getDepartment());
        InventoryPart inv = inventory();
        assertEquals(3, inv.table().getItemCount());
        assertEquals("JYJ-PC-0001", inv.table().getText(0, Column.HOSTNAME.ordinal()));
        assertTrue(wb.getShell().getText().startsWith("*"));
    }

    @Test
    void movingPlanItemsShowsBrokenConstraintsAndSavesPinnedPhases() throws Exception {
        classify();
        wb.commands().plan();
        UiTestSupport.waitUntil(display, "plan", () -> !wb.jobs().busy());
        Plan plan = wb.session().project().getPlan();
        assertNotNull(plan, wb.lastError());
        long replace = count(wb.session().project(), VerdictOutcome.REPLACE);
        assertEquals(replace, plan.getItems().size());
        PlanPart part = (PlanPart) wb.showPart(PlanPart.ID);
        assertEquals(plan.getItems().size(), part.items().getItemCount());
        assertEquals("All constraints hold.", part.violations().getText(0, 0));
        int year1 = plan.getPhases().get(0).getYear();

        List<PlanItem> moved = new ArrayList<>(plan.getItems().subList(0, 10));
        assertTrue(moved.stream().allMatch(i -> i.getPhase().getIndex() == 1));
        int[] rows = new int[10];
        for (int i = 0; i < 10; i++) {
            rows[i] = i;
        }
        part.select(rows);
        part.move(moved, plan.getPhases().get(2));
        List<String> v = part.violations().rows().stream().map(r -> r[0]).toList();
        assertTrue(v.stream().anyMatch(s -> s.startsWith("Phase 3 (" + (year1 + 2) + "): planned cost")
                && s.contains("exceeds the budget")), v.toString());
        assertTrue(v.stream().anyMatch(s -> s.startsWith("Phase 1 (" + year1 + "):") && s.contains("assets planned, target")),
                v.toString());
        assertEquals("Phase 3 (" + (year1 + 2) + ")", part.items().getText(0, 2));
        assertEquals("pinned", part.items().getText(0, 5));
        assertTrue(wb.session().isDirty());
        UiTestSupport.screenshot(wb.getShell(), "plan");

        wb.save(null);
        UiTestSupport.waitUntil(display, "save", () -> !wb.jobs().busy());
        assertFalse(wb.session().isDirty(), wb.lastError());
        Project again = ProjectStore.open(dir);
        long pinnedInPhase3 = again.getPlan().getItems().stream()
                .filter(i -> i.isPinned() && i.getPhase().getIndex() == 3).count();
        assertEquals(10, pinnedInPhase3);
        assertTrue(again.getAuditLog().stream().anyMatch(a -> a.getAction().equals("plan.move")));

        // what-if through the planner leaves the saved plan alone
        part.whatIf(PlanPart.parseRequest("test-profile", "40,40,20", "", year1));
        UiTestSupport.waitUntil(display, "what-if", () -> !wb.jobs().busy());
        assertEquals(3, part.comparison().getItemCount(), wb.lastError());
        int expected40 = (int) Math.round(0.4 * replace);
        assertTrue(part.comparison().getText(0, 2).startsWith(expected40 + " assets"),
                part.comparison().getText(0, 2));
        assertEquals(plan, wb.session().project().getPlan());
    }

    @Test
    void installingAndUninstallingACatalogBundleUpdatesThePartsWithoutRestart() throws Exception {
        Path jar = sampleCatalogJar(tmp.resolve("org.origo.sample.catalog_1.0.0.jar"));
        PluginsPart plugins = (PluginsPart) wb.showPart(PluginsPart.ID);
        CatalogsPart catalogs = (CatalogsPart) wb.showPart(CatalogsPart.ID);
        UiTestSupport.waitUntil(display, "catalogs", catalogs::settled);
        assertFalse(rowsOf(catalogs.catalogs()).stream().anyMatch(r -> r.startsWith("sample-kaitian")));
        assertTrue(rowsOf(catalogs.catalogs()).stream().anyMatch(r -> r.startsWith("test-greatwall")));

        // unsigned: the trust question comes first; refusing installs nothing
        java.util.List<org.origo.install.api.Candidate> asked = new java.util.ArrayList<>();
        plugins.trustDecision(untrusted -> {
            asked.addAll(untrusted);
            return false;
        });
        int bundlesBefore = ctx.getBundles().length;
        plugins.install(jar);
        UiTestSupport.waitUntil(display, "refused", () -> !wb.jobs().busy());
        assertTrue(String.valueOf(wb.lastError()).contains("--accept-unsigned"), wb.lastError());
        assertEquals(bundlesBefore, ctx.getBundles().length);
        assertEquals(1, asked.size());
        assertEquals(org.origo.install.api.Candidate.Trust.UNSIGNED, asked.get(0).trust());
        assertEquals("org.origo.sample.catalog", asked.get(0).symbolicName());
        plugins.trustDecision(untrusted -> true);
        plugins.install(jar);
        Contributions c = services.contributions();
        UiTestSupport.waitUntil(display, "catalog service", () -> UiTestSupport.registryHas(c, "catalog", "sample-kaitian"));
        UiTestSupport.waitUntil(display, "catalog part update",
                () -> catalogs.settled() && rowsOf(catalogs.catalogs()).stream().anyMatch(r -> r.startsWith("sample-kaitian")));
        catalogs.setFilter("ALL_IN_ONE", null, null);
        assertEquals(1, catalogs.products().getItemCount(), rowsOf(catalogs.catalogs()).toString());
        assertEquals("KAITIAN-M90Z", catalogs.products().getText(0, 0));
        assertTrue(catalogs.products().getText(0, 7).contains("(sample)"));
        UiTestSupport.screenshot(wb.getShell(), "catalogs");

        wb.showPart(PluginsPart.ID);
        UiTestSupport.waitUntil(display, "plug-ins list", () -> plugins.select("org.origo.sample.catalog"));
        assertTrue(rowsOf(plugins.contributions()).stream().anyMatch(r -> r.startsWith("catalog|sample-kaitian")),
                rowsOf(plugins.contributions()).toString());
        UiTestSupport.screenshot(wb.getShell(), "plugins");
        // a contribution that misbehaved but works (e.g. left a thread running) shows its warning in the UI language
        org.origo.api.Text warning = new org.origo.api.Text("left 1 thread running", "留下 1 个线程在运行");
        c.warn("catalog", "sample-kaitian", warning);
        plugins.refresh();
        assertTrue(plugins.select("org.origo.sample.catalog"));
        String expected = org.origo.ui.internal.i18n.UiMessages.t("contribution.warning",
                org.origo.ui.internal.i18n.UiMessages.in(warning));
        assertTrue(rowsOf(plugins.contributions()).stream().anyMatch(r -> r.startsWith("catalog|sample-kaitian") && r.contains(expected)),
                rowsOf(plugins.contributions()).toString());
        assertTrue(rowsOf(plugins.bundles()).stream().anyMatch(r -> r.startsWith("org.origo.sample.catalog") && r.contains(expected)),
                rowsOf(plugins.bundles()).toString());

        plugins.uninstall("org.origo.sample.catalog");
        UiTestSupport.waitUntil(display, "catalog gone", () -> !UiTestSupport.registryHas(c, "catalog", "sample-kaitian"));
        UiTestSupport.waitUntil(display, "plug-ins list update", () -> !plugins.select("org.origo.sample.catalog"));
        UiTestSupport.waitUntil(display, "catalog part update",
                () -> catalogs.settled() && rowsOf(catalogs.catalogs()).stream().noneMatch(r -> r.startsWith("sample-kaitian")));

        // the same bundle from a zipped p2 repository (plugins/*.jar)
        Path zip = tmp.resolve("kaitian-repository.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("artifacts.xml"));
            out.write("<artifacts/>".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new java.util.zip.ZipEntry("plugins/" + jar.getFileName()));
            Files.copy(jar, out);
        }
        plugins.install(zip);
        UiTestSupport.waitUntil(display, "catalog from the zipped repository",
                () -> UiTestSupport.registryHas(c, "catalog", "sample-kaitian"));
        plugins.uninstall("org.origo.sample.catalog");
        UiTestSupport.waitUntil(display, "catalog gone again", () -> !UiTestSupport.registryHas(c, "catalog", "sample-kaitian"));

        // a jar that is not a bundle is refused and changes nothing
        Path broken = tmp.resolve("broken.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(broken))) {
            out.putNextEntry(new JarEntry("readme.txt"));
            out.write("no manifest".getBytes(StandardCharsets.UTF_8));
        }
        int before = ctx.getBundles().length;
        plugins.install(broken);
        UiTestSupport.waitUntil(display, "refusal", () -> !wb.jobs().busy());
        assertTrue(String.valueOf(wb.lastError()).contains("is not an OSGi bundle"), wb.lastError());
        assertEquals(before, ctx.getBundles().length);
    }

    @Test
    void switchesToChineseAndAsksBeforeLosingChanges() throws Exception {
        classify();
        UiMessages.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertEquals("文件(&F)", wb.getMenuBarManager().getMenu().getItem(0).getText());
        InventoryPart inv = inventory();
        assertEquals("主机名", inv.table().getColumnText(Column.HOSTNAME.ordinal()));
        String verdict = inv.table().getText(0, Column.VERDICT.ordinal());
        assertTrue(List.of("替换", "保留", "待核查").contains(verdict), verdict);
        assertTrue(inv.countLabel().getText().startsWith("显示 " + ASSETS), inv.countLabel().getText());
        UiTestSupport.screenshot(wb.getShell(), "inventory-zh");
        wb.showPart(DashboardPart.ID);
        UiTestSupport.screenshot(wb.getShell(), "dashboard-zh");

        assertTrue(wb.session().isDirty());
        int[] asked = new int[1];
        wb.setClosePrompt((s, name) -> {
            asked[0]++;
            assertEquals("市财政局 2026", name);
            return 2;
        });
        assertFalse(wb.close());
        assertEquals(1, asked[0]);
        assertFalse(wb.getShell().isDisposed());
        wb.setClosePrompt((s, name) -> 0);
        assertFalse(wb.close());
        UiTestSupport.waitUntil(display, "save then close", () -> wb.getShell() == null || wb.getShell().isDisposed());
        Project saved = ProjectStore.open(dir);
        assertEquals("test-profile", saved.getProfileId());
    }

    private static List<String> rowsOf(VirtualGrid t) {
        List<String> out = new ArrayList<>();
        for (String[] r : t.rows()) {
            out.add(String.join("|", r));
        }
        return out;
    }

    /** Builds the sample catalog bundle: a manifest and the one activator class. */
    static Path sampleCatalogJar(Path jar) throws IOException {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "org.origo.sample.catalog");
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Bundle-Activator", SampleCatalogActivator.class.getName());
        a.putValue("Import-Package", "org.origo.api;version=\"[1.0,2)\",org.origo.catalog.api;version=\"[1.0,2)\","
                + "org.origo.model;version=\"[1.0,2)\",org.osgi.framework;version=\"[1.8,2)\",org.eclipse.emf.common.util");
        String cls = SampleCatalogActivator.class.getName().replace('.', '/') + ".class";
        try (OutputStream fo = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(fo, m);
                InputStream in = SampleCatalogActivator.class.getClassLoader().getResourceAsStream(cls)) {
            assertNotNull(in, cls);
            out.putNextEntry(new JarEntry(cls));
            in.transferTo(out);
        }
        return jar;
    }

}
