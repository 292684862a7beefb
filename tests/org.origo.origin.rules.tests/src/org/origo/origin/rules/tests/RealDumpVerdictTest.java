package org.origo.origin.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.origo.model.Asset;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.Verdict;

/**
 * Whole dmidecode reports of the linux-hardware.org DMI collection (linuxhw/DMI, CC BY 4.0; see
 * resources/linuxhw-dumps/README.md), each standing for a mistake a technician would not make:
 * domestic machines (KaiTian, Haier, GITSTAR) kept, an Intel Atom x5-E8000 not taken for a Phytium
 * part, the coreboot CPU record marked Unpopulated read, a placeholder system maker replaced by the
 * mainboard maker (but never by a firmware kit's name), a Russian Baikal machine replaced.
 */
class RealDumpVerdictTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "kaitian-loongson-3a6000.dmi|KEEP|false|system brand Lenovo KaiTian (China)|designed by Loongson (China) on its own LoongArch64|联想开天",
            "kaitian-n80z-zhaoxin.dmi|KEEP|false|system brand Lenovo KaiTian (China), model KaiTian N80z G1d|designed by Zhaoxin (China)|兆芯",
            "haier-zhaoxin.dmi|KEEP|false|system brand Haier (China)|designed by Zhaoxin (China)|海尔",
            "gitstar-zhaoxin.dmi|KEEP|false|system brand GITSTAR (China)|designed by Zhaoxin (China)|集特",
            "elpitech-baikal.dmi|REPLACE|false|system brand Elpitech (model ET171) is headquartered in Russia|CPU BE-M1000 is designed by Baikal Electronics, headquartered in Russia|俄罗斯",
            "aptio-crb-atom-x5-e8000.dmi|REPLACE|true|Intel(R) Atom(TM) x5-E8000 CPU @ 1.04GHz is designed by Intel|the system brand holds only a placeholder (\"Default string\")|英特尔",
            "thinkpad-t400-coreboot.dmi|REPLACE|true|CPU Intel(R) Core(TM)2 CPU P8400 @ 2.26GHz is designed by Intel|system brand Lenovo (China)|英特尔",
            "asus-a320m-placeholder-maker.dmi|REPLACE|true|system brand ASUS (model A320M-C) is headquartered in Taiwan (China) — foreign (taken from the mainboard maker because the system maker is only a placeholder or empty (\"System manufacturer\"))|designed by AMD|改取主板厂商" })
    void realReportGetsTheTechniciansVerdict(String file, String verdict, boolean anyUs, String en1, String en2, String zh)
            throws Exception {
        Asset a = Dumps.resource(file);
        Verdict v = Services.profile("cn-2020").evaluate(a);
        assertEquals(verdict + "/" + anyUs, v.getOutcome().getName() + "/" + v.isAnyUs(), v.getReasonEn());
        assertTrue(v.getReasonEn().contains(en1), v.getReasonEn());
        assertTrue(v.getReasonEn().contains(en2), v.getReasonEn());
        assertTrue(v.getReasonZh().contains(zh), v.getReasonZh());
        assertTrue(!v.getReasonEn().contains("phytium") && !v.getReasonEn().contains("Phytium"), v.getReasonEn());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = { "thinkpad-t400-coreboot.dmi|GenuineIntel|Intel(R) Core(TM)2 CPU P8400 @ 2.26GHz" })
    void corebootRunningCpuIsRecordedThoughMarkedUnpopulated(String file, String vendor, String product) throws Exception {
        Asset a = Dumps.resource(file);
        Component cpu = a.getComponents().stream().filter(c -> c.getKind() == ComponentKind.CPU).findFirst().orElse(null);
        assertNotNull(cpu, "the CPU of " + file);
        assertEquals(product, cpu.getProduct().replaceAll("\\s+", " "));
        assertEquals(vendor, cpu.getVendorId());
    }
}
