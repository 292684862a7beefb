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
        assertTrue(lines.stream().anyMatch(l -> l.contains("test.foreign.system")), lines.toString());
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
        // drill-down: a click on a site's Replace segment shows exactly those assets
        DashboardPart.Hit hit = dash.hits().stream().filter(h -> h.column() == Column.SITE && "上海市税务局".equals(h.value())
                && h.verdict() == VerdictOutcome.REPLACE_VALUE).findFirst().orElseThrow();
        assertEquals(hit, dash.hitAt(hit.area().x + 1, hit.area().y + 1));
        dash.drillDown(hit);
        InventoryPart drilled = (InventoryPart) wb.showPart(InventoryPart.ID);
        UiTestSupport.waitUntil(display, "drill-down", drilled::settled);
        assertEquals(expected, drilled.table().getItemCount());
        assertEquals("Replace", drilled.verdictCombo().getText());
        // many sites: the largest 15 and one "others" bucket with the rest
        java.util.Map<String, int[]> many = new java.util.TreeMap<>();
        for (int i = 0; i < 309; i++) {
            many.put("site " + i, new int[] { i, 1, 0, 0 });
        }
        java.util.Map<String, int[]> top = DashboardPart.top(many, DashboardPart.TOP, "others");
        assertEquals(DashboardPart.TOP + 1, top.size());
        assertEquals("site 308", top.keySet().iterator().next());
        int[] rest = top.values().stream().reduce((a, b) -> b).orElseThrow();
        assertEquals(309 - DashboardPart.TOP, rest[1]);
    }

    @Test
    void importWizardPreviewsLetsTheMappingBeFixedAndImports() throws Exception {
        // a ledger as an education bureau keeps it: a column the importer cannot know, one it must ignore
        Path csv = tmp.resolve("教育局资产台账.csv");
        Files.writeString(csv, String.join("\n", "主机名;序列号;品牌;处理器;操作系统;地点;归口科室;使用人;采购金额",
                "JYJ-PC-0001;PF1A2B3C;Lenovo;Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz;Microsoft Windows 10 Pro;广州市教育局;基础教育处;周杰;5200",
                "JYJ-PC-0002;PF1A2B3D;Great Wall;Phytium,D2000/8;Kylin Linux Desktop V10 (SP1);广州市教育局;办公室;吴婷;6100",
                "JYJ-PC-0003;PF1A2B3E;Huawei;HUAWEI Kunpeng 920 2251K;UOS Desktop 20 Professional;广州市教育局;信息中心;郑浩;7300"),
                StandardCharsets.UTF_8);
        Path kv = tmp.resolve("srv-01.kv");
        Files.writeString(kv, "hostname: SRV-01\nserial: 7XK2Q93\nmanufacturer: Dell Inc.\n", StandardCharsets.UTF_8);
        ServiceRegistration<?> kvImporter = ctx.registerService(org.origo.inventory.api.InventoryImporter.class,
                new TestDoubles.KeyValueImporter(), new java.util.Hashtable<>(java.util.Map.of(
                        org.origo.inventory.api.InventoryImporter.PROP_ID, "test-keyvalue")));
        UiMessages.setLocale(Locale.SIMPLIFIED_CHINESE);
        ImportWizard wizard = new ImportWizard(wb);
        org.origo.ui.internal.wizard.OrigoWizardDialog dialog = new org.origo.ui.internal.wizard.OrigoWizardDialog(wb.getShell(),
                wizard);
        dialog.setPageSize(760, 420);
        dialog.setBlockOnOpen(false);
        dialog.open();
        // the wizard's buttons in the workbench's language
        assertEquals("< 上一步(&B)", dialog.button(org.eclipse.jface.dialogs.IDialogConstants.BACK_ID).getText());
        assertEquals("完成(&F)", dialog.button(org.eclipse.jface.dialogs.IDialogConstants.FINISH_ID).getText());
        int[] asked = new int[1];
        boolean[] keep = { false };
        wizard.setPrompt((sh, r) -> {
            asked[0]++;
            assertEquals(3, r.newAssets());
            return keep[0];
        });
        try {
            wizard.filesPage().add(csv);
            assertTrue(wizard.filesPage().isPageComplete());
            dialog.showPage(wizard.previewPage());
            UiTestSupport.settle(display, 200);
            String detected = wizard.previewPage().detectedLabel().getText();
            assertTrue(detected.contains("编码：UTF-8"), detected);
            assertTrue(detected.contains("分隔符：分号（;）"), detected);
            assertFalse(detected.contains("header row") || detected.contains("line ends"), detected);
            // the first rows as they will be read (the ledger importer keys them by field)
            org.eclipse.swt.widgets.Table rows = wizard.previewPage().rowsTable();
            assertEquals(3, rows.getItemCount());
            assertEquals("主机名", rows.getColumn(0).getText());
            assertEquals("JYJ-PC-0002", rows.getItem(1).getText(0));
            assertEquals("吴婷", rows.getItem(1).getText(7));
            assertEquals("", wizard.previewPage().mapping().get("归口科室"));
            assertEquals("", wizard.previewPage().mapping().get("采购金额"));
            assertEquals("hostname", wizard.previewPage().mapping().get("主机名"));
            wizard.previewPage().setField("归口科室", "department");
            assertTrue(dialog.getShell().getSize().x <= wb.getShell().getSize().x, dialog.getShell().getSize().toString());
            UiTestSupport.screenshot(dialog.getShell(), "import-wizard-zh");
            // discarded after seeing new / merged / gone: nothing changes and the wizard stays open
            assertFalse(wizard.performFinish());
            assertEquals(1, asked[0]);
            assertEquals(1, wb.session().project().getSnapshots().size());
            keep[0] = true;
            assertTrue(wizard.performFinish(), String.valueOf(wizard.previewPage().getErrorMessage()));
            assertEquals(2, asked[0]);
        } finally {
            dialog.close();
            UiMessages.setLocale(Locale.ENGLISH);
        }
        assertNotNull(wizard.mappingFile());
        String mapping = Files.readString(wizard.mappingFile());
        // the edited mapping round-trips: ignored columns as the importers write them, read back without error
        assertTrue(mapping.contains("归口科室=department"), mapping);
        assertTrue(mapping.contains("采购金额=ignore"), mapping);
        org.origo.inventory.csv.ledger.Mapping.read(wizard.mappingFile());
        assertEquals(3, wizard.report().assets());
        Project p = wb.session().project();
        assertEquals(2, p.getSnapshots().size());
        assertTrue(wb.session().isDirty());
        assertEquals("办公室", Pipeline.currentAssets(p).stream().filter(a -> "JYJ-PC-0002".equals(a.getHostname())).findFirst()
                .orElseThrow().getDepartment());
        InventoryPart inv = inventory();
        assertEquals(3, inv.table().getItemCount());
        assertTrue(wb.getShell().getText().startsWith("*"));
        // the import is undoable
        assertTrue(wb.operations().undoText().contains("Import of 3 asset(s)"), wb.operations().undoText());
        wb.operations().undo();
        assertEquals(1, p.getSnapshots().size());
        assertEquals(ASSETS, Pipeline.currentAssets(p).size());
        wb.operations().redo();
        assertEquals(2, p.getSnapshots().size());

        // a format without columns (dmidecode, lshw ...) previews the fields it read
        ImportWizard second = new ImportWizard(wb);
        WizardDialog d2 = new WizardDialog(wb.getShell(), second);
        d2.setBlockOnOpen(false);
        d2.open();
        try {
            second.filesPage().add(kv);
            d2.showPage(second.previewPage());
            UiTestSupport.settle(display, 200);
            org.eclipse.swt.widgets.Table t = second.previewPage().rowsTable();
            assertEquals(1, t.getItemCount(), String.valueOf(second.previewPage().getErrorMessage()));
            assertEquals("hostname", t.getColumn(0).getText());
            assertEquals("SRV-01", t.getItem(0).getText(0));
            UiTestSupport.screenshot(d2.getShell(), "import-wizard-keyvalue");
        } finally {
            d2.close();
            kvImporter.unregister();
        }
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
        // the reason follows the item
        assertTrue(moved.get(0).getReasonEn().startsWith("Moved by hand from phase 1 to phase 3"), moved.get(0).getReasonEn());
        UiTestSupport.screenshot(wb.getShell(), "plan");
        // undo puts phase, pin and reason back; redo moves again
        String reason0 = moved.get(0).getReasonEn();
        wb.operations().undo();
        assertTrue(moved.stream().allMatch(i -> i.getPhase().getIndex() == 1 && !i.isPinned()));
        assertFalse(moved.get(0).getReasonEn().startsWith("Moved by hand"));
        wb.operations().redo();
        assertTrue(moved.stream().allMatch(i -> i.getPhase().getIndex() == 3 && i.isPinned()));
        assertEquals(reason0, moved.get(0).getReasonEn());
        // a new plan would drop the pinned moves: asked first; refusing keeps the plan
        int[] asked = new int[1];
        wb.commands().setPlanPrompt((sh, pinned) -> {
            asked[0] = pinned;
            return false;
        });
        wb.commands().plan();
        UiTestSupport.waitUntil(display, "re-plan", () -> !wb.jobs().busy());
        assertEquals(10, asked[0]);
        assertEquals(plan, wb.session().project().getPlan());

        // search and sort the items; drag one onto another phase of the chart
        String host = moved.get(0).getAsset().getHostname();
        part.search(host);
        assertEquals(1, part.shownItems().size(), part.shownItems().toString());
        part.select(0);
        UiTestSupport.settle(display, 100);
        part.dropOn(5 + part.chartRowHeight() + 2);
        assertEquals(2, moved.get(0).getPhase().getIndex());
        wb.operations().undo();
        assertEquals(3, moved.get(0).getPhase().getIndex());
        part.search("");
        part.sortBy(4);
        List<PlanItem> byCost = part.shownItems();
        assertEquals(plan.getItems().size(), byCost.size());
        for (int i = 1; i < byCost.size(); i++) {
            assertTrue(byCost.get(i - 1).getCost() <= byCost.get(i).getCost());
        }
        setSize(1024, 768);
        UiTestSupport.screenshot(wb.getShell(), "plan-1024x768-en");

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

        // a fourth phase (four shares) has its own row of bars in the chart
        wb.commands().setPlanPrompt((sh, pinned) -> true);
        part.whatIf(PlanPart.parseRequest("test-profile", "25,25,25,25", "", year1));
        UiTestSupport.waitUntil(display, "four-phase what-if", () -> !wb.jobs().busy());
        part.adoptWhatIf();
        assertEquals(4, wb.session().project().getPlan().getPhases().size(), wb.lastError());
        part.chart().redraw();
        part.chart().update();
        UiTestSupport.settle(display, 200);
        assertTrue(5 + 4 * part.chartRowHeight() <= part.chart().getClientArea().height,
                part.chartRowHeight() + " x 4 in " + part.chart().getClientArea());
        assertEquals(4, part.phaseAt(5 + 3 * part.chartRowHeight() + 1).getIndex());
        wb.operations().undo();
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
        // framework bundles only when asked
        assertFalse(rowsOf(plugins.bundles()).stream().anyMatch(r -> r.startsWith("org.eclipse.swt|")));
        plugins.setShowFramework(true);
        assertTrue(rowsOf(plugins.bundles()).stream().anyMatch(r -> r.startsWith("org.eclipse.swt|")));
        plugins.setShowFramework(false);
        assertTrue(plugins.select("org.origo.sample.catalog"));
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

    @Test
    void overrideFromTheAssetViewWithAReasonThenUndoAndRedo() throws Exception {
        classify();
        InventoryPart inv = inventory();
        inv.setFilter(new Filter(VerdictOutcome.REPLACE_VALUE, Filter.ANY, "Dell Inc.", null, null, null));
        UiTestSupport.waitUntil(display, "filter", inv::settled);
        inv.table().setSelection(new int[] { 0, 1 });
        List<Asset> sel = inv.selection();
        Asset a = sel.get(0);
        // ids are copyable: Edit > Copy puts the selected rows (with their ids) on the clipboard
        wb.commands().copy();
        org.eclipse.swt.dnd.Clipboard cb = new org.eclipse.swt.dnd.Clipboard(display);
        String copied = (String) cb.getContents(org.eclipse.swt.dnd.TextTransfer.getInstance());
        cb.dispose();
        assertNotNull(copied);
        assertTrue(copied.contains(a.getId()) && copied.contains(sel.get(1).getId()), copied);

        // several assets open at once, each in its own tab
        inv.openAllSelected();
        AssetPart ap = wb.part(AssetPart.ID);
        assertEquals(sel, ap.openAssets());
        wb.openAsset(a);
        assertEquals(a, ap.asset());
        List<String> lines = ap.explanationLines();
        assertTrue(lines.get(0).startsWith("Replace under test-profile"), lines.toString());
        // broken down per component, with the action each needs
        var rows = ap.breakdownRows();
        assertTrue(rows.stream().anyMatch(r -> r.outcome() == VerdictOutcome.REPLACE && r.name().contains("Dell")
                && r.actionKey().equals("action.replace.hardware")), rows.toString());
        assertTrue(lines.contains("To do:"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("replace the hardware: ") && l.contains("Dell")), lines.toString());
        assertTrue(ap.explanation().getWordWrap());
        setSize(1024, 768);
        UiTestSupport.screenshot(wb.getShell(), "asset-1024x768-en");

        // Edit menu with the standard keys
        org.eclipse.swt.widgets.Menu bar = wb.getMenuBarManager().getMenu();
        assertEquals("&Edit", bar.getItem(1).getText());
        List<String> labels = new ArrayList<>();
        for (org.eclipse.swt.widgets.MenuItem mi : bar.getItem(1).getMenu().getItems()) {
            labels.add(mi.getText());
        }
        wb.getMenuBarManager().updateAll(true);
        assertTrue(labels.stream().anyMatch(l -> l.endsWith("\tCtrl+Z")), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.endsWith("\tCtrl+Y")), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.endsWith("\tCtrl+C")), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.endsWith("\tDel")), labels.toString());
        assertEquals(org.eclipse.swt.SWT.MOD1 | 'S', wb.commands().action("file.save").getAccelerator());
        assertEquals(org.eclipse.swt.SWT.F1, wb.commands().action("help.contents").getAccelerator());

        // a reason is required
        assertFalse(wb.commands().override(List.of(a), VerdictOutcome.KEEP, "  "));
        assertEquals(VerdictOutcome.REPLACE, Pipeline.verdict(a, "test-profile").getOutcome());

        assertTrue(wb.commands().override(List.of(a), VerdictOutcome.KEEP, "Dell chassis refitted with a Phytium board"));
        var v = Pipeline.verdict(a, "test-profile");
        assertEquals(VerdictOutcome.KEEP, v.getOutcome());
        assertTrue(v.isOverride());
        assertTrue(v.getReasonEn().contains("Phytium board"), v.getReasonEn());
        assertTrue(ap.explanationLines().get(0).startsWith("Keep under test-profile"), ap.explanationLines().toString());
        assertTrue(wb.operations().canUndo());
        assertEquals("&Undo Override of 1 asset(s) to Keep", wb.operations().undoText());
        assertTrue(ProjectStore.readAudit(dir).stream().anyMatch(e -> e.getAction() != null && e.getAction().contains("verdict.override")));

        wb.commands().action("edit.undo").run();
        assertEquals(VerdictOutcome.REPLACE, Pipeline.verdict(a, "test-profile").getOutcome());
        assertFalse(Pipeline.verdict(a, "test-profile").isOverride());
        assertTrue(ap.explanationLines().get(0).startsWith("Replace under"));
        wb.commands().action("edit.redo").run();
        assertEquals(VerdictOutcome.KEEP, Pipeline.verdict(a, "test-profile").getOutcome());

        // Remove Override hands the asset back to the rules, which decide again at once; undo puts the override back
        wb.commands().clearOverride();
        assertEquals(VerdictOutcome.REPLACE, Pipeline.verdict(a, "test-profile").getOutcome());
        assertFalse(Pipeline.verdict(a, "test-profile").isOverride());
        wb.operations().undo();
        assertTrue(Pipeline.verdict(a, "test-profile").isOverride());

        wb.save(null);
        UiTestSupport.waitUntil(display, "save", () -> !wb.jobs().busy());
        Project again = ProjectStore.open(dir);
        Asset saved = Pipeline.currentAssets(again).stream().filter(x -> x.getId().equals(a.getId())).findFirst().orElseThrow();
        assertEquals(VerdictOutcome.KEEP, Pipeline.verdict(saved, "test-profile").getOutcome());
    }

    @Test
    void chineseAt1024x768KeepsTheFilterAndTranslatesValues() throws Exception {
        classify();
        InventoryPart inv = inventory();
        inv.verdictCombo().select(1 + VerdictOutcome.VALUES.indexOf(VerdictOutcome.REPLACE));
        inv.verdictCombo().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        UiTestSupport.waitUntil(display, "filter", inv::settled);
        int shown = inv.table().getItemCount();
        UiMessages.setLocale(Locale.SIMPLIFIED_CHINESE);
        InventoryPart zh = inventory();
        UiTestSupport.waitUntil(display, "filter after switch", zh::settled);
        assertEquals("替换", zh.verdictCombo().getText());
        assertEquals(shown, zh.table().getItemCount());
        assertEquals("编辑(&E)", wb.getMenuBarManager().getMenu().getItem(1).getText());
        setSize(1024, 768);
        UiTestSupport.screenshot(wb.getShell(), "inventory-1024x768-zh");
        zh.table().setSelection(new int[] { 0 });
        Asset a = zh.selection().get(0);
        wb.openAsset(a);
        AssetPart ap = wb.part(AssetPart.ID);
        assertTrue(ap.explanationLines().get(0).startsWith("替换"), ap.explanationLines().toString());
        assertTrue(ap.components().rows().stream().anyMatch(r -> r[0].equals("处理器")), ap.components().rows().toString());
        assertTrue(ap.breakdown().rows().stream().anyMatch(r -> r[1].equals("更换硬件")), ap.breakdown().rows().toString());
        UiTestSupport.screenshot(wb.getShell(), "asset-1024x768-zh");
        UiMessages.setLocale(Locale.ENGLISH);
        InventoryPart en = inventory();
        UiTestSupport.waitUntil(display, "filter back in English", en::settled);
        assertEquals("Replace", en.verdictCombo().getText());
        setSize(1024, 768);
        UiTestSupport.screenshot(wb.getShell(), "inventory-1024x768-en");
    }

    @Test
    void preferencesAreKeptAndApplied() throws Exception {
        org.origo.ui.internal.PreferencesDialog d = org.origo.ui.internal.PreferencesDialog.create(wb.getShell(), wb);
        d.setBlockOnOpen(false);
        d.open();
        try {
            d.page().choose("zh", "test-profile", "USD");
            assertTrue(d.page().performOk());
            UiTestSupport.settle(display, 200);
            assertTrue(UiMessages.chinese());
            assertEquals("zh", org.origo.ui.internal.UiPreferences.get(org.origo.ui.internal.UiPreferences.LANGUAGE, ""));
            assertEquals("test-profile", org.origo.ui.internal.UiPreferences.get(org.origo.ui.internal.UiPreferences.PROFILE, ""));
            assertEquals("5,200 USD", org.origo.ui.internal.UiPreferences.money(5200));
            // the default profile is used when the project has none
            assertEquals("test-profile", wb.commands().chooseProfile());
        } finally {
            d.close();
            org.origo.ui.internal.UiPreferences.put(org.origo.ui.internal.UiPreferences.LANGUAGE, null);
            org.origo.ui.internal.UiPreferences.put(org.origo.ui.internal.UiPreferences.PROFILE, null);
            org.origo.ui.internal.UiPreferences.put(org.origo.ui.internal.UiPreferences.CURRENCY, "");
            UiMessages.setLocale(Locale.ENGLISH);
        }
        assertEquals("5,200", org.origo.ui.internal.UiPreferences.money(5200));
        org.origo.ui.internal.UiPreferences.put(org.origo.ui.internal.UiPreferences.CURRENCY, null);
        assertEquals("5,200 CNY", org.origo.ui.internal.UiPreferences.money(5200));

        // a step of unknown size (opening a project) shows a moving bar, not one standing at 0
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        wb.run("wait", progress -> {
            progress.begin(new org.origo.api.Text("Reading", "读取"), -1);
            release.await();
            return Boolean.TRUE;
        }, ok -> {
        });
        UiTestSupport.waitUntil(display, "moving bar", wb::busyShown);
        release.countDown();
        UiTestSupport.waitUntil(display, "bar gone", () -> !wb.busyShown() && !wb.jobs().busy());

        // Help > Contents in both languages
        assertTrue(org.origo.ui.internal.HelpDialog.contents().contains("Override"));
        UiMessages.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertTrue(org.origo.ui.internal.HelpDialog.contents().contains("改判"));
        UiMessages.setLocale(Locale.ENGLISH);
    }

    private void setSize(int w, int h) {
        wb.getShell().setBounds(0, 0, w, h);
        wb.getShell().layout(true, true);
        UiTestSupport.settle(display, 300);
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
