package org.origo.inventory.glpi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.origo.inventory.glpi.internal.i18n.GlpiMessages;
import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.OrigoFactory;
import org.origo.model.Project;
import org.origo.model.Severity;
import org.origo.model.SoftwareInstall;

class GlpiImporterTest {

    @TempDir
    Path tmp;

    private final InventoryEngine engine = new InventoryEngine(() -> List.of(new GlpiImporter()), List::of);

    private static Path data() {
        String prop = System.getProperty("origo.shared.data");
        Path d = prop == null ? null : Path.of(prop, "glpi-inventory-format", "examples");
        Assumptions.assumeTrue(d != null && Files.isDirectory(d),
                "shared inventory data not found (system property origo.shared.data): skipping real GLPI files");
        return d;
    }

    private ImportReport run(Project p, Path... files) throws OrigoException {
        return engine.importInto(p, List.of(files), null, ImportRequest.defaults(), Progress.NONE);
    }

    private Asset one(String name) throws OrigoException {
        Project p = OrigoFactory.eINSTANCE.createProject();
        ImportReport r = run(p, data().resolve(name));
        assertEquals(1, r.assets(), name);
        return p.getSnapshots().get(0).getAssets().get(0);
    }

    private static Component comp(Asset a, ComponentKind k) {
        return a.getComponents().stream().filter(c -> c.getKind() == k).findFirst().orElse(null);
    }

    private static SoftwareInstall sw(Asset a, String name) {
        return a.getSoftware().stream().filter(s -> name.equals(s.getTitle().getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no software " + name));
    }

    @Test
    void everySharedFileImports() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(data())) {
            files = s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertEquals(20, files.size());
        for (Path f : files) {
            Project p = OrigoFactory.eINSTANCE.createProject();
            ImportReport r = run(p, f);
            assertEquals(1, r.assets(), f.toString());
            Asset a = p.getSnapshots().get(0).getAssets().get(0);
            assertTrue(a.getSerial() != null || a.getUuid() != null || a.getHostname() != null, f + " has an identity");
        }
    }

    @Test
    void dellLaptopWithFedora() throws Exception {
        Asset a = one("computer_1.json");
        assertEquals(AssetKind.LAPTOP, a.getKind());
        assertEquals("glpixps", a.getHostname());
        assertEquals("640HP72", a.getSerial());
        assertEquals("Dell", comp(a, ComponentKind.SYSTEM).getVendor());
        assertEquals("Dell Inc.", comp(a, ComponentKind.SYSTEM).getRawVendor());
        assertEquals("XPS 13 9350", comp(a, ComponentKind.SYSTEM).getProduct());
        Component cpu = comp(a, ComponentKind.CPU);
        assertEquals("Intel", cpu.getVendor());
        assertEquals("Intel(R) Core(TM) i5-6200U CPU @ 2.30GHz", cpu.getProduct());
        assertEquals(2, cpu.getCores());
        Component os = comp(a, ComponentKind.OS);
        assertEquals("Fedora 31 (Workstation Edition)", os.getProduct());
        assertEquals("x86_64", os.getArchitecture());
        assertEquals("Dell", comp(a, ComponentKind.FIRMWARE).getVendor());
        assertEquals("1.4.3", comp(a, ComponentKind.FIRMWARE).getVersion());
        assertEquals(6, a.getSoftware().size());
        assertEquals("Fedora Project", sw(a, "gitg").getTitle().getPublisher());
        assertEquals("3.32.1-1.fc31", sw(a, "gitg").getTitle().getVersion());
        assertTrue(a.getComponents().stream().anyMatch(c -> c.getKind() == ComponentKind.MEMORY && c.getCapacityMb() > 0));
    }

    @Test
    void phonePrinterAndNetworkEquipment() throws Exception {
        Asset phone = one("phone_1.json");
        assertEquals(AssetKind.PHONE, phone.getKind());
        assertEquals("Xiaomi", comp(phone, ComponentKind.SYSTEM).getVendor());
        assertEquals("Qualcomm", comp(phone, ComponentKind.CPU).getVendor());
        assertEquals("aarch64", comp(phone, ComponentKind.CPU).getArchitecture());
        assertEquals("Q Android 10.0 api 29", comp(phone, ComponentKind.OS).getProduct());

        Asset printer = one("printer_1.json");
        assertEquals(AssetKind.PRINTER, printer.getKind());
        assertEquals("HP", comp(printer, ComponentKind.SYSTEM).getVendor());
        assertEquals("Hewlett-Packard", comp(printer, ComponentKind.SYSTEM).getRawVendor());
        assertEquals("HP LaserJet M507", comp(printer, ComponentKind.SYSTEM).getProduct());
        assertEquals("PHCVN191TG", printer.getSerial());
        assertEquals("2409048_052887", comp(printer, ComponentKind.FIRMWARE).getVersion());

        Asset sw = one("networkequipment_1.json");
        assertEquals(AssetKind.NETWORK, sw.getKind());
        assertEquals("Cisco", comp(sw, ComponentKind.SYSTEM).getVendor());
        assertEquals("UCS 6248UP 48-Port", comp(sw, ComponentKind.SYSTEM).getProduct());
        assertEquals("SSI1912014B", sw.getSerial());
        assertEquals("8c:60:4f:8d:ae:fc", sw.getMacAddress());
        assertEquals("D-Link", comp(one("networkequipment_5.json"), ComponentKind.SYSTEM).getVendor());
    }

    @Test
    void partialInventoriesOfOneMachineBecomeOneAsset() throws Exception {
        Project single = OrigoFactory.eINSTANCE.createProject();
        ImportReport partial = run(single, data().resolve("computer_1_partial_cpu.json"));
        assertTrue(partial.problems().stream().anyMatch(p -> p.getSeverity() == Severity.INFO && p.getMessageEn().contains("partial")));
        Asset cpuOnly = single.getSnapshots().get(0).getAssets().get(0);
        assertEquals("Intel(R) Core(TM) i5-6200U CPU @ 2.30GHz", comp(cpuOnly, ComponentKind.CPU).getProduct());
        assertTrue(cpuOnly.getProperties().stream().anyMatch(x -> x.getKey().equals("inventory.partial")));

        Project p = OrigoFactory.eINSTANCE.createProject();
        ImportReport r = run(p, data());
        // computer_1 (+5 partial), computer_2 (+2), computer_3 (+updated), 5 switches, a phone, printer_1, printer_2/3 (same serial)
        assertEquals(11, r.assets());
        Asset xps = p.getSnapshots().get(0).getAssets().stream().filter(a -> "640HP72".equals(a.getSerial())).findFirst().orElseThrow();
        assertEquals(6, xps.getSources().size());
        assertEquals(1, xps.getComponents().stream().filter(c -> c.getKind() == ComponentKind.CPU).count());
        assertEquals(6, xps.getSoftware().size());
        // the partial software update (read after the full inventory) brings gitg 3.33.0
        assertEquals("3.33.0-1.fc31", sw(xps, "gitg").getTitle().getVersion());
    }

    @Test
    void brokenJsonIsLocatedAndChangesNothing() throws Exception {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\n \"deviceid\": \"x\",\n \"content\": {\n  \"bios\": {\"smanufacturer\": \"Dell\" \n  \n}", StandardCharsets.UTF_8);
        Project p = OrigoFactory.eINSTANCE.createProject();
        OrigoException e = assertThrows(OrigoException.class, () -> run(p, bad));
        assertTrue(e.line() >= 5, "line " + e.line());
        assertTrue(e.describe(Locale.SIMPLIFIED_CHINESE).contains("JSON"));
        Path deep = tmp.resolve("deep.json");
        Files.writeString(deep, "{\"content\":" + "[".repeat(5000) + "]".repeat(5000) + ",\"deviceid\":1}");
        OrigoException d = assertThrows(OrigoException.class, () -> run(p, deep));
        assertTrue(d.describe(Locale.ENGLISH).contains("JSON"), d.describe(Locale.ENGLISH));
        Path empty = tmp.resolve("empty.json");
        Files.writeString(empty, "{\"deviceid\": \"x\", \"content\": {\"versionclient\": \"1\"}}");
        OrigoException n = assertThrows(OrigoException.class, () -> run(p, empty));
        assertTrue(n.describe(Locale.ENGLISH).contains("no device"));
        assertTrue(p.getSnapshots().isEmpty());
    }

    @Test
    void chineseMachineFromAGeneratedInventory() throws Exception {
        Path f = tmp.resolve("kylin.json");
        Files.writeString(f, "{\"deviceid\":\"zf-pc-0001\",\"itemtype\":\"Computer\",\"content\":{"
                + "\"bios\":{\"smanufacturer\":\"Tongfang\",\"smodel\":\"超翔 TZ830-V3\",\"ssn\":\"TF21A0001\",\"bmanufacturer\":\"Kunlun\"},"
                + "\"hardware\":{\"name\":\"zf-pc-0001\",\"chassis_type\":\"Desktop\",\"uuid\":\"1c2f0a6e-5b0e-4c56-9a3e-0c1d2e3f4a5b\"},"
                + "\"cpus\":[{\"manufacturer\":\"Zhaoxin\",\"name\":\"ZHAOXIN KaiXian KX-U6780A@2.7GHz\",\"core\":8,\"arch\":\"x86_64\"}],"
                + "\"operatingsystem\":{\"full_name\":\"Kylin Desktop V10 SP1\",\"arch\":\"x86_64\"},"
                + "\"softwares\":[{\"name\":\"WPS Office\",\"publisher\":\"金山办公\",\"version\":\"11.8.2\"},{\"name\":\"奇安信可信浏览器\",\"version\":\"2.0\"}]}}",
                StandardCharsets.UTF_8);
        Project p = OrigoFactory.eINSTANCE.createProject();
        run(p, f);
        Asset a = p.getSnapshots().get(0).getAssets().get(0);
        assertEquals(AssetKind.DESKTOP, a.getKind());
        assertEquals("Tongfang", comp(a, ComponentKind.SYSTEM).getVendor());
        assertEquals("Zhaoxin", comp(a, ComponentKind.CPU).getVendor());
        assertEquals(8, comp(a, ComponentKind.CPU).getCores());
        assertEquals("Kingsoft", sw(a, "WPS Office").getTitle().getPublisher());
        assertEquals("金山办公", sw(a, "WPS Office").getTitle().getRawPublisher());
    }

    @Test
    void sniffing() throws Exception {
        GlpiImporter g = new GlpiImporter();
        Path ok = tmp.resolve("a.json");
        Files.writeString(ok, "{\"deviceid\":\"x\",\"content\":{\"bios\":{}}}");
        Path other = tmp.resolve("b.json");
        Files.writeString(other, "{\"bomFormat\":\"CycloneDX\"}");
        assertEquals(90, g.sniff(org.origo.inventory.engine.Sources.file(ok)));
        assertEquals(0, g.sniff(org.origo.inventory.engine.Sources.file(other)));
        Path schema = tmp.resolve("inventory.schema.json");
        Files.writeString(schema, "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"properties\":{\"deviceid\":{},\"content\":{}}}");
        assertEquals(0, g.sniff(org.origo.inventory.engine.Sources.file(schema)));
    }

    @Test
    void everyMessageExistsInChinese() {
        assertEquals(Set.of(), GlpiMessages.all().missingInChinese());
    }
}
