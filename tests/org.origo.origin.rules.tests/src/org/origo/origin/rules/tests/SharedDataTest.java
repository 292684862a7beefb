package org.origo.origin.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.origo.model.Asset;
import org.origo.model.Verdict;
import org.origo.origin.api.OriginProfile;
import org.origo.origin.knowledge.Knowledge;

/**
 * The verdict a domain expert gives every dmidecode, GLPI and OCS inventory of the shared data,
 * under both profiles, with the reasons. Skips when the shared data folder is absent.
 */
class SharedDataTest {

    /** file → cn-2020 verdict | any_us | English fragment | Chinese fragment | us-fcc-covered verdict. */
    private static final String[] EXPECTED = {
            // dmidecode (glpi-agent)
            "S3000AHLX|REPLACE|true|CPU Intel(R) Core(TM)2 CPU 6600 @ 2.40GHz is designed by Intel, headquartered in United States|改取主板厂商|KEEP",
            "dell-r640|REPLACE|true|system brand Dell (model PowerEdge R640) is headquartered in United States|戴尔|KEEP",
            "hp-dl360-gen8|REPLACE|true|system brand HP Inc. (model ProLiant DL360p Gen8) is headquartered in United States|惠普|KEEP",
            "lenovo-thinkpad|REPLACE|true|system brand Lenovo (China)|联想（中国）|KEEP",
            "linux-2.6|REPLACE|true|system brand Dell (model Latitude D610)|戴尔|KEEP",
            "oracle-server-x5-2|REPLACE|true|Oracle|American Megatrends|KEEP",
            "psu_Fujitsu_ESPRIMO_P5730|REVIEW|false|the system brand is not recorded by the inventory|未盘点|REVIEW",
            "psu_MSI_MS-7A72|REVIEW|false|the CPU is not recorded by the inventory|未盘点|REVIEW",
            "psu_Unknown_1|REVIEW|false|Not inventoried: system brand, CPU, operating system, office suite|未盘点：整机品牌、处理器、操作系统、办公套件|REVIEW",
            "psu_Workstation_Lenovo_10A9004TFR|REVIEW|false|the system brand is not recorded|固件（BIOS）厂商|REVIEW",
            "surface-go-2|REPLACE|true|system brand Microsoft (model Surface Go 2) is headquartered in United States|微软|KEEP",
            "vmware|REPLACE|true|virtual platform VMware (model VMware Virtual Platform) is headquartered in United States|虚拟化平台威睿|KEEP",
            "windows-2019-amd-epyc|REVIEW|false|the system brand is not recorded|未盘点|REVIEW",
            "windows-7|REPLACE|true|system brand ASUS (model P8P67) is headquartered in Taiwan (China) — foreign (taken from the mainboard maker because the system maker is only a placeholder or empty (\"System manufacturer\"))|英特尔|KEEP",
            // GLPI native JSON (inventory_format examples)
            "computer_1.json|REPLACE|true|Fedora 31 (Workstation Edition) (Fedora (Red Hat)) is published by Red Hat|红帽|KEEP",
            "computer_1_partial_batteries.json|REPLACE|true|system brand Dell (model XPS 13 9350)|Not inventoried|KEEP",
            "computer_1_partial_cpu.json|REPLACE|true|designed by Intel|英特尔|KEEP",
            "computer_1_partial_memory.json|REPLACE|true|Dell|戴尔|KEEP",
            "computer_1_partial_softs.json|REPLACE|true|Red Hat|红帽|KEEP",
            "computer_1_partial_volumes.json|REPLACE|true|Dell|戴尔|KEEP",
            "computer_2.json|REPLACE|true|Dell|戴尔|KEEP",
            "computer_2_partial_dbs.json|REPLACE|true|Dell|戴尔|KEEP",
            "computer_2_partial_vms.json|REPLACE|true|Dell|戴尔|KEEP",
            "computer_3.json|REPLACE|true|system brand Toshiba (model PORTEGE Z30-A) is headquartered in Japan|东芝|KEEP",
            "computer_3_updated.json|REPLACE|true|Toshiba|东芝|KEEP",
            "networkequipment_1.json|REPLACE|true|system brand Cisco (model UCS 6248UP 48-Port) is headquartered in United States|思科|KEEP",
            "networkequipment_2.json|REPLACE|true|Cisco|思科|KEEP",
            "networkequipment_3.json|REPLACE|true|HP Inc.|惠普|KEEP",
            "networkequipment_4.json|REPLACE|true|Cisco|思科|KEEP",
            "networkequipment_5.json|REPLACE|false|system brand D-Link (model DGS-3420-52T) is headquartered in Taiwan (China)|中国台湾|KEEP",
            "phone_1.json|KEEP|false|system brand Xiaomi (China)|小米（中国）|KEEP",
            "printer_1.json|REPLACE|true|HP Inc.|惠普|KEEP",
            "printer_2.json|REPLACE|false|system brand Canon (model Canon MX 5970) is headquartered in Japan|佳能|KEEP",
            "printer_3.json|REPLACE|false|Canon|日本|KEEP",
            // OCS / FusionInventory XML (inventory_format tests)
            "1.xml|REPLACE|true|Toshiba|东芝|KEEP",
            "2.xml|REPLACE|true|operating system Microsoft Windows 8.1 Professionnel (Windows) is published by Microsoft|微软|KEEP",
            "3.xml|REPLACE|true|system brand Apple (model iMac5,1) is headquartered in United States|苹果|KEEP",
            "4.xml|REPLACE|true|macOS (macOS) is published by Apple|苹果|KEEP",
            "5.xml|REPLACE|true|Digi International|美国|KEEP",
            "5-good.xml|REPLACE|true|Digi International|美国|KEEP",
            "6.xml|REPLACE|true|Cisco|思科|KEEP",
            "7.xml|REPLACE|true|Cisco|思科|KEEP",
            "8.xml|REPLACE|false|Brother|日本|KEEP",
            "9.xml|REVIEW|false|the system brand is not recorded|未盘点|REVIEW",
            "10.xml|REPLACE|true|Cisco|思科|KEEP",
            "11.xml|REPLACE|true|HP Inc.|惠普|KEEP",
            "12.xml|REPLACE|true|Microsoft|微软|KEEP",
            "13.xml|REPLACE|true|system brand Samsung Electronics (model SM-A715F) is headquartered in South Korea|三星电子|KEEP",
            "14.xml|REPLACE|true|South Korea|韩国|KEEP",
            "15.xml|REVIEW|false|firmware (BIOS) by Juniper Networks (United States)|瞻博网络|REVIEW",
            "16.xml|REPLACE|true|HP Inc.|惠普|KEEP",
            "17.xml|REPLACE|true|HP Inc.|惠普|KEEP",
            "18.xml|REPLACE|true|South Korea|韩国|KEEP",
            "19.xml|REPLACE|false|system brand Synology (model DS1821+) is headquartered in Taiwan (China)|群晖|KEEP" };

    private static Path data() {
        String prop = System.getProperty("origo.shared.data");
        Path p = prop == null ? null : Path.of(prop);
        Assumptions.assumeTrue(p != null && Files.isDirectory(p),
                "shared inventories not found (system property origo.shared.data = " + prop + "); skipping real-data verdicts");
        return p;
    }

    private static List<Path> files(Path data) throws Exception {
        List<Path> out = new ArrayList<>();
        for (String dir : new String[] { "glpi-agent/dmidecode", "glpi-inventory-format/examples", "glpi-inventory-format/xml" }) {
            try (Stream<Path> s = Files.list(data.resolve(dir))) {
                s.filter(Files::isRegularFile).sorted().forEach(out::add);
            }
        }
        return out;
    }

    @Test
    void everySharedInventoryGetsTheExpertVerdict() throws Exception {
        Path data = data();
        Map<String, String[]> expected = new LinkedHashMap<>();
        for (String e : EXPECTED) {
            String[] f = e.split("\\|", -1);
            expected.put(f[0], f);
        }
        OriginProfile cn = Services.profile("cn-2020");
        OriginProfile us = Services.profile("us-fcc-covered");
        Inventories inv = new Inventories(Knowledge.builtIn());
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Path f : files(data)) {
            String name = f.getFileName().toString();
            String[] want = expected.get(name);
            if (want == null) {
                failures.add(name + ": no expected verdict recorded for this shared inventory");
                continue;
            }
            Asset a = inv.read(f);
            Verdict v = cn.evaluate(a);
            String got = v.getOutcome().getName() + "|" + v.isAnyUs();
            if (!got.equals(want[1] + "|" + want[2])) {
                failures.add(name + ": cn-2020 expected " + want[1] + "/any_us=" + want[2] + " got " + got + " — " + v.getReasonEn());
            }
            if (!v.getReasonEn().contains(want[3])) {
                failures.add(name + ": English reason lacks \"" + want[3] + "\": " + v.getReasonEn());
            }
            if (!v.getReasonZh().contains(want[4]) && !v.getReasonEn().contains(want[4])) {
                failures.add(name + ": reason lacks \"" + want[4] + "\": " + v.getReasonZh());
            }
            Verdict u = us.evaluate(a);
            if (!u.getOutcome().getName().equals(want[5])) {
                failures.add(name + ": us-fcc-covered expected " + want[5] + " got " + u.getOutcome() + " — " + u.getReasonEn());
            }
            checked++;
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(EXPECTED.length, checked, "every expected file exists");
    }
}
