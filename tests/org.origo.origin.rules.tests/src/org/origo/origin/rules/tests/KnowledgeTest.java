package org.origo.origin.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.origo.api.OrigoException;
import org.origo.model.Party;
import org.origo.origin.knowledge.CpuInfo;
import org.origo.origin.knowledge.Knowledge;
import org.origo.origin.knowledge.internal.i18n.KnowledgeMessages;

class KnowledgeTest {

    private static Knowledge k() throws OrigoException {
        return Knowledge.builtIn();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "ASUSTeK COMPUTER INC.|asus", "Intel(R) Corporation|intel", "GenuineIntel|intel",
            "3.0.6, Copyright 2002-2014 Apple Inc.|apple", "3.0.6, Copyright 2002-2014 Apple|apple",
            "Hewlett-Packard Development Company, L.P.|hp", "Hewlett Packard Enterprise|hpe", "HPE|hpe", "华为技术有限公司|huawei",
            "联想（北京）有限公司|lenovo", "联想(北京)有限公司|lenovo", "LENOVO|lenovo", "Dell Inc.|dell", "Micro-Star International Co., Ltd.|msi",
            "American Megatrends Inc.|ami", "American Megatrends International, LLC.|ami", "Phoenix Technologies LTD|phoenix",
            "innotek GmbH|innotek", "VMware, Inc.|vmware", "Kingsoft Corp.|kingsoft", "AO Kaspersky Lab|kaspersky",
            "Shanghai Zhaoxin Semiconductor Co., Ltd.|zhaoxin", "中国长城科技集团股份有限公司|greatwall", "北京人大金仓信息技术股份有限公司|kingbase",
            "Microsoft Corporation|microsoft", "Apple Computer, Inc.|apple", "samsung|samsung", "TOSHIBA|toshiba",
            "Oracle Corporation|oracle", "Red Hat, Inc.|redhat", "Zhejiang Dahua Technology Co., Ltd.|dahua", "HIKVISION|hikvision",
            "Super Micro Computer, Inc.|supermicro", "Seagate Technology LLC|seagate", "SK hynix Inc.|skhynix",
            "Cisco Systems, Inc.|cisco", "Intel(R) Corporation (R) 2019|intel" })
    void aliasesAreRobustToNoise(String raw, String id) throws Exception {
        assertEquals(id, k().party(raw).map(Party::getId).orElse(null), raw);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "To be filled by O.E.M.", "To Be Filled By O.E.M.", "Default string", "System manufacturer",
            "0123456789", "000000000000", "Not Specified", "组装机", "00000000-0000-0000-0000-000000000000", "Chassis Manufacture" })
    void placeholdersNameNobody(String raw) throws Exception {
        assertTrue(k().isPlaceholder(raw), raw);
        assertTrue(k().party(raw).isEmpty(), raw);
    }

    @Test
    void unknownNamesStayUnknown() throws Exception {
        assertTrue(k().party("Acme Widgets GmbH").isEmpty());
        assertTrue(k().party("China").isEmpty());
        assertFalse(k().isPlaceholder("Lenovo"));
    }

    /** Headquarters countries as on the public record (operating headquarters, not registration). */
    @ParameterizedTest
    @CsvSource({ "lenovo,CN", "asus,TW", "acer,TW", "msi,TW", "gigabyte,TW", "fujitsu,JP", "samsung,KR", "hp,US", "hpe,US", "dell,US",
            "apple,US", "ibm,US", "microsoft,US", "supermicro,US", "intel,US", "amd,US", "nvidia,US", "qualcomm,US", "huawei,CN",
            "inspur,CN", "sugon,CN", "greatwall,CN", "tongfang,CN", "hygon,CN", "zhaoxin,CN", "phytium,CN", "hisilicon,CN",
            "loongson,CN", "sunway,CN", "via,TW", "ami,US", "phoenix,US", "insyde,TW", "byosoft,CN", "kunlun,CN", "kaspersky,RU",
            "canonical,GB", "suse,DE", "sap,DE", "trendmicro,JP", "kylin,CN", "uniontech,CN", "kingsoft,CN", "dameng,CN",
            "kingbase,CN", "mellanox,IL", "skhynix,KR", "ymtc,CN", "cxmt,CN", "realtek,TW", "h3c,CN", "zte,CN", "hikvision,CN",
            "dahua,CN", "hytera,CN", "pantum,CN", "lexmark,US", "brother,JP", "canon,JP", "epson,JP", "ricoh,JP", "kyocera,JP",
            "xerox,US", "sharp,JP", "konicaminolta,JP", "vmware,US", "citrix,US", "toshiba,JP", "kioxia,JP" })
    void headquartersCountries(String id, String country) throws Exception {
        assertEquals(country, k().byId(id).orElseThrow().getCountry(), id);
    }

    @Test
    void controllersAndOpenProjects() throws Exception {
        assertEquals("huawei", k().byId("hisilicon").orElseThrow().getParent().getId());
        assertEquals("US", Knowledge.controllerCountry(k().byId("mellanox").orElseThrow()));
        assertEquals("broadcom", k().byId("vmware").orElseThrow().getUltimateController().getId());
        assertNull(Knowledge.country(k().byId("qemu").orElseThrow()), "an open-source project has no country");
        for (Party p : k().parties().values()) {
            assertFalse(p.getSource() == null || p.getSource().isBlank(), p.getId() + " has a source note");
            assertFalse(p.getNameZh() == null || p.getNameZh().isBlank(), p.getId() + " has a Chinese name");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "-|Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz|GenuineIntel|-|x86_64|intel|intel|x86|-",
            "-|AMD EPYC 7502 32-Core Processor|-|-|x86_64|amd|amd|x86|-",
            "-|Hygon C86 3250 8-core Processor|HygonGenuine|-|x86_64|hygon|hygon|x86|amd",
            "-|ZHAOXIN KaiXian KX-U6780A@2.7GHz|Shanghai|-|x86_64|zhaoxin|zhaoxin|x86|via",
            "-|ZHAOXIN KaiXian KX-5640@2.0GHz|CentaurHauls|-|x86_64|zhaoxin|zhaoxin|x86|via",
            "-|VIA Nano X2 L4350 @ 1.6+ GHz|CentaurHauls|-|x86_64|via|via|x86|-",
            "-|-|0x48|0xd01|aarch64|hisilicon-kunpeng-920|hisilicon|ARM|arm",
            "-|-|0x70|0x662|aarch64|phytium|phytium|ARM|arm",
            "-|Phytium FT-2000/4|-|-|aarch64|phytium|phytium|ARM|arm",
            "-|Phytium,D2000/8|-|-|aarch64|phytium|phytium|ARM|arm",
            "-|Phytium S2500/64|-|-|aarch64|phytium|phytium|ARM|arm",
            "-|Loongson-3A5000-HV|-|-|loongarch64|loongson-loongarch|loongson|LoongArch|-",
            "-|Loongson-3A6000|-|-|loongarch64|loongson-loongarch|loongson|LoongArch|-",
            "-|Loongson-3C5000|-|-|loongarch64|loongson-loongarch|loongson|LoongArch|-",
            "-|Loongson-3A R4 (Loongson-3A4000) @ 1800MHz|-|-|mips64el|loongson-mips|loongson|MIPS|mips",
            "-|ICT Loongson-3A R3 (Loongson-3A3000) @ 1450MHz|-|-|mips64el|loongson-mips|loongson|MIPS|mips",
            "-|SW831|-|-|sw_64|sunway|sunway|SW64|-",
            "intel|-|-|-|-|intel|intel|x86|-" })
    void cpuIdentification(String vendor, String product, String vendorId, String part, String arch, String id, String designer,
            String isaFamily, String licensor) throws Exception {
        CpuInfo c = k().cpu(vendor, product, vendorId, part, arch).orElseThrow(() -> new AssertionError(product + "/" + vendorId));
        assertEquals(id, c.id());
        assertEquals(designer, c.designer().getId());
        assertEquals(isaFamily, c.isaFamily());
        assertEquals(licensor, c.licensor() == null ? null : c.licensor().getId());
    }

    @Test
    void unknownCpusStayUnknown() throws Exception {
        assertTrue(k().cpu(null, "CPU @ 2.40GHz", null, null, "x86_64").isEmpty());
        assertTrue(k().cpu(null, null, "0x41", "0xd08", "aarch64").isEmpty(), "an Arm Cortex core says nothing about the SoC maker");
    }

    @Test
    void loongArchAbi() {
        assertEquals("new-world", Knowledge.loongArchAbi("ABI2.0", "loongarch64"));
        assertEquals("old-world", Knowledge.loongArchAbi("old-world", "loongarch64"));
        assertEquals("new-world", Knowledge.loongArchAbi(null, "loong64"));
        assertNull(Knowledge.loongArchAbi(null, "loongarch64"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "Microsoft Windows 10 Pro|Windows|microsoft", "Kylin Linux Advanced Server V10 (Sword)|Kylin|kylin",
            "NeoKylin Linux Advanced Server release 7.0|NeoKylin|kylin", "UnionTech OS Desktop 20 Professional|UOS|uniontech",
            "Deepin 20.9|Deepin|uniontech", "openEuler 22.03 (LTS-SP1)|openEuler|openeuler", "CentOS Linux 7 (Core)|RHEL (CentOS)|redhat",
            "Red Hat Enterprise Linux Server release 7.9|RHEL|redhat", "Ubuntu 22.04.3 LTS|Ubuntu|canonical",
            "SUSE Linux Enterprise Server 15 SP4|SUSE|suse", "Debian GNU/Linux 12 (bookworm)|Debian|debian", "macOS|macOS|apple",
            "Mac OS X|macOS|apple", "Fedora release 25 (Twenty Five)|Fedora (Red Hat)|redhat", "银河麒麟桌面操作系统 V10|Kylin|kylin" })
    void operatingSystems(String name, String lineage, String publisher) throws Exception {
        var os = k().os(name, null).orElseThrow(() -> new AssertionError(name));
        assertEquals(lineage, os.lineage());
        assertEquals(publisher, os.publisher().getId());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "Microsoft Office Professional Plus 2016|OFFICE|microsoft", "WPS Office|OFFICE|kingsoft",
            "永中Office 2019|OFFICE|yozo", "Oracle Database 19c Enterprise Edition|DATABASE|oracle", "Microsoft SQL Server 2019|DATABASE|microsoft",
            "MySQL Server 8.0|DATABASE|oracle", "DM Database Server 8|DATABASE|dameng", "KingbaseES V8|DATABASE|kingbase",
            "openGauss 5.0|DATABASE|huawei", "Google Chrome|BROWSER|google", "Mozilla Firefox (x64 en-US)|BROWSER|mozilla",
            "360安全浏览器|BROWSER|qihoo360", "VMware Tools|DRIVER|vmware", "Kaspersky Endpoint Security for Windows|SECURITY|kaspersky" })
    void softwareTitles(String name, String category, String publisher) throws Exception {
        var t = k().title(name).orElseThrow(() -> new AssertionError(name));
        assertEquals(category, t.category().getName());
        assertEquals(publisher, t.publisher().getId());
    }

    private static OrigoException load(String file, String json) {
        return assertThrows(OrigoException.class, () -> Knowledge.builder()
                .add("countries.json", new ByteArrayInputStream("{\"format\": \"origo-countries/1\", \"countries\": [{\"code\": \"CN\", \"en\": \"China\", \"zh\": \"中国\"}]}"
                        .getBytes(StandardCharsets.UTF_8)))
                .add(file, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).build());
    }

    @Test
    void badDataFilesGiveLinePreciseErrors() {
        OrigoException e = load("p.json", "{\n \"format\": \"origo-parties/1\",\n \"parties\": [\n  {\"id\": \"a\", \"name\": \"A\", \"nameZh\": \"甲\", \"source\": \"s\", \"colour\": 1}\n ]\n}");
        assertEquals("p.json", e.file());
        assertEquals(4, e.line());
        assertTrue(e.describe(Locale.ENGLISH).contains("colour"), e.describe(Locale.ENGLISH));

        e = load("p.json", "{\n \"format\": \"origo-parties/1\",\n \"parties\": [\n  {\"id\": \"a\", \"name\": \"A\", \"nameZh\": \"甲\", \"source\": \"s\", \"country\": \"XX\"}\n ]\n}");
        assertEquals(4, e.line());

        e = load("p.json", "{\n \"format\": \"origo-parties/1\",\n \"parties\": [\n  {\"id\": \"a\", \"name\": \"Acme\", \"nameZh\": \"甲\", \"source\": \"s\"},\n"
                + "  {\"id\": \"b\", \"name\": \"B\", \"nameZh\": \"乙\", \"source\": \"s\",\n   \"aliases\": [\"ACME Inc.\"]}\n ]\n}");
        assertEquals(6, e.line(), "alias conflict reported at the aliases of the second party");

        e = load("p.json", "{\n \"format\": \"origo-parties/1\",\n \"parties\": [\n  {\"id\": \"a\",, }\n ]\n}");
        assertEquals(4, e.line(), "syntax error line");
        assertTrue(e.describe(Locale.SIMPLIFIED_CHINESE).contains("JSON 语法错误"));

        e = load("c.json", "{\n \"format\": \"origo-cpus/1\",\n \"cpus\": [\n  {\"id\": \"x\", \"family\": \"X\", \"designer\": \"nobody\",\n   \"when\": [{\"product\": \"x\"}], \"source\": \"s\"}\n ]\n}");
        assertEquals(4, e.line());
        assertEquals("cpus[0].designer", e.field());

        e = load("c.json", "{\n \"format\": \"origo-cpus/1\",\n \"cpus\": [\n  {\"id\": \"x\", \"family\": \"X\", \"designer\": \"nobody\",\n   \"when\": [{\"product\": \"(unclosed\"}], \"source\": \"s\"}\n ]\n}");
        assertTrue(e.line() == 4 || e.line() == 5, "line " + e.line());

        e = load("d.json", "{\n \"format\": \"origo-parties/1\",\n \"format\": \"again\"\n}");
        assertEquals(3, e.line(), "duplicate key");
    }

    @Test
    void vendorDirectoryService() throws Exception {
        org.origo.origin.api.VendorDirectory d = Services.service(org.origo.origin.api.VendorDirectory.class, null);
        assertEquals("ASUS", d.canonical("ASUSTeK COMPUTER INC."));
        assertEquals("Lenovo", d.canonical("联想（北京）有限公司"));
        assertNull(d.canonical("To be filled by O.E.M."));
        assertEquals("TW", d.byId("asus").orElseThrow().getCountry());
    }

    @Test
    void chineseMessagesComplete() {
        assertEquals(java.util.Set.of(), KnowledgeMessages.messages().missingInChinese());
    }
}
