package org.origo.generator.internal;

import static org.origo.generator.GeneratedAsset.Kind.ALL_IN_ONE;
import static org.origo.generator.GeneratedAsset.Kind.DESKTOP;
import static org.origo.generator.GeneratedAsset.Kind.LAPTOP;
import static org.origo.generator.GeneratedAsset.Kind.NETWORK;
import static org.origo.generator.GeneratedAsset.Kind.OTHER;
import static org.origo.generator.GeneratedAsset.Kind.PRINTER;
import static org.origo.generator.GeneratedAsset.Kind.SERVER;
import static org.origo.generator.Mix.DOMESTIC_BRAND_FOREIGN_PARTS;
import static org.origo.generator.Mix.DOMESTIC_PLATFORM;
import static org.origo.generator.Mix.OTHER_FOREIGN_BRAND;
import static org.origo.generator.Mix.UNKNOWN;
import static org.origo.generator.Mix.US_BRAND;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.origo.generator.GeneratedAsset.Kind;
import org.origo.generator.Mix;

/**
 * The hardware an administration's ledger lists: brands as they are spelt in Chinese ledgers, real
 * product lines and models with the years they were sold, the processors they shipped with, and
 * the weight of each in the mix.
 *
 * <p>Source notes: model names and processors are taken from the manufacturers' public product
 * pages and specification sheets (Dell OptiPlex/Latitude/PowerEdge, HP ProDesk/ProBook/LaserJet,
 * Lenovo ThinkCentre/ThinkPad/启天/昭阳/开天/ThinkSystem, Huawei 擎云/MateBook/TaiShan/FusionServer,
 * Inspur NF5280, Sugon I620-G30, Great Wall 世恒, Tongfang 超翔, Pantum, Cisco Catalyst/ISR, H3C,
 * Ruijie, Juniper) and from the machine lists of Kylin and UOS compatibility notes (开天M630Z with
 * Zhaoxin KX-6640MA, 开天M70F with Phytium D2000, 长城世恒TD120A2 with Phytium, 擎云W510 with
 * Kunpeng 920 3211K, 擎云L410 with Kirin 990). Processor strings are written as the CPU reports
 * them. Where a domestic machine's exact model is not on record the model cell is left empty, as
 * ledgers often do. Weights are a plausible mix for a city administration around 2020, not survey
 * data.
 */
public final class Hardware {

    /** How an operating system is chosen for a machine. */
    public enum Platform {
        /** Intel/AMD desktop or laptop: Windows by purchase year, rarely UOS. */
        PC_X86,
        /** Zhaoxin or Hygon desktop: UOS or Kylin, some Windows. */
        DOMESTIC_X86,
        /** Phytium, Kunpeng, Kirin or Loongson: UOS or Kylin. */
        DOMESTIC_NON_X86,
        /** Intel/AMD server: Windows Server, CentOS, RHEL or ESXi. */
        SERVER_X86,
        /** Kunpeng, Phytium or Hygon server: Kylin Advanced Server, openEuler (Hygon also CentOS). */
        SERVER_DOMESTIC,
        /** A virtual machine on VMware. */
        VIRTUAL,
        /** Apple with Intel. */
        MAC_INTEL,
        /** Apple with Apple silicon. */
        MAC_ARM,
        /** Device with firmware named in the model entry (network gear). */
        FIRMWARE,
        /** No operating system recorded. */
        NONE
    }

    /** How serial numbers look. */
    public enum SerialStyle {
        DELL, HP, LENOVO_PC, LENOVO_TP, APPLE, HUAWEI, NUMERIC, GENERIC, CISCO, H3C, PLACEHOLDER, VMWARE, NONE
    }

    /** A brand: the spellings ledgers use and the SMBIOS manufacturer string. */
    public record Brand(String[] labels, String smbios) {
    }

    /** One model line in the mix. */
    public record Model(Kind kind, Brand brand, String name, int weight, int from, int to, Mix mix,
            Platform platform, String[] cpus, SerialStyle serial, String firmware) {
    }

    static final Brand DELL = new Brand(new String[] {"Dell", "戴尔", "DELL"}, "Dell Inc.");
    static final Brand HP = new Brand(new String[] {"HP", "惠普", "Hewlett-Packard"}, "HP");
    static final Brand HPE = new Brand(new String[] {"HPE", "HP", "惠普"}, "HPE");
    static final Brand IBM = new Brand(new String[] {"IBM"}, "IBM");
    static final Brand APPLE = new Brand(new String[] {"Apple", "苹果"}, "Apple Inc.");
    static final Brand SUPERMICRO = new Brand(new String[] {"Supermicro", "超微"}, "Supermicro");
    static final Brand VMWARE = new Brand(new String[] {"VMware, Inc."}, "VMware, Inc.");
    static final Brand CISCO = new Brand(new String[] {"Cisco", "思科"}, "Cisco");
    static final Brand JUNIPER = new Brand(new String[] {"Juniper"}, "Juniper Networks");
    static final Brand ASUS = new Brand(new String[] {"ASUS", "华硕"}, "ASUSTeK COMPUTER INC.");
    static final Brand ACER = new Brand(new String[] {"Acer", "宏碁"}, "Acer");
    static final Brand FUJITSU = new Brand(new String[] {"Fujitsu", "富士通"}, "FUJITSU");
    static final Brand CANON = new Brand(new String[] {"Canon", "佳能"}, "Canon");
    static final Brand BROTHER = new Brand(new String[] {"Brother", "兄弟"}, "Brother");
    static final Brand EPSON = new Brand(new String[] {"Epson", "爱普生"}, "Epson");
    static final Brand KYOCERA = new Brand(new String[] {"Kyocera", "京瓷"}, "Kyocera");
    static final Brand RICOH = new Brand(new String[] {"Ricoh", "理光"}, "Ricoh");
    static final Brand SAMSUNG = new Brand(new String[] {"Samsung", "三星"}, "Samsung");
    static final Brand LENOVO = new Brand(new String[] {"Lenovo", "联想", "LENOVO"}, "LENOVO");
    static final Brand HUAWEI = new Brand(new String[] {"Huawei", "华为", "HUAWEI"}, "HUAWEI");
    static final Brand INSPUR = new Brand(new String[] {"浪潮", "Inspur"}, "Inspur");
    static final Brand SUGON = new Brand(new String[] {"曙光", "中科曙光", "Sugon"}, "Sugon");
    static final Brand GREAT_WALL = new Brand(new String[] {"长城", "中国长城", "Great Wall"}, "GreatWall");
    static final Brand TONGFANG = new Brand(new String[] {"同方", "清华同方", "THTF"}, "THTF");
    static final Brand PANTUM = new Brand(new String[] {"奔图", "Pantum"}, "Pantum");
    static final Brand H3C = new Brand(new String[] {"H3C", "新华三"}, "H3C");
    static final Brand RUIJIE = new Brand(new String[] {"锐捷", "Ruijie"}, "Ruijie");
    static final Brand TPLINK = new Brand(new String[] {"TP-LINK", "普联"}, "TP-LINK");
    static final Brand HIKVISION = new Brand(new String[] {"海康威视", "Hikvision"}, "Hikvision");
    static final Brand ASSEMBLED = new Brand(new String[] {"组装机"}, "To Be Filled By O.E.M.");
    static final Brand OEM = new Brand(new String[] {"To Be Filled By O.E.M."}, "To Be Filled By O.E.M.");
    static final Brand SYSTEM_MANUFACTURER = new Brand(new String[] {"System manufacturer"}, "System manufacturer");
    static final Brand DEFAULT_STRING = new Brand(new String[] {"Default string"}, "Default string");
    static final Brand NO_BRAND = new Brand(new String[] {""}, "");

    // Processors, as /proc/cpuinfo or the SMBIOS processor version reports them.
    static final String I5_3470 = "Intel(R) Core(TM) i5-3470 CPU @ 3.20GHz";
    static final String I3_3240 = "Intel(R) Core(TM) i3-3240 CPU @ 3.40GHz";
    static final String I5_4570 = "Intel(R) Core(TM) i5-4570 CPU @ 3.20GHz";
    static final String I5_4590 = "Intel(R) Core(TM) i5-4590 CPU @ 3.30GHz";
    static final String I7_4790 = "Intel(R) Core(TM) i7-4790 CPU @ 3.60GHz";
    static final String I3_4160 = "Intel(R) Core(TM) i3-4160 CPU @ 3.60GHz";
    static final String I5_6500 = "Intel(R) Core(TM) i5-6500 CPU @ 3.20GHz";
    static final String I5_7500 = "Intel(R) Core(TM) i5-7500 CPU @ 3.40GHz";
    static final String I3_8100 = "Intel(R) Core(TM) i3-8100 CPU @ 3.60GHz";
    static final String I5_8400 = "Intel(R) Core(TM) i5-8400 CPU @ 2.80GHz";
    static final String I5_8500 = "Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz";
    static final String I5_8500T = "Intel(R) Core(TM) i5-8500T CPU @ 2.10GHz";
    static final String I5_8500B = "Intel(R) Core(TM) i5-8500B CPU @ 3.00GHz";
    static final String I7_8700 = "Intel(R) Core(TM) i7-8700 CPU @ 3.20GHz";
    static final String I5_9400 = "Intel(R) Core(TM) i5-9400 CPU @ 2.90GHz";
    static final String I5_9500 = "Intel(R) Core(TM) i5-9500 CPU @ 3.00GHz";
    static final String I7_9700 = "Intel(R) Core(TM) i7-9700 CPU @ 3.00GHz";
    static final String I5_10400 = "Intel(R) Core(TM) i5-10400 CPU @ 2.90GHz";
    static final String I5_10500 = "Intel(R) Core(TM) i5-10500 CPU @ 3.10GHz";
    static final String I5_5200U = "Intel(R) Core(TM) i5-5200U CPU @ 2.20GHz";
    static final String I5_6200U = "Intel(R) Core(TM) i5-6200U CPU @ 2.30GHz";
    static final String I5_7200U = "Intel(R) Core(TM) i5-7200U CPU @ 2.50GHz";
    static final String I5_8250U = "Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz";
    static final String I5_8265U = "Intel(R) Core(TM) i5-8265U CPU @ 1.60GHz";
    static final String I7_8565U = "Intel(R) Core(TM) i7-8565U CPU @ 1.80GHz";
    static final String I5_8257U = "Intel(R) Core(TM) i5-8257U CPU @ 1.40GHz";
    static final String I5_10210U = "Intel(R) Core(TM) i5-10210U CPU @ 1.60GHz";
    static final String I5_1135G7 = "11th Gen Intel(R) Core(TM) i5-1135G7 @ 2.40GHz";
    static final String R5_4600G = "AMD Ryzen 5 4600G with Radeon Graphics";
    static final String R5_4600H = "AMD Ryzen 5 4600H with Radeon Graphics";
    static final String E5_2620 = "Intel(R) Xeon(R) CPU E5-2620 0 @ 2.00GHz";
    static final String E5_2620V4 = "Intel(R) Xeon(R) CPU E5-2620 v4 @ 2.10GHz";
    static final String E5_2650V4 = "Intel(R) Xeon(R) CPU E5-2650 v4 @ 2.20GHz";
    static final String SILVER_4210R = "Intel(R) Xeon(R) Silver 4210R CPU @ 2.40GHz";
    static final String GOLD_5218 = "Intel(R) Xeon(R) Gold 5218 CPU @ 2.30GHz";
    static final String SILVER_4314 = "Intel(R) Xeon(R) Silver 4314 CPU @ 2.40GHz";
    static final String APPLE_M1 = "Apple M1";
    static final String KX_6640MA = "ZHAOXIN KaiXian KX-6640MA@2.2+GHz";
    static final String KX_U6780A = "ZHAOXIN KaiXian KX-U6780A@2.7GHz";
    static final String HYGON_3185 = "Hygon C86 3185  8-core Processor";
    static final String HYGON_7185 = "Hygon C86 7185 32-core Processor";
    static final String D2000 = "Phytium,D2000/8";
    static final String FT2000_4 = "Phytium,FT-2000/4";
    static final String FT2000_64 = "Phytium,FT-2000+/64";
    static final String KUNPENG_3211K = "HUAWEI Kunpeng 920 3211K";
    static final String KUNPENG_4826 = "Kunpeng 920-4826";
    static final String KIRIN_990 = "HUAWEI Kirin 990";
    static final String LS_3A4000 = "Loongson-3A4000";
    static final String LS_3A5000 = "Loongson-3A5000";

    private static final List<Model> MODELS = new ArrayList<>();

    private static void add(Kind kind, Brand brand, String name, int weight, int from, int to, Mix mix,
            Platform platform, SerialStyle serial, String... cpus) {
        MODELS.add(new Model(kind, brand, name, weight, from, to, mix, platform, cpus, serial, ""));
    }

    private static void device(Kind kind, Brand brand, String name, int weight, int from, int to, Mix mix,
            SerialStyle serial, String firmware) {
        MODELS.add(new Model(kind, brand, name, weight, from, to, mix,
                firmware.isEmpty() ? Platform.NONE : Platform.FIRMWARE, new String[0], serial, firmware));
    }

    static {
        Platform pc = Platform.PC_X86;
        // Desktops: US brands
        add(DESKTOP, DELL, "OptiPlex 7010", 20, 2012, 2013, US_BRAND, pc, SerialStyle.DELL, I5_3470, I3_3240);
        add(DESKTOP, DELL, "OptiPlex 9020", 20, 2013, 2015, US_BRAND, pc, SerialStyle.DELL, I5_4590, I7_4790);
        add(DESKTOP, DELL, "OptiPlex 3020", 20, 2014, 2016, US_BRAND, pc, SerialStyle.DELL, I3_4160, I5_4590);
        add(DESKTOP, DELL, "OptiPlex 3060", 25, 2018, 2019, US_BRAND, pc, SerialStyle.DELL, I3_8100, I5_8500);
        add(DESKTOP, DELL, "OptiPlex 7070", 25, 2019, 2020, US_BRAND, pc, SerialStyle.DELL, I5_9500, I7_9700);
        add(DESKTOP, DELL, "OptiPlex 3080", 25, 2020, 2022, US_BRAND, pc, SerialStyle.DELL, I5_10500);
        add(DESKTOP, DELL, "Vostro 3670", 20, 2018, 2019, US_BRAND, pc, SerialStyle.DELL, I5_8400);
        add(DESKTOP, DELL, "Vostro 3888", 20, 2020, 2022, US_BRAND, pc, SerialStyle.DELL, I5_10400);
        add(DESKTOP, HP, "HP Compaq Pro 6300 SFF", 15, 2012, 2013, US_BRAND, pc, SerialStyle.HP, I5_3470);
        add(DESKTOP, HP, "HP ProDesk 400 G1 SFF", 20, 2013, 2015, US_BRAND, pc, SerialStyle.HP, I5_4570);
        add(DESKTOP, HP, "HP ProDesk 400 G3 MT", 20, 2016, 2017, US_BRAND, pc, SerialStyle.HP, I5_6500);
        add(DESKTOP, HP, "HP 288 Pro G4 MT", 20, 2018, 2020, US_BRAND, pc, SerialStyle.HP, I5_8500);
        add(DESKTOP, HP, "HP ProDesk 400 G6 MT", 20, 2019, 2020, US_BRAND, pc, SerialStyle.HP, I5_9500);
        add(DESKTOP, HP, "HP EliteDesk 800 G4 SFF", 10, 2018, 2019, US_BRAND, pc, SerialStyle.HP, I5_8500, I7_8700);
        add(DESKTOP, APPLE, "Mac mini (2018)", 2, 2018, 2020, US_BRAND, Platform.MAC_INTEL, SerialStyle.APPLE, I5_8500B);
        // Desktops: other foreign brands
        add(DESKTOP, ASUS, "D340MC", 10, 2018, 2020, OTHER_FOREIGN_BRAND, pc, SerialStyle.GENERIC, I5_8400);
        add(DESKTOP, ACER, "Veriton X2660G", 10, 2017, 2019, OTHER_FOREIGN_BRAND, pc, SerialStyle.GENERIC, I5_8400);
        add(DESKTOP, ACER, "Veriton M4660G", 8, 2018, 2020, OTHER_FOREIGN_BRAND, pc, SerialStyle.GENERIC, I5_9400);
        add(DESKTOP, FUJITSU, "ESPRIMO D538", 6, 2018, 2020, OTHER_FOREIGN_BRAND, pc, SerialStyle.GENERIC, I5_8500);
        // Desktops: Chinese brands on Intel/AMD with Windows
        add(DESKTOP, LENOVO, "ThinkCentre M8400t", 30, 2012, 2013, DOMESTIC_BRAND_FOREIGN_PARTS, pc, SerialStyle.LENOVO_PC, I5_3470, I3_3240);
        add(DESKTOP, LENOVO, "扬天T4900d", 40, 2015, 2017, DOMESTIC_BRAND_FOREIGN_PARTS, pc, SerialStyle.LENOVO_PC, I5_6500, I3_4160);
        add(DESKTOP, LENOVO, "启天M415", 50, 2016, 2018, DOMESTIC_BRAND_FOREIGN_PARTS, pc, SerialStyle.LENOVO_PC, I5_6500, I5_7500);
        add(DESKTOP, LENOVO, "启天M420", 60, 2018, 2019, DOMESTIC_BRAND_FOREIGN_PARTS, pc, SerialStyle.LENOVO_PC, I5_8500, I5_9500);
        add(DESKTOP, LENOVO, "启天M430", 60, 2019, 2022, DOMESTIC_BRAND_FOREIGN_PARTS, pc, SerialStyle.LENOVO_PC, I5_9500, I5_10500);
        add(DESKTOP, LENOVO, "ThinkCentre M720t", 40, 2018, 2020, DOMESTIC_BRAND_FOREIGN_PARTS, pc, SerialStyle.LENOVO_PC, I5_8500, I5_9500);
        add(DESKTOP, LENOVO, "ThinkCentre M920t", 15, 2018, 2020, DOMESTIC_BRAND_FOREIGN_PARTS, pc, SerialStyle.LENOVO_PC, I7_8700, I7_9700);
        add(DESKTOP, TONGFANG, "超翔Z8000", 15, 2020, 2022, DOMESTIC_BRAND_FOREIGN_PARTS, pc, SerialStyle.NUMERIC, I5_10400);
        add(DESKTOP, HUAWEI, "MateStation B515", 8, 2021, 2022, DOMESTIC_BRAND_FOREIGN_PARTS, pc, SerialStyle.HUAWEI, R5_4600G);
        // Desktops: Chinese platforms
        add(DESKTOP, LENOVO, "开天M630Z", 30, 2019, 2021, DOMESTIC_PLATFORM, Platform.DOMESTIC_X86, SerialStyle.NUMERIC, KX_6640MA);
        add(DESKTOP, LENOVO, "开天M70F", 25, 2021, 2022, DOMESTIC_PLATFORM, Platform.DOMESTIC_NON_X86, SerialStyle.NUMERIC, D2000);
        add(DESKTOP, GREAT_WALL, "世恒TD120A2", 25, 2020, 2022, DOMESTIC_PLATFORM, Platform.DOMESTIC_NON_X86, SerialStyle.NUMERIC, FT2000_4);
        add(DESKTOP, HUAWEI, "擎云W510", 20, 2021, 2022, DOMESTIC_PLATFORM, Platform.DOMESTIC_NON_X86, SerialStyle.HUAWEI, KUNPENG_3211K);
        add(DESKTOP, TONGFANG, "", 8, 2019, 2021, DOMESTIC_PLATFORM, Platform.DOMESTIC_NON_X86, SerialStyle.NUMERIC, LS_3A4000);
        add(DESKTOP, GREAT_WALL, "", 8, 2021, 2022, DOMESTIC_PLATFORM, Platform.DOMESTIC_NON_X86, SerialStyle.NUMERIC, LS_3A5000);
        add(DESKTOP, TONGFANG, "", 10, 2020, 2022, DOMESTIC_PLATFORM, Platform.DOMESTIC_X86, SerialStyle.NUMERIC, HYGON_3185);
        add(DESKTOP, TONGFANG, "", 10, 2020, 2022, DOMESTIC_PLATFORM, Platform.DOMESTIC_X86, SerialStyle.NUMERIC, KX_U6780A);
        // Desktops: unknown or placeholder
        add(DESKTOP, ASSEMBLED, "", 15, 2012, 2018, UNKNOWN, pc, SerialStyle.NONE, "");
        add(DESKTOP, ASSEMBLED, "", 15, 2012, 2018, UNKNOWN, pc, SerialStyle.PLACEHOLDER, I5_4590, I5_6500, I3_4160);
        add(DESKTOP, OEM, "To Be Filled By O.E.M.", 8, 2013, 2017, UNKNOWN, pc, SerialStyle.PLACEHOLDER, I3_4160);
        add(DESKTOP, SYSTEM_MANUFACTURER, "System Product Name", 5, 2014, 2018, UNKNOWN, pc, SerialStyle.PLACEHOLDER, I5_6500);
        add(DESKTOP, NO_BRAND, "", 10, 2012, 2020, UNKNOWN, pc, SerialStyle.NONE, "");
        add(DESKTOP, DEFAULT_STRING, "Default string", 3, 2016, 2019, UNKNOWN, pc, SerialStyle.PLACEHOLDER, I5_7500);

        // Laptops
        add(LAPTOP, LENOVO, "ThinkPad T450", 20, 2015, 2016, DOMESTIC_BRAND_FOREIGN_PARTS, pc, SerialStyle.LENOVO_TP, I5_5200U);
        add(LAPTOP, LENOVO, "ThinkPad T480", 25, 2018, 2019, DOMESTIC_BRAND_FOREIGN_PARTS, pc, SerialStyle.LENOVO_TP, I5_8250U);
        add(LAPTOP, LENOVO, "ThinkPad E14", 30, 2020, 2022, DOMESTIC_BRAND_FOREIGN_PARTS, pc, SerialStyle.LENOVO_TP, I5_10210U, I5_1135G7);
        add(LAPTOP, LENOVO, "昭阳K43c-80", 25, 2017, 2019, DOMESTIC_BRAND_FOREIGN_PARTS, pc, SerialStyle.LENOVO_TP, I5_8250U, I5_7200U);
        add(LAPTOP, LENOVO, "ThinkPad X1 Carbon 7th", 8, 2019, 2020, DOMESTIC_BRAND_FOREIGN_PARTS, pc, SerialStyle.LENOVO_TP, I7_8565U);
        add(LAPTOP, HUAWEI, "MateBook 14", 12, 2019, 2022, DOMESTIC_BRAND_FOREIGN_PARTS, pc, SerialStyle.HUAWEI, I5_10210U, R5_4600H);
        add(LAPTOP, DELL, "Latitude E5470", 15, 2016, 2017, US_BRAND, pc, SerialStyle.DELL, I5_6200U);
        add(LAPTOP, DELL, "Latitude 5400", 15, 2019, 2020, US_BRAND, pc, SerialStyle.DELL, I5_8265U);
        add(LAPTOP, DELL, "Latitude 3410", 15, 2020, 2022, US_BRAND, pc, SerialStyle.DELL, I5_10210U);
        add(LAPTOP, HP, "HP ProBook 440 G5", 15, 2018, 2019, US_BRAND, pc, SerialStyle.HP, I5_8250U);
        add(LAPTOP, HP, "HP ProBook 440 G7", 15, 2020, 2021, US_BRAND, pc, SerialStyle.HP, I5_10210U);
        add(LAPTOP, HP, "HP EliteBook 840 G6", 8, 2019, 2020, US_BRAND, pc, SerialStyle.HP, I5_8265U);
        add(LAPTOP, APPLE, "MacBook Pro (13-inch, 2019)", 5, 2019, 2020, US_BRAND, Platform.MAC_INTEL, SerialStyle.APPLE, I5_8257U);
        add(LAPTOP, APPLE, "MacBook Air (M1, 2020)", 4, 2021, 2022, US_BRAND, Platform.MAC_ARM, SerialStyle.APPLE, APPLE_M1);
        add(LAPTOP, ASUS, "VivoBook 14 X412FA", 6, 2019, 2020, OTHER_FOREIGN_BRAND, pc, SerialStyle.GENERIC, I5_8265U);
        add(LAPTOP, ACER, "TravelMate P214-52", 5, 2020, 2021, OTHER_FOREIGN_BRAND, pc, SerialStyle.GENERIC, I5_10210U);
        add(LAPTOP, HUAWEI, "擎云L410", 10, 2020, 2022, DOMESTIC_PLATFORM, Platform.DOMESTIC_NON_X86, SerialStyle.HUAWEI, KIRIN_990);
        add(LAPTOP, NO_BRAND, "", 3, 2014, 2019, UNKNOWN, pc, SerialStyle.NONE, "");

        // All-in-ones
        add(ALL_IN_ONE, LENOVO, "ThinkCentre M820z", 25, 2018, 2019, DOMESTIC_BRAND_FOREIGN_PARTS, pc, SerialStyle.LENOVO_PC, I5_8500);
        add(ALL_IN_ONE, DELL, "OptiPlex 7470 AIO", 15, 2019, 2020, US_BRAND, pc, SerialStyle.DELL, I5_9500);
        add(ALL_IN_ONE, HP, "HP ProOne 400 G4 20-inch Non-Touch AiO", 15, 2018, 2019, US_BRAND, pc, SerialStyle.HP, I5_8500T);
        add(ALL_IN_ONE, APPLE, "iMac (Retina 4K, 21.5-inch, 2019)", 5, 2019, 2020, US_BRAND, Platform.MAC_INTEL, SerialStyle.APPLE, I5_8500);

        // Servers
        Platform sx = Platform.SERVER_X86;
        add(SERVER, DELL, "PowerEdge R720", 10, 2012, 2014, US_BRAND, sx, SerialStyle.DELL, E5_2620);
        add(SERVER, DELL, "PowerEdge R730", 15, 2015, 2017, US_BRAND, sx, SerialStyle.DELL, E5_2620V4);
        add(SERVER, DELL, "PowerEdge R740", 15, 2018, 2021, US_BRAND, sx, SerialStyle.DELL, SILVER_4210R, GOLD_5218);
        add(SERVER, HPE, "ProLiant DL380 Gen9", 10, 2015, 2017, US_BRAND, sx, SerialStyle.HP, E5_2650V4);
        add(SERVER, HPE, "ProLiant DL380 Gen10", 12, 2018, 2022, US_BRAND, sx, SerialStyle.HP, SILVER_4210R);
        add(SERVER, IBM, "System x3650 M4", 8, 2012, 2014, US_BRAND, sx, SerialStyle.GENERIC, E5_2620);
        add(SERVER, SUPERMICRO, "SYS-6029P-TRT", 4, 2018, 2021, US_BRAND, sx, SerialStyle.GENERIC, SILVER_4210R);
        add(SERVER, VMWARE, "VMware Virtual Platform", 8, 2016, 2022, US_BRAND, Platform.VIRTUAL, SerialStyle.VMWARE, SILVER_4210R);
        add(SERVER, LENOVO, "ThinkSystem SR650", 12, 2018, 2022, DOMESTIC_BRAND_FOREIGN_PARTS, sx, SerialStyle.LENOVO_PC, SILVER_4210R, GOLD_5218);
        add(SERVER, INSPUR, "NF5280M5", 20, 2018, 2020, DOMESTIC_BRAND_FOREIGN_PARTS, sx, SerialStyle.NUMERIC, SILVER_4210R, GOLD_5218);
        add(SERVER, INSPUR, "NF5280M6", 8, 2021, 2022, DOMESTIC_BRAND_FOREIGN_PARTS, sx, SerialStyle.NUMERIC, SILVER_4314);
        add(SERVER, HUAWEI, "FusionServer 2288H V5", 12, 2018, 2020, DOMESTIC_BRAND_FOREIGN_PARTS, sx, SerialStyle.HUAWEI, GOLD_5218);
        add(SERVER, HUAWEI, "TaiShan 200 (Model 2280)", 12, 2020, 2022, DOMESTIC_PLATFORM, Platform.SERVER_DOMESTIC, SerialStyle.HUAWEI, KUNPENG_4826);
        add(SERVER, SUGON, "I620-G30", 10, 2020, 2022, DOMESTIC_PLATFORM, Platform.SERVER_DOMESTIC, SerialStyle.NUMERIC, HYGON_7185);
        add(SERVER, GREAT_WALL, "", 6, 2019, 2022, DOMESTIC_PLATFORM, Platform.SERVER_DOMESTIC, SerialStyle.NUMERIC, FT2000_64);

        // Printers
        device(PRINTER, HP, "LaserJet P1108", 20, 2012, 2016, US_BRAND, SerialStyle.HP, "");
        device(PRINTER, HP, "LaserJet Pro M203dn", 25, 2017, 2021, US_BRAND, SerialStyle.HP, "");
        device(PRINTER, HP, "LaserJet Pro MFP M227fdw", 15, 2017, 2021, US_BRAND, SerialStyle.HP, "");
        device(PRINTER, HP, "LaserJet Pro M404dn", 15, 2020, 2022, US_BRAND, SerialStyle.HP, "");
        device(PRINTER, CANON, "LBP2900", 15, 2012, 2016, OTHER_FOREIGN_BRAND, SerialStyle.GENERIC, "");
        device(PRINTER, CANON, "imageCLASS MF3010", 12, 2013, 2019, OTHER_FOREIGN_BRAND, SerialStyle.GENERIC, "");
        device(PRINTER, BROTHER, "DCP-7080D", 10, 2016, 2020, OTHER_FOREIGN_BRAND, SerialStyle.GENERIC, "");
        device(PRINTER, EPSON, "L3158", 8, 2018, 2021, OTHER_FOREIGN_BRAND, SerialStyle.GENERIC, "");
        device(PRINTER, KYOCERA, "ECOSYS M2040dn", 8, 2017, 2021, OTHER_FOREIGN_BRAND, SerialStyle.GENERIC, "");
        device(PRINTER, RICOH, "MP 2014AD", 6, 2016, 2020, OTHER_FOREIGN_BRAND, SerialStyle.GENERIC, "");
        device(PRINTER, SAMSUNG, "Xpress M2070", 6, 2014, 2017, OTHER_FOREIGN_BRAND, SerialStyle.GENERIC, "");
        device(PRINTER, LENOVO, "LJ2405D", 8, 2013, 2017, DOMESTIC_PLATFORM, SerialStyle.GENERIC, "");
        device(PRINTER, PANTUM, "P3010D", 12, 2019, 2022, DOMESTIC_PLATFORM, SerialStyle.GENERIC, "");
        device(PRINTER, PANTUM, "M6700DW", 8, 2019, 2022, DOMESTIC_PLATFORM, SerialStyle.GENERIC, "");
        device(PRINTER, NO_BRAND, "激光打印机", 3, 2012, 2018, UNKNOWN, SerialStyle.NONE, "");

        // Network
        device(NETWORK, CISCO, "WS-C2960X-24TS-L", 15, 2013, 2019, US_BRAND, SerialStyle.CISCO, "Cisco IOS 15.2(2)E");
        device(NETWORK, CISCO, "ISR4331/K9", 5, 2016, 2020, US_BRAND, SerialStyle.CISCO, "Cisco IOS XE 16.9");
        device(NETWORK, JUNIPER, "EX2300-24T", 3, 2018, 2021, US_BRAND, SerialStyle.GENERIC, "Junos OS 18.2");
        device(NETWORK, H3C, "S5130S-28S-EI", 15, 2017, 2022, DOMESTIC_PLATFORM, SerialStyle.H3C, "Comware V7");
        device(NETWORK, H3C, "MSR3620", 5, 2015, 2020, DOMESTIC_PLATFORM, SerialStyle.H3C, "Comware V7");
        device(NETWORK, HUAWEI, "S5720-28X-SI-AC", 15, 2016, 2021, DOMESTIC_PLATFORM, SerialStyle.HUAWEI, "VRP V200R011C10");
        device(NETWORK, RUIJIE, "RG-S2910-24GT4XS-E", 8, 2016, 2021, DOMESTIC_PLATFORM, SerialStyle.GENERIC, "RGOS 11.4");
        device(NETWORK, TPLINK, "TL-SG1024DT", 10, 2014, 2022, DOMESTIC_PLATFORM, SerialStyle.GENERIC, "");

        // Other devices
        device(OTHER, FUJITSU, "fi-7160", 10, 2015, 2021, OTHER_FOREIGN_BRAND, SerialStyle.GENERIC, "");
        device(OTHER, CANON, "DR-C225", 8, 2014, 2020, OTHER_FOREIGN_BRAND, SerialStyle.GENERIC, "");
        device(OTHER, EPSON, "CB-X05", 10, 2016, 2019, OTHER_FOREIGN_BRAND, SerialStyle.GENERIC, "");
        device(OTHER, HIKVISION, "DS-7808N-K2", 8, 2018, 2022, DOMESTIC_PLATFORM, SerialStyle.GENERIC, "");
        device(OTHER, NO_BRAND, "UPS", 5, 2012, 2020, UNKNOWN, SerialStyle.NONE, "");
    }

    /** Share of each kind in an estate, per mille. */
    private static final int[][] KIND_SHARE = {
        {DESKTOP.ordinal(), 520}, {LAPTOP.ordinal(), 150}, {ALL_IN_ONE.ordinal(), 60}, {SERVER.ordinal(), 30},
        {PRINTER.ordinal(), 130}, {NETWORK.ordinal(), 50}, {OTHER.ordinal(), 60}};

    private static final Map<Kind, Model[]> BY_KIND = new EnumMap<>(Kind.class);
    private static final Map<Kind, int[]> CUMULATIVE = new EnumMap<>(Kind.class);

    static {
        for (Kind k : Kind.values()) {
            List<Model> list = new ArrayList<>();
            for (Model m : MODELS) {
                if (m.kind() == k) {
                    list.add(m);
                }
            }
            Model[] arr = list.toArray(new Model[0]);
            int[] cum = new int[arr.length];
            int sum = 0;
            for (int i = 0; i < arr.length; i++) {
                sum += arr[i].weight();
                cum[i] = sum;
            }
            BY_KIND.put(k, arr);
            CUMULATIVE.put(k, cum);
        }
    }

    private Hardware() {
    }

    /** Every model line, for tests and documentation. */
    public static List<Model> models() {
        return List.copyOf(MODELS);
    }

    /** Draws a kind by its share. */
    static Kind kind(Rng r) {
        int x = r.nextInt(1000);
        int sum = 0;
        for (int[] s : KIND_SHARE) {
            sum += s[1];
            if (x < sum) {
                return Kind.values()[s[0]];
            }
        }
        return DESKTOP;
    }

    /** Draws a model of a kind by weight. */
    static Model model(Kind kind, Rng r) {
        int[] cum = CUMULATIVE.get(kind);
        int x = r.nextInt(cum[cum.length - 1]);
        for (int i = 0; i < cum.length; i++) {
            if (x < cum[i]) {
                return BY_KIND.get(kind)[i];
            }
        }
        return BY_KIND.get(kind)[cum.length - 1];
    }
}
