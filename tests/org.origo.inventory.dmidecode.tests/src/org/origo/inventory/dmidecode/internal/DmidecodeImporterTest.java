package org.origo.inventory.dmidecode.internal;

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
import org.origo.inventory.dmidecode.internal.i18n.DmidecodeMessages;
import org.origo.inventory.engine.InventoryEngine;
import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.OrigoFactory;
import org.origo.model.Project;

class DmidecodeImporterTest {

    @TempDir
    Path tmp;

    private final InventoryEngine engine = new InventoryEngine(() -> List.of(new DmidecodeImporter()), List::of);

    private static Path data() {
        String prop = System.getProperty("origo.shared.data");
        Path d = prop == null ? null : Path.of(prop, "glpi-agent", "dmidecode");
        Assumptions.assumeTrue(d != null && Files.isDirectory(d),
                "shared inventory data not found (system property origo.shared.data): skipping real dmidecode files");
        return d;
    }

    private Asset one(Path file) throws OrigoException {
        Project p = OrigoFactory.eINSTANCE.createProject();
        ImportReport r = engine.importInto(p, List.of(file), null, ImportRequest.defaults(), Progress.NONE);
        assertEquals(1, r.assets(), file.toString());
        return p.getSnapshots().get(0).getAssets().get(0);
    }

    private static Component comp(Asset a, ComponentKind k) {
        return a.getComponents().stream().filter(c -> c.getKind() == k).findFirst().orElse(null);
    }

    private static long count(Asset a, ComponentKind k) {
        return a.getComponents().stream().filter(c -> c.getKind() == k).count();
    }

    @Test
    void everySharedFileImports() throws Exception {
        Path d = data();
        List<Path> files;
        try (Stream<Path> s = Files.list(d)) {
            files = s.filter(f -> !f.getFileName().toString().equals("LICENSE")).sorted().toList();
        }
        assertEquals(14, files.size());
        for (Path f : files) {
            Asset a = one(f);
            assertTrue(a.getSources().get(0).endsWith(f.getFileName().toString()));
            assertTrue(!a.getComponents().isEmpty(), f + " has components");
        }
        // one snapshot from the whole folder: fourteen machines, none merged by placeholder identities
        Project p = OrigoFactory.eINSTANCE.createProject();
        ImportReport r = engine.importInto(p, List.of(d), null, ImportRequest.defaults(), Progress.NONE);
        assertEquals(14, r.assets());
    }

    @Test
    void lenovoThinkpad() throws Exception {
        Asset a = one(data().resolve("lenovo-thinkpad"));
        assertEquals(AssetKind.LAPTOP, a.getKind());
        assertEquals("LR9NKZ7", a.getSerial());
        assertEquals("725ba801-507b-11cb-95e6-c66052aac597", a.getUuid().toLowerCase(Locale.ROOT));
        Component sys = comp(a, ComponentKind.SYSTEM);
        assertEquals("Lenovo", sys.getVendor());
        assertEquals("LENOVO", sys.getRawVendor());
        assertEquals("1298A8G", sys.getProduct());
        Component cpu = comp(a, ComponentKind.CPU);
        assertEquals("Intel", cpu.getVendor());
        assertEquals("Intel(R) Corporation", cpu.getRawVendor());
        assertEquals("Intel(R) Core(TM) i5-2450M CPU @ 2.50GHz", cpu.getProduct());
        assertEquals(2, cpu.getCores());
        assertEquals("8NET32WW (1.16 )", comp(a, ComponentKind.FIRMWARE).getVersion());
        assertEquals("Lenovo", comp(a, ComponentKind.FIRMWARE).getVendor());
    }

    @Test
    void serversAndTheirProcessors() throws Exception {
        Asset dell = one(data().resolve("dell-r640"));
        assertEquals(AssetKind.SERVER, dell.getKind());
        assertEquals("Dell", comp(dell, ComponentKind.SYSTEM).getVendor());
        assertEquals("PowerEdge R640", comp(dell, ComponentKind.SYSTEM).getProduct());
        assertEquals(2, count(dell, ComponentKind.CPU));
        assertEquals("Intel(R) Xeon(R) Gold 6244 CPU @ 3.60GHz", comp(dell, ComponentKind.CPU).getProduct());
        assertEquals(8, comp(dell, ComponentKind.CPU).getCores());
        Asset oracle = one(data().resolve("oracle-server-x5-2"));
        assertEquals(AssetKind.SERVER, oracle.getKind());
        assertEquals("Oracle", comp(oracle, ComponentKind.SYSTEM).getVendor());
        assertEquals("American Megatrends", comp(oracle, ComponentKind.FIRMWARE).getVendor());
        assertEquals(18, comp(oracle, ComponentKind.CPU).getCores());
        Asset hp = one(data().resolve("hp-dl360-gen8"));
        assertEquals("HP", comp(hp, ComponentKind.SYSTEM).getVendor());
        assertEquals("ProLiant DL360p Gen8", comp(hp, ComponentKind.SYSTEM).getProduct());
    }

    @Test
    void vmwareGuestIsAVirtualMachine() throws Exception {
        Asset a = one(data().resolve("vmware"));
        assertEquals(AssetKind.VIRTUAL_MACHINE, a.getKind());
        assertEquals("VMware", comp(a, ComponentKind.HYPERVISOR).getProduct());
        assertEquals("VMware", comp(a, ComponentKind.SYSTEM).getVendor());
        assertEquals("Phoenix Technologies", comp(a, ComponentKind.FIRMWARE).getVendor());
        // two populated sockets with CPUID vendor strings, two empty ones skipped
        assertEquals(2, count(a, ComponentKind.CPU));
        assertTrue(a.getComponents().stream().anyMatch(c -> c.getKind() == ComponentKind.CPU && "AuthenticAMD".equals(c.getVendorId())
                && "AMD".equals(c.getVendor())));
    }

    @Test
    void placeholderBoardsHaveNoVendorNorIdentity() throws Exception {
        Asset a = one(data().resolve("windows-7"));
        assertEquals(AssetKind.DESKTOP, a.getKind());
        Component sys = comp(a, ComponentKind.SYSTEM);
        assertNull(sys.getVendor());
        assertEquals("System manufacturer", sys.getRawVendor());
        assertNull(a.getSerial(), "'System Serial Number' is no serial");
        assertEquals("1e00e6e0-008c-4400-9aad-f46d04972d3e", a.getUuid().toLowerCase(Locale.ROOT));
        assertEquals("Intel(R) Core(TM) i5-2300 CPU @ 2.80GHz", comp(a, ComponentKind.CPU).getProduct());
        Asset s3000 = one(data().resolve("S3000AHLX"));
        assertNull(comp(s3000, ComponentKind.SYSTEM).getVendor());
        assertEquals("Intel", comp(s3000, ComponentKind.FIRMWARE).getVendor());
        Asset epyc = one(data().resolve("windows-2019-amd-epyc"));
        assertNull(comp(epyc, ComponentKind.CPU).getVendor());
        assertEquals("Unknown", comp(epyc, ComponentKind.CPU).getRawVendor());
        assertEquals(4, comp(epyc, ComponentKind.CPU).getCores());
    }

    @Test
    void spaceIndentedSurfaceAndPowerSupplies() throws Exception {
        Asset s = one(data().resolve("surface-go-2"));
        assertEquals(AssetKind.LAPTOP, s.getKind());
        assertEquals("Microsoft", comp(s, ComponentKind.SYSTEM).getVendor());
        assertEquals("Surface Go 2", comp(s, ComponentKind.SYSTEM).getProduct());
        assertEquals("48368130c2f8", s.getSerial());
        Asset psu = one(data().resolve("psu_Fujitsu_ESPRIMO_P5730"));
        Component p = comp(psu, ComponentKind.OTHER);
        assertEquals("S26113-E524-V50", p.getProduct());
        assertEquals("256732", p.getSerial());
        assertNull(p.getVendor());
        Asset msi = one(data().resolve("psu_MSI_MS-7A72"));
        assertNull(comp(msi, ComponentKind.OTHER).getVendor());
        assertEquals("To Be Filled By O.E.M.", comp(msi, ComponentKind.OTHER).getRawVendor());
    }

    @Test
    void generatedChineseMachineWithCrlf() throws Exception {
        String text = "# dmidecode 3.3\r\nSMBIOS 3.2.0 present.\r\n\r\nHandle 0x0001, DMI type 1, 27 bytes\r\nSystem Information\r\n"
                + "\tManufacturer: 长城\r\n\tProduct Name: 世恒TN140A2\r\n\tSerial Number: GW2023000123\r\n"
                + "\tUUID: 03000200-0400-0500-0006-000700080009\r\n\r\nHandle 0x0003, DMI type 3, 22 bytes\r\nChassis Information\r\n"
                + "\tType: Desktop\r\n\r\nHandle 0x0004, DMI type 4, 48 bytes\r\nProcessor Information\r\n\tManufacturer: Phytium\r\n"
                + "\tVersion: Phytium,D2000/8\r\n\tCore Count: 8\r\n\tFlags:\r\n\t\tFPU: not a key\r\n";
        Path f = tmp.resolve("gw-pc.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        Asset a = one(f);
        assertEquals("Great Wall", comp(a, ComponentKind.SYSTEM).getVendor());
        assertEquals("GW2023000123", a.getSerial());
        assertNull(a.getUuid(), "the well-known placeholder UUID is not an identity");
        assertEquals("Phytium,D2000/8", comp(a, ComponentKind.CPU).getProduct());
        assertEquals(8, comp(a, ComponentKind.CPU).getCores());
        assertEquals(AssetKind.DESKTOP, a.getKind());
    }

    @Test
    void notDmidecodeIsRefusedWithLocation() throws Exception {
        Path f = tmp.resolve("x.dmi");
        Files.writeString(f, "# dmidecode 3.3\nnothing here\n");
        Project p = OrigoFactory.eINSTANCE.createProject();
        OrigoException e = assertThrows(OrigoException.class,
                () -> engine.importInto(p, List.of(f), null, ImportRequest.defaults(), Progress.NONE));
        assertEquals(1, e.line());
        assertTrue(e.describe(Locale.SIMPLIFIED_CHINESE).contains("SMBIOS"));
        assertTrue(p.getSnapshots().isEmpty());
    }

    @Test
    void everyMessageExistsInChinese() {
        assertEquals(Set.of(), DmidecodeMessages.all().missingInChinese());
    }

    private static String processor(String status, String maker, String version) {
        return "Handle 0x0004, DMI type 4, 42 bytes\nProcessor Information\n\tSocket Designation: CPU0\n\tManufacturer: " + maker
                + "\n\tStatus: " + status + "\n\tVersion: " + version + "\n\n";
    }

    @Test
    void unpopulatedSocketsAreSkippedButCorebootsRunningCpuIsKept() throws Exception {
        String head = "Handle 0x0001, DMI type 1, 27 bytes\nSystem Information\n\tManufacturer: LENOVO\n\tProduct Name: 6474BV7\n\n";
        // coreboot: the only processor record is marked Unpopulated but names the running CPU
        Path coreboot = tmp.resolve("coreboot.dmi");
        Files.writeString(coreboot, head + processor("Unpopulated", "GenuineIntel", "Intel(R) Core(TM)2 CPU P8400 @ 2.26GHz"),
                StandardCharsets.UTF_8);
        Asset a = one(coreboot);
        assertEquals(1, count(a, ComponentKind.CPU));
        assertEquals("GenuineIntel", comp(a, ComponentKind.CPU).getVendorId());
        // a two-socket board with one empty socket: only the populated processor
        Path twoSockets = tmp.resolve("two.dmi");
        Files.writeString(twoSockets, head + processor("Populated, Enabled", "Intel", "Intel(R) Xeon(R) CPU E5-2620 v4 @ 2.10GHz")
                + processor("Unpopulated", "Intel", "Intel(R) Xeon(R) CPU E5-2620 v4 @ 2.10GHz"), StandardCharsets.UTF_8);
        assertEquals(1, count(one(twoSockets), ComponentKind.CPU));
        // an empty socket that names nothing is not a CPU
        Path empty = tmp.resolve("empty.dmi");
        Files.writeString(empty, head + processor("Unpopulated", "Not Specified", "Not Specified"), StandardCharsets.UTF_8);
        assertEquals(0, count(one(empty), ComponentKind.CPU));
    }
}
