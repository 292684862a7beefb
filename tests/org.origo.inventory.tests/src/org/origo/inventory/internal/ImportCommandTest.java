package org.origo.inventory.internal;

import org.origo.testing.RecordingContext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.api.CommandContext;
import org.origo.api.OrigoCommand;
import org.origo.api.OrigoException;
import org.origo.api.UsageException;
import org.origo.core.ProjectStore;
import org.origo.inventory.api.InventoryService;
import org.origo.model.Project;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

class ImportCommandTest {

    @TempDir
    Path dir;

    /** The context of the last command, standard output and error together. */
    private RecordingContext last;

    private CommandContext context(Locale locale, String... args) {
        last = RecordingContext.merged(dir, locale, args);
        return last;
    }

    private ImportCommand command() {
        InventoryServiceComponent service = new InventoryServiceComponent();
        service.addImporter(new KeyValueImporter());
        ImportCommand c = new ImportCommand();
        c.setService(service);
        return c;
    }

    @Test
    void importsSavesAuditsAndSummarizesInChinese() throws Exception {
        ProjectStore.create(dir.resolve("proj"), "测试局");
        Files.writeString(dir.resolve("a.kv"), "#kv\nhostname=pc-1\nserial=S1\n\nhostname=pc-2\nserial=S2\nwarn=x\n");
        int rc = command().run(context(Locale.SIMPLIFIED_CHINESE, "a.kv", "--project", "proj", "--label", "2025 年盘点"));
        assertEquals(0, rc);
        String text = last.stdout();
        assertTrue(text.contains("已将 1 个文件"), text);
        assertTrue(text.contains("新增 2 项"), text);
        assertTrue(text.contains("警告: a.kv:7"), text);
        Project p = ProjectStore.open(dir.resolve("proj"));
        assertEquals(1, p.getSnapshots().size());
        assertEquals("2025 年盘点", p.getSnapshots().get(0).getLabel());
        assertEquals(2, p.getSnapshots().get(0).getAssets().size());
        assertTrue(p.getAuditLog().stream().anyMatch(a -> a.getAction().equals("import") && a.getDetail().contains("a.kv")));
    }

    @Test
    void aFailedImportLeavesTheProjectFolderUntouched() throws Exception {
        Path proj = dir.resolve("proj");
        ProjectStore.create(proj, "p");
        long before = ProjectStore.revision(proj);
        byte[] bytes = Files.readAllBytes(proj.resolve(ProjectStore.STORE_FILE));
        Files.writeString(dir.resolve("bad.kv"), "#kv\nhostname=x\nfail=1\n");
        OrigoException e = assertThrows(OrigoException.class,
                () -> command().run(context(Locale.ENGLISH, "bad.kv", "--project", "proj")));
        assertEquals(3, e.line());
        assertEquals(before, ProjectStore.revision(proj));
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(proj.resolve(ProjectStore.STORE_FILE))), "the store file is untouched");
        assertEquals(1, ProjectStore.readAudit(proj).size());
    }

    @Test
    void usageErrors() {
        assertThrows(UsageException.class, () -> command().run(context(Locale.ENGLISH)));
        assertThrows(UsageException.class, () -> command().run(context(Locale.ENGLISH, "x.kv")));
        assertThrows(UsageException.class, () -> command().run(context(Locale.ENGLISH, "x.kv", "--bogus")));
        assertTrue(command().usage().zh().contains("--merge-keys"));
        assertTrue(command().usage().en().contains("kv"));
    }

    @Test
    void previewChangesNothing() throws Exception {
        Files.writeString(dir.resolve("p.kv"), "#kv\nhostname=pv-1\nvendor=LENOVO\n");
        int rc = command().run(context(Locale.ENGLISH, "p.kv", "--preview"));
        assertEquals(0, rc);
        String text = last.stdout();
        assertTrue(text.contains("p.kv: read by kv"), text);
        assertTrue(text.contains("pv-1"), text);
        assertTrue(text.contains("Preview only"), text);
    }

    @Test
    void previewCanSaveTheDetectedMappingForReuse() throws Exception {
        org.origo.inventory.api.InventoryImporter tabular = new KeyValueImporter() {
            @Override
            public java.util.Optional<org.origo.inventory.api.ImportPreview> preview(org.origo.inventory.api.ImportSource source,
                    org.origo.inventory.api.ImportContext context) {
                java.util.Map<String, String> detected = new java.util.LinkedHashMap<>();
                detected.put("encoding", "GB18030");
                detected.put("delimiter", "\t");
                java.util.List<String> mapping = new java.util.ArrayList<>(java.util.Arrays.asList("serial", null, "department"));
                return java.util.Optional.of(new org.origo.inventory.api.ImportPreview(source.name(), "kv", detected,
                        List.of("机器编号", "备注", "责任=部门"), mapping, List.of(java.util.Map.of("serial", "A1")), List.of()));
            }
        };
        InventoryServiceComponent service = new InventoryServiceComponent();
        service.addImporter(tabular);
        ImportCommand c = new ImportCommand();
        c.setService(service);
        Files.writeString(dir.resolve("t.kv"), "#kv\nserial=A1\n");
        assertEquals(0, c.run(context(Locale.SIMPLIFIED_CHINESE, "t.kv", "--preview", "--save-mapping", "map/ledger.mapping")));
        List<String> lines = Files.readAllLines(dir.resolve("map/ledger.mapping"), StandardCharsets.UTF_8);
        assertTrue(lines.contains("@encoding = GB18030"), lines.toString());
        assertTrue(lines.contains("@delimiter = tab"), lines.toString());
        assertTrue(lines.contains("机器编号 = serial"), lines.toString());
        assertTrue(lines.contains("备注 = ignore"), lines.toString());
        assertTrue(lines.contains("责任\\=部门 = department"), lines.toString());
        String text = last.stdout();
        assertTrue(text.contains("列“机器编号” → serial"), text);
        assertTrue(text.contains("识别的编码：GB18030"), text);
        assertTrue(text.contains("仅预览"), text);
    }

    @Test
    void servicesAreRegisteredThroughDeclarativeServices() throws Exception {
        Bundle b = FrameworkUtil.getBundle(InventoryServiceComponent.class);
        if (b.getState() != Bundle.ACTIVE) {
            b.start();
        }
        BundleContext ctx = b.getBundleContext();
        ServiceTracker<InventoryService, InventoryService> t = new ServiceTracker<>(ctx, InventoryService.class, null);
        t.open();
        try {
            InventoryService s = t.waitForService(5000);
            assertNotNull(s, "the inventory service is registered");
            assertNotNull(ctx.getServiceReferences(OrigoCommand.class, "(" + OrigoCommand.PROP_NAME + "=import)"));
            assertEquals(1, ctx.getServiceReferences(OrigoCommand.class, "(" + OrigoCommand.PROP_NAME + "=import)").size());
        } finally {
            t.close();
        }
    }
}
