package org.origo.inventory.ocs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.origo.inventory.ocs.internal.i18n.OcsMessages;
import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.OrigoFactory;
import org.origo.model.Project;
import org.origo.model.SoftwareTitle;

class OcsImporterTest {

    @TempDir
    Path tmp;

    private final InventoryEngine engine = new InventoryEngine(() -> List.of(new OcsImporter()), List::of);

    private static Path data() {
        String prop = System.getProperty("origo.shared.data");
        Path d = prop == null ? null : Path.of(prop, "glpi-inventory-format", "xml");
        Assumptions.assumeTrue(d != null && Files.isDirectory(d),
                "shared inventory data not found (system property origo.shared.data): skipping real OCS files");
        return d;
    }

    private ImportReport run(Project p, Path f) throws OrigoException {
        return engine.importInto(p, List.of(f), null, ImportRequest.defaults(), Progress.NONE);
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

    private static SoftwareTitle title(Asset a, String name) {
        return a.getSoftware().stream().map(s -> s.getTitle()).filter(t -> name.equals(t.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no software " + name));
    }

    @Test
    void everySharedFileImports() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(data())) {
            files = s.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
        assertEquals(20, files.size());
        for (Path f : files) {
            Project p = OrigoFactory.eINSTANCE.createProject();
            ImportReport r = run(p, f);
            assertTrue(r.assets() >= 1, f.toString());
        }
    }

    @Test
    void toshibaLaptopWithFedora() throws Exception {
        Asset a = one("1.xml");
        assertEquals(AssetKind.LAPTOP, a.getKind());
        assertEquals("LF014", a.getHostname());
        assertEquals("9E113232I", a.getSerial());
        assertEquals("Toshiba", comp(a, ComponentKind.SYSTEM).getVendor());
        assertEquals("PORTEGE Z30-A", comp(a, ComponentKind.SYSTEM).getProduct());
        assertEquals("Intel(R) Core(TM) i5-4210U CPU @ 1.70GHz", comp(a, ComponentKind.CPU).getProduct());
        assertEquals("Intel", comp(a, ComponentKind.CPU).getVendor());
        assertEquals("Fedora release 25 (Twenty Five)", comp(a, ComponentKind.OS).getProduct());
        assertEquals(42, a.getSoftware().size());
        assertEquals("Fedora Project", title(a, "xerces-j2").getPublisher());
    }

    @Test
    void windowsLaptopAndMacPublishersWithNoise() throws Exception {
        Asset hp = one("2.xml");
        assertEquals("HP", comp(hp, ComponentKind.SYSTEM).getVendor());
        assertEquals("HP EliteBook 2540p", comp(hp, ComponentKind.SYSTEM).getProduct());
        assertEquals("Microsoft Windows 8.1 Professionnel", comp(hp, ComponentKind.OS).getProduct());
        assertEquals("Piriform", title(hp, "CCleaner").getPublisher());

        Asset mac = one("3.xml");
        assertEquals("Apple", comp(mac, ComponentKind.SYSTEM).getVendor());
        assertEquals("Apple Computer, Inc.", comp(mac, ComponentKind.SYSTEM).getRawVendor());
        SoftwareTitle ui = title(mac, "SystemUIServer_1");
        assertEquals("Apple", ui.getPublisher());
        assertEquals("SystemUIServer version 1.5.5, Copyright 2000-2009 Apple Computer, Inc.", ui.getRawPublisher());

        Asset imac = one("4.xml");
        assertEquals("Adobe", title(imac, "CORE_1_0_32").getPublisher());
        assertEquals("Intel(R) Core(TM) i5-4690 CPU @ 3.50GHz", comp(imac, ComponentKind.CPU).getProduct());
    }

    @Test
    void snmpDevices() throws Exception {
        Asset printer = one("8.xml");
        assertEquals(AssetKind.PRINTER, printer.getKind());
        assertEquals("Brother", comp(printer, ComponentKind.SYSTEM).getVendor());
        assertEquals("D9J230159", printer.getSerial());
        Asset nas = one("19.xml");
        assertEquals(AssetKind.STORAGE, nas.getKind());
        assertEquals("Synology", comp(nas, ComponentKind.SYSTEM).getVendor());
        assertEquals("DS1821+", comp(nas, ComponentKind.SYSTEM).getProduct());
        Asset cisco = one("6.xml");
        assertEquals(AssetKind.NETWORK, cisco.getKind());
        assertEquals("Cisco", comp(cisco, ComponentKind.SYSTEM).getVendor());
        assertEquals("SSI1912014B", cisco.getSerial());
        Asset discovered = one("9.xml");
        assertEquals("homeassistant", discovered.getHostname());
        assertEquals(AssetKind.UNKNOWN, discovered.getKind());
        assertNull(comp(discovered, ComponentKind.SYSTEM));
    }

    @Test
    void androidInventory() throws Exception {
        Asset a = one("18.xml");
        assertEquals("Samsung", comp(a, ComponentKind.SYSTEM).getVendor());
        assertEquals("SM-A715F", comp(a, ComponentKind.SYSTEM).getProduct());
        assertEquals("Tiramisu Android 13.0 api 33", comp(a, ComponentKind.OS).getProduct());
        assertEquals(310, a.getSoftware().size());
    }

    @Test
    void xmlWithEntitiesIsRefused() throws Exception {
        Path xxe = tmp.resolve("xxe.xml");
        Files.writeString(xxe, "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<REQUEST><CONTENT><HARDWARE><NAME>&x;</NAME></HARDWARE></CONTENT></REQUEST>\n", StandardCharsets.UTF_8);
        Project p = OrigoFactory.eINSTANCE.createProject();
        OrigoException e = assertThrows(OrigoException.class, () -> run(p, xxe));
        assertTrue(e.describe(Locale.ENGLISH).contains("refused"), e.describe(Locale.ENGLISH));
        Path laughs = tmp.resolve("laughs.xml");
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            sb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1 == 0 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        sb.append("]>\n<REQUEST><CONTENT><HARDWARE><NAME>&lol9;</NAME></HARDWARE></CONTENT></REQUEST>");
        Files.writeString(laughs, sb.toString(), StandardCharsets.UTF_8);
        assertThrows(OrigoException.class, () -> run(p, laughs));
        Path truncated = tmp.resolve("cut.xml");
        Files.writeString(truncated, "<REQUEST>\n<CONTENT>\n<BIOS><SSN>1</SSN>\n", StandardCharsets.UTF_8);
        OrigoException t = assertThrows(OrigoException.class, () -> run(p, truncated));
        assertTrue(t.line() >= 3, "line " + t.line());
        assertTrue(t.describe(Locale.SIMPLIFIED_CHINESE).contains("XML"));
        assertTrue(p.getSnapshots().isEmpty());
    }

    @Test
    void everyMessageExistsInChinese() {
        assertEquals(Set.of(), OcsMessages.all().missingInChinese());
    }
}
