package org.origo.inventory.lshw.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.api.OrigoException;
import org.origo.api.Progress;
import org.origo.inventory.api.ImportReport;
import org.origo.inventory.api.ImportRequest;
import org.origo.inventory.engine.InventoryEngine;
import org.origo.inventory.lshw.internal.i18n.LshwMessages;
import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.OrigoFactory;
import org.origo.model.Project;

class LshwAndCpuinfoTest {

    @TempDir
    Path tmp;

    private final InventoryEngine engine = new InventoryEngine(() -> List.of(new LshwImporter(), new CpuinfoImporter()), List::of);

    private Path write(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private Asset one(Path f) throws OrigoException {
        Project p = OrigoFactory.eINSTANCE.createProject();
        ImportReport r = engine.importInto(p, List.of(f), null, ImportRequest.defaults(), Progress.NONE);
        assertEquals(1, r.assets());
        return p.getSnapshots().get(0).getAssets().get(0);
    }

    private static Component comp(Asset a, ComponentKind k) {
        return a.getComponents().stream().filter(c -> c.getKind() == k).findFirst().orElse(null);
    }

    static final String X86_OBJECT = "{\"id\":\"zf-srv-03\",\"class\":\"system\",\"claimed\":true,\"handle\":\"DMI:0001\","
            + "\"description\":\"Rack Mount Chassis\",\"product\":\"NF5280M5 (Default string)\",\"vendor\":\"Inspur\","
            + "\"serial\":\"218432711\",\"width\":64,\"configuration\":{\"chassis\":\"rackmount\",\"uuid\":\"5a1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\"},"
            + "\"children\":[{\"id\":\"core\",\"class\":\"bus\",\"claimed\":true,\"description\":\"Motherboard\",\"product\":\"YZMB-00882-104\","
            + "\"vendor\":\"Inspur\",\"physid\":\"0\",\"children\":["
            + "{\"id\":\"firmware\",\"class\":\"memory\",\"description\":\"BIOS\",\"vendor\":\"American Megatrends Inc.\",\"physid\":\"0\",\"version\":\"4.1.12\"},"
            + "{\"id\":\"cpu:0\",\"class\":\"processor\",\"claimed\":true,\"product\":\"Hygon C86 7285 32-core Processor\",\"vendor\":\"Chengdu Haiguang IC Design Co., Ltd.\","
            + "\"physid\":\"4\",\"businfo\":\"cpu@0\",\"width\":64,\"configuration\":{\"cores\":\"32\",\"threads\":\"64\"},\"capabilities\":{\"x86-64\":\"64bits extensions (x86-64)\",\"fpu\":\"mathematical co-processor\"}},"
            + "{\"id\":\"memory\",\"class\":\"memory\",\"description\":\"System Memory\",\"children\":[{\"id\":\"bank:0\",\"class\":\"memory\",\"product\":\"M393A4K40CB2-CTD\",\"vendor\":\"Samsung\",\"serial\":\"1234ABCD\",\"size\":34359738368}]},"
            + "{\"id\":\"network\",\"class\":\"network\",\"product\":\"I350 Gigabit Network Connection\",\"vendor\":\"Intel Corporation\",\"serial\":\"6C:92:BF:11:22:33\",\"businfo\":\"pci@0000:1a:00.0\"},"
            + "{\"id\":\"disk\",\"class\":\"disk\",\"product\":\"INTEL SSDSC2KB48\",\"serial\":\"PHYF0001\",\"size\":480103981056}"
            + "]}]}";

    @Test
    void lshwObjectForm() throws Exception {
        Asset a = one(write("srv-03.json", X86_OBJECT));
        assertEquals("zf-srv-03", a.getHostname());
        assertEquals(AssetKind.SERVER, a.getKind());
        assertEquals("218432711", a.getSerial());
        assertEquals("Inspur", comp(a, ComponentKind.SYSTEM).getVendor());
        Component cpu = comp(a, ComponentKind.CPU);
        assertEquals("Hygon C86 7285 32-core Processor", cpu.getProduct());
        assertEquals("Hygon", cpu.getVendor());
        assertEquals(32, cpu.getCores());
        assertEquals("x86_64", cpu.getArchitecture());
        assertEquals("American Megatrends", comp(a, ComponentKind.FIRMWARE).getVendor());
        assertEquals(32768, comp(a, ComponentKind.MEMORY).getCapacityMb());
        assertEquals("6c:92:bf:11:22:33", a.getMacAddress());
        assertEquals("Intel", comp(a, ComponentKind.NIC).getVendor());
        assertEquals("INTEL SSDSC2KB48", comp(a, ComponentKind.STORAGE).getProduct());
    }

    @Test
    void lshwArrayFormWithArmNodesWithoutVendor() throws Exception {
        String text = "[\n{\"id\":\"kunpeng-01\",\"class\":\"system\",\"claimed\":true,\"description\":\"Computer\",\"product\":\"TaiShan 200 (Model 2280)\","
                + "\"vendor\":\"Huawei\",\"serial\":\"2102312FKB10L5000123\",\"width\":64,\"configuration\":{\"chassis\":\"server\"},"
                + "\"children\":[{\"id\":\"core\",\"class\":\"bus\",\"physid\":\"0\",\"children\":["
                + "{\"id\":\"cpu:0\",\"class\":\"processor\",\"claimed\":true,\"description\":\"CPU\",\"physid\":\"0\",\"businfo\":\"cpu@0\","
                + "\"capabilities\":{\"fp\":\"Floating point instructions\",\"asimd\":\"Advanced SIMD\",\"cpuid\":true}},"
                + "{\"id\":\"cpu:1\",\"class\":\"processor\",\"claimed\":true,\"description\":\"CPU\",\"physid\":\"1\",\"businfo\":\"cpu@1\"}"
                + "]}]}\n]\n";
        Asset a = one(write("kunpeng.json", text));
        assertEquals("kunpeng-01", a.getHostname());
        assertEquals(AssetKind.SERVER, a.getKind());
        assertEquals("Huawei", comp(a, ComponentKind.SYSTEM).getVendor());
        Component cpu = comp(a, ComponentKind.CPU);
        assertNull(cpu.getVendor(), "lshw names no vendor for ARM processors; none is invented");
        assertEquals("CPU", cpu.getProduct());
        assertEquals("aarch64", cpu.getArchitecture());
        assertEquals(2, a.getComponents().stream().filter(c -> c.getKind() == ComponentKind.CPU).count());
    }

    @Test
    void cpuinfoX86VendorIds() throws Exception {
        Asset hygon = one(write("hygon/cpuinfo", "processor\t: 0\nvendor_id\t: HygonGenuine\ncpu family\t: 24\n"
                + "model name\t: Hygon C86 3250  8-core Processor\nphysical id\t: 0\ncpu cores\t: 8\nflags\t\t: fpu vme de pse tsc msr pae lm\n\n"
                + "processor\t: 1\nvendor_id\t: HygonGenuine\nmodel name\t: Hygon C86 3250  8-core Processor\nphysical id\t: 0\ncpu cores\t: 8\n"));
        Component c = comp(hygon, ComponentKind.CPU);
        assertEquals("HygonGenuine", c.getVendorId());
        assertEquals("Hygon", c.getVendor());
        assertEquals("x86_64", c.getArchitecture());
        assertEquals(8, c.getCores());
        Asset zx = one(write("zx/cpuinfo", "processor\t: 0\nvendor_id\t:   Shanghai  \ncpu family\t: 7\n"
                + "model name\t: ZHAOXIN KaiXian KX-U6780A@2.7GHz\nflags\t\t: fpu lm\n"));
        assertEquals("Shanghai", comp(zx, ComponentKind.CPU).getVendorId());
        assertEquals("Zhaoxin", comp(zx, ComponentKind.CPU).getVendor());
        assertEquals("ZHAOXIN KaiXian KX-U6780A@2.7GHz", comp(zx, ComponentKind.CPU).getProduct());
        Asset old = one(write("old/cpuinfo", "processor\t: 0\nvendor_id\t: CentaurHauls\nmodel name\t: VIA Nehemiah\nflags\t\t: fpu vme\n"));
        assertEquals("CentaurHauls", comp(old, ComponentKind.CPU).getVendorId());
        assertEquals("i686", comp(old, ComponentKind.CPU).getArchitecture());
    }

    @Test
    void cpuinfoArmAndLoongArch() throws Exception {
        StringBuilder kunpeng = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            kunpeng.append("processor\t: ").append(i).append("\nBogoMIPS\t: 200.00\nFeatures\t: fp asimd evtstrm aes pmull sha1 sha2 crc32\n")
                    .append("CPU implementer\t: 0x48\nCPU architecture: 8\nCPU variant\t: 0x1\nCPU part\t: 0xd01\nCPU revision\t: 0\n\n");
        }
        Asset k = one(write("kp/cpuinfo", kunpeng.toString()));
        Component c = comp(k, ComponentKind.CPU);
        assertEquals("0x48", c.getVendorId());
        assertEquals("0xd01", c.getDeviceId());
        assertEquals("HiSilicon", c.getVendor());
        assertEquals("aarch64", c.getArchitecture());
        assertEquals(4, c.getCores());
        Asset ft = one(write("ft/cpuinfo", "processor\t: 0\nmodel name\t: Phytium,D2000/8\nBogoMIPS\t: 96.00\n"
                + "CPU implementer\t: 0x70\nCPU architecture: 8\nCPU part\t: 0x663\n"));
        assertEquals("Phytium", comp(ft, ComponentKind.CPU).getVendor());
        assertEquals("Phytium,D2000/8", comp(ft, ComponentKind.CPU).getProduct());
        Asset ls = one(write("ls/cpuinfo", "system type\t\t: generic-loongson-machine\n\nprocessor\t\t: 0\npackage\t\t\t: 0\n"
                + "CPU Family\t\t: Loongson-64bit\nModel Name\t\t: Loongson-3A5000\nISA\t\t\t: loongarch32 loongarch64\n"));
        assertEquals("Loongson-3A5000", comp(ls, ComponentKind.CPU).getProduct());
        assertEquals("loongarch64", comp(ls, ComponentKind.CPU).getArchitecture());
    }

    @Test
    void cpuinfoAndLshwOfOneHostBecomeOneAsset() throws Exception {
        write("estate/zf-srv-03/lshw.json", X86_OBJECT);
        write("estate/zf-srv-03/cpuinfo.txt", "processor\t: 0\nvendor_id\t: HygonGenuine\nmodel name\t: Hygon C86 7285 32-core Processor\nflags\t\t: lm\n");
        Project p = OrigoFactory.eINSTANCE.createProject();
        ImportReport r = engine.importInto(p, List.of(tmp.resolve("estate")), null, ImportRequest.defaults(), Progress.NONE);
        assertEquals(1, r.assets());
        Asset a = p.getSnapshots().get(0).getAssets().get(0);
        assertEquals(2, a.getSources().size());
        assertTrue(a.getComponents().stream().anyMatch(c -> c.getKind() == ComponentKind.CPU && "HygonGenuine".equals(c.getVendorId())));
    }

    @Test
    void badInputs() throws Exception {
        Project p = OrigoFactory.eINSTANCE.createProject();
        Path noSystem = write("x.json", "{\"id\":\"x\",\"class\":\"bus\",\"physid\":\"0\",\"claimed\":true}");
        OrigoException e = assertThrows(OrigoException.class, () -> engine.importInto(p, List.of(noSystem), null,
                new ImportRequest("lshw", null, false, ImportRequest.DEFAULT_MERGE_KEYS, null, java.util.Map.of()), Progress.NONE));
        assertTrue(e.describe(java.util.Locale.SIMPLIFIED_CHINESE).contains("系统节点"));
        assertTrue(p.getSnapshots().isEmpty());
    }

    @Test
    void everyMessageExistsInChinese() {
        assertEquals(Set.of(), LshwMessages.all().missingInChinese());
    }
}
