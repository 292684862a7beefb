package org.origo.inventory.winreg.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.api.OrigoException;
import org.origo.api.Progress;
import org.origo.inventory.api.ImportReport;
import org.origo.inventory.api.ImportRequest;
import org.origo.inventory.engine.InventoryEngine;
import org.origo.inventory.winreg.internal.i18n.WinregMessages;
import org.origo.model.Asset;
import org.origo.model.OrigoFactory;
import org.origo.model.Project;
import org.origo.model.SoftwareCategory;
import org.origo.model.SoftwareTitle;

class RegImporterTest {

    @TempDir
    Path tmp;

    private final InventoryEngine engine = new InventoryEngine(() -> List.of(new RegImporter()), List::of);

    private static Path data() {
        String prop = System.getProperty("origo.shared.data");
        Path d = prop == null ? null : Path.of(prop, "glpi-agent", "registry");
        Assumptions.assumeTrue(d != null && Files.isDirectory(d),
                "shared inventory data not found (system property origo.shared.data): skipping real registry exports");
        return d;
    }

    private Asset one(Path f) throws OrigoException {
        Project p = OrigoFactory.eINSTANCE.createProject();
        ImportReport r = engine.importInto(p, List.of(f), null, ImportRequest.defaults(), Progress.NONE);
        assertEquals(1, r.assets(), f.toString());
        return p.getSnapshots().get(0).getAssets().get(0);
    }

    private ImportReport run(Path f) throws OrigoException {
        return engine.importInto(OrigoFactory.eINSTANCE.createProject(), List.of(f), null, ImportRequest.defaults(), Progress.NONE);
    }

    private static SoftwareTitle title(Asset a, String name) {
        return a.getSoftware().stream().map(s -> s.getTitle()).filter(t -> name.equals(t.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no software " + name));
    }

    @Test
    void everySharedExportImports() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(data())) {
            files = s.filter(f -> f.toString().endsWith(".reg")).sorted().toList();
        }
        assertEquals(5, files.size());
        for (Path f : files) {
            Asset a = one(f);
            assertTrue(a.getSoftware().size() > 0, f + " lists programs");
        }
    }

    @Test
    void windowsXpUninstallKeys() throws Exception {
        Asset a = one(data().resolve("xp-Uninstall.reg"));
        SoftwareTitle shockwave = title(a, "Adobe Shockwave Player 11");
        assertEquals("Adobe", shockwave.getPublisher());
        assertEquals("Adobe Systems, Inc.", shockwave.getRawPublisher());
        assertEquals("11", shockwave.getVersion());
        assertEquals("Piriform", title(a, "CCleaner (remove only)").getPublisher());
        assertEquals("2.2.0-2", title(a, "FusionInventory Agent").getVersion());
        // 419 keys with a name: 324 updates (ParentKeyName) and system components are not programs
        assertEquals(64, a.getSoftware().size());
        assertEquals(0, run(data().resolve("xp-Uninstall.reg")).problems().stream()
                .filter(x -> x.getSeverity() == org.origo.model.Severity.WARNING).count(), "multi-line string values are read");
    }

    @Test
    void localizedPublishersAndExpandableStrings() throws Exception {
        Asset a = one(data().resolve("10_russian-Uninstall.reg"));
        SoftwareTitle crypto = a.getSoftware().stream().map(s -> s.getTitle()).filter(t -> "5.0.12000".equals(t.getVersion()))
                .findFirst().orElseThrow();
        assertEquals("Компания КриптоПро", crypto.getRawPublisher());
        assertEquals("Компания КриптоПро", crypto.getPublisher());
        Asset sql = one(data().resolve("mssql-Uninstall.reg"));
        SoftwareTitle s2017 = title(sql, "Microsoft SQL Server 2017");
        assertEquals("Microsoft", s2017.getPublisher());
        assertEquals(SoftwareCategory.DATABASE, s2017.getCategory());
        assertEquals("Mozilla", title(sql, "Mozilla Firefox 57.0.2 (fr)").getPublisher());
        assertEquals(SoftwareCategory.BROWSER, title(sql, "Mozilla Firefox 57.0.2 (fr)").getCategory());
    }

    @Test
    void officeRegistrationKeys() throws Exception {
        Asset a = one(data().resolve("office_2016_01.reg"));
        SoftwareTitle o365 = title(a, "Microsoft Office 365");
        assertEquals("Microsoft", o365.getPublisher());
        assertEquals(SoftwareCategory.OFFICE, o365.getCategory());
        assertEquals(1, a.getSoftware().stream().filter(s -> s.getTitle().getName().equals("Microsoft Office 365")).count());
    }

    @Test
    void office2010Registration() throws Exception {
        Asset a = one(data().resolve("office_2010_1.reg"));
        SoftwareTitle office = title(a, "Microsoft Office Professional 2010");
        assertEquals("14.0", office.getVersion());
        assertEquals(SoftwareCategory.OFFICE, office.getCategory());
    }

    @Test
    void generatedExportWithAllThreeLocations() throws Exception {
        String text = "Windows Registry Editor Version 5.00\r\n\r\n"
                + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\WPS]\r\n"
                + "\"DisplayName\"=\"WPS Office (11.8.2.12085)\"\r\n\"Publisher\"=\"Kingsoft Corp.\"\r\n\"DisplayVersion\"=\"11.8.2.12085\"\r\n"
                + "\"InstallDate\"=\"20230415\"\r\n\r\n"
                + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{GUID-1}]\r\n"
                + "\"DisplayName\"=hex(2):35,00,32,00,e8,53,f3,5b,00,00\r\n\"Publisher\"=\"\u5317\u4eac\u91d1\u5c71\u529e\u516c\"\r\n\r\n"
                + "[HKEY_USERS\\S-1-5-21-1\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\chat]\r\n"
                + "\"DisplayName\"=\"\u5fae\u4fe1\"\r\n\"Publisher\"=\"\u817e\u8baf\u79d1\u6280(\u6df1\u5733)\u6709\u9650\u516c\u53f8\"\r\n\r\n"
                + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\KB123]\r\n"
                + "\"DisplayName\"=\"Security Update\"\r\n\"ParentKeyName\"=\"OperatingSystem\"\r\n";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(0xFF);
        b.write(0xFE);
        b.write(text.getBytes(StandardCharsets.UTF_16LE));
        Path f = tmp.resolve("pc-017.reg");
        Files.write(f, b.toByteArray());
        Asset a = one(f);
        assertEquals(3, a.getSoftware().size());
        assertEquals("Kingsoft", title(a, "WPS Office (11.8.2.12085)").getPublisher());
        assertTrue(a.getSoftware().stream().anyMatch(s -> s.getTitle().getName().equals("52号码") || s.getTitle().getName().startsWith("52")));
        assertEquals("\u5fae\u4fe1", a.getSoftware().get(2).getTitle().getName());
        assertTrue(a.getSoftware().get(0).getInstallDate() != null);
        assertNull(a.getSerial());
    }

    @Test
    void notARegistryExport() throws Exception {
        Path f = tmp.resolve("x.reg");
        Files.writeString(f, "hello\n[HKEY_LOCAL_MACHINE]\n");
        Project p = OrigoFactory.eINSTANCE.createProject();
        OrigoException e = assertThrows(OrigoException.class,
                () -> engine.importInto(p, List.of(f), null, new ImportRequest("winreg", null, false, ImportRequest.DEFAULT_MERGE_KEYS, null, java.util.Map.of()), Progress.NONE));
        assertEquals(1, e.line());
        assertTrue(e.describe(Locale.SIMPLIFIED_CHINESE).contains("注册表"));
        assertTrue(p.getSnapshots().isEmpty());
    }

    @Test
    void everyMessageExistsInChinese() {
        assertEquals(Set.of(), WinregMessages.all().missingInChinese());
    }
}
