package org.origo.generator.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.origo.generator.GeneratedAsset;
import org.origo.generator.GeneratedAsset.Kind;
import org.origo.generator.GeneratorSettings;
import org.origo.generator.Software;
import org.origo.generator.internal.Hardware.Model;
import org.origo.generator.internal.Hardware.Platform;
import org.origo.generator.internal.Hardware.SerialStyle;
import org.origo.generator.internal.Titles.Title;

/**
 * Draws the assets of one estate. Each asset depends only on the seed and its index, so an estate
 * of any size is made in constant memory, in any order, and always the same.
 */
public final class Estate {

    /** How a machine's software is listed on the host. */
    public enum OsFamily {
        WINDOWS, WINDOWS_SERVER, DEB, RPM, MAC, ESXI, NONE
    }

    /** An asset and the facts its host files need beyond the ledger. */
    public record Machine(GeneratedAsset asset, Model model, OsFamily osFamily, String trueSerial, String uuid,
            List<Title> titles) {
    }

    /** Re-export noise around one asset's row. */
    public record Noise(boolean blankBefore, boolean headerBefore, boolean duplicateLater, boolean spaces,
            boolean slashDate) {
    }

    /** Rows after which a duplicated asset appears again. */
    public static final int DUPLICATE_LAG = 97;

    private static final int STREAM_ASSET = 1;
    private static final int STREAM_NOISE = 7;
    private static final int STREAM_UUID = 3;

    private final GeneratorSettings settings;
    private final Organisation organisation;

    public Estate(GeneratorSettings settings) {
        this.settings = settings;
        this.organisation = new Organisation(settings.assets());
    }

    public GeneratorSettings settings() {
        return settings;
    }

    public int siteCount() {
        return organisation.siteCount();
    }

    /** The noise of the row of asset {@code index}. */
    public Noise noise(long index) {
        Rng r = Rng.forAsset(settings.seed(), index, STREAM_NOISE);
        boolean blank = r.chance(2);
        boolean header = index > 0 && r.rare(300);
        boolean dup = r.chance(10);
        boolean spaces = r.chance(20);
        boolean slash = r.chance(30);
        return new Noise(blank, header, dup, spaces, slash);
    }

    /** Ledger rows below the first header, noise included. */
    public long rowCount() {
        long rows = 0;
        for (long i = 0; i < settings.assets(); i++) {
            Noise n = noise(i);
            rows += 1 + (n.blankBefore() ? 1 : 0) + (n.headerBefore() ? 1 : 0) + (n.duplicateLater() ? 1 : 0);
        }
        return rows;
    }

    /** Asset number {@code index} (0-based). */
    public Machine machine(long index) {
        Rng r = Rng.forAsset(settings.seed(), index, STREAM_ASSET);
        Kind kind = Hardware.kind(r);
        Model model = Hardware.model(kind, r);
        int year = r.between(model.from(), model.to());
        LocalDate purchased = LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
        String[] labels = model.brand().labels();
        String brand = labels.length == 1 || r.nextInt(10) < 6 ? labels[0] : labels[1 + r.nextInt(labels.length - 1)];
        String cpu = cpu(model, year, r);
        if (!cpu.isEmpty() && r.chance(30)) {
            cpu = ""; // not recorded in the ledger
        }
        Platform platform = model.platform();
        String os = operatingSystem(platform, year, model, r);
        OsFamily family = family(os, platform);
        Organisation.Unit site = organisation.site(r);
        Organisation.Department dept = organisation.department(site, r);
        String assetTag = tag(index);
        String hostname = hostname(kind, family, site, dept, index, r);
        String trueSerial = serial(model.serial(), r);
        String serial = trueSerial;
        if (model.serial() == SerialStyle.NUMERIC && r.chance(50)) {
            serial = excelDamage(trueSerial);
        }
        String owner = owner(kind, r);
        List<Title> titles = kind.computer() ? software(kind, family, year, site, dept, isArm(cpu, model), r) : List.of();
        List<Software> software = new ArrayList<>(titles.size());
        for (Title t : titles) {
            software.add(t.software());
        }
        String uuid = uuid(Rng.forAsset(settings.seed(), index, STREAM_UUID));
        GeneratedAsset asset = new GeneratedAsset(index, assetTag, hostname, serial, kind, brand, model.name(), cpu,
                os, site.name(), dept.name(), owner, purchased, List.copyOf(software), model.mix());
        return new Machine(asset, model, family, trueSerial, uuid, titles);
    }

    /** A processor the model shipped with in its purchase year: later years get the later processors. */
    private static String cpu(Model model, int year, Rng r) {
        String[] cpus = model.cpus();
        if (cpus.length == 0) {
            return "";
        }
        int span = model.to() - model.from() + 1;
        int at = (year - model.from()) * cpus.length / span;
        if (r.chance(200)) {
            at = r.nextInt(cpus.length);
        }
        return cpus[Math.min(cpus.length - 1, Math.max(0, at))];
    }

    static String tag(long index) {
        String n = Long.toString(index + 1);
        StringBuilder sb = new StringBuilder(10).append("ZC");
        for (int i = n.length(); i < 8; i++) {
            sb.append('0');
        }
        return sb.append(n).toString();
    }

    private static String operatingSystem(Platform platform, int year, Model model, Rng r) {
        switch (platform) {
            case PC_X86: {
                if (year >= 2020 && r.chance(20)) {
                    return r.chance(500) ? "统信UOS 专业版 V20" : "银河麒麟桌面操作系统 V10 SP1";
                }
                int y = year;
                if (y <= 2015 && r.chance(300)) {
                    y = 2018; // upgraded later
                }
                if (y <= 2012 && r.chance(100)) {
                    return "Windows XP 专业版";
                }
                if (y <= 2015) {
                    return r.pick(new String[] {"Windows 7 旗舰版", "Windows 7 专业版", "Windows 7 专业版",
                        "Microsoft Windows 7 Professional"});
                }
                if (y <= 2017 && r.chance(400)) {
                    return "Windows 7 专业版";
                }
                if (y >= 2022 && r.chance(200)) {
                    return "Windows 11 专业版";
                }
                int x = r.nextInt(10);
                return x < 7 ? "Windows 10 专业版" : x < 9 ? "Microsoft Windows 10 Pro" : "Windows 10 企业版";
            }
            case DOMESTIC_X86: {
                int x = r.nextInt(20);
                if (x < 2) {
                    return "Windows 10 专业版";
                }
                return x < 11 ? uos(r) : kylinDesktop(r);
            }
            case DOMESTIC_NON_X86:
                return r.nextInt(2) == 0 ? uos(r) : kylinDesktop(r);
            case SERVER_X86: {
                int x = r.nextInt(20);
                if (x < 3 && year >= 2016) {
                    return "VMware ESXi 6.7.0";
                }
                if (x < 9) {
                    return year <= 2014 ? "Windows Server 2008 R2 Enterprise"
                            : year <= 2017 ? "Windows Server 2012 R2 Standard"
                            : year <= 2019 ? "Windows Server 2016 Standard" : "Windows Server 2019 Datacenter";
                }
                if (x < 17) {
                    return year <= 2015 ? "CentOS release 6.8 (Final)" : "CentOS Linux release 7.9.2009 (Core)";
                }
                return "Red Hat Enterprise Linux Server release 7.6 (Maipo)";
            }
            case SERVER_DOMESTIC: {
                boolean hygon = model.cpus().length > 0 && model.cpus()[0].startsWith("Hygon");
                int x = r.nextInt(10);
                if (hygon && x < 3) {
                    return "CentOS Linux release 7.9.2009 (Core)";
                }
                return x < 7 ? "Kylin Linux Advanced Server V10 (Sword)" : "openEuler 20.03 (LTS-SP1)";
            }
            case VIRTUAL: {
                int x = r.nextInt(10);
                return x < 5 ? "Windows Server 2016 Standard" : x < 8 ? "CentOS Linux release 7.9.2009 (Core)"
                        : "Kylin Linux Advanced Server V10 (Sword)";
            }
            case MAC_INTEL:
                return year <= 2019 ? "macOS 10.15 Catalina" : "macOS 11 Big Sur";
            case MAC_ARM:
                return year <= 2021 ? "macOS 11 Big Sur" : "macOS 12 Monterey";
            case FIRMWARE:
                return model.firmware();
            default:
                return "";
        }
    }

    private static String uos(Rng r) {
        return r.nextInt(3) == 0 ? "UnionTech OS Desktop 20 Professional" : "统信UOS 专业版 V20";
    }

    private static String kylinDesktop(Rng r) {
        return r.nextInt(3) == 0 ? "Kylin Desktop V10 SP1" : "银河麒麟桌面操作系统 V10 SP1";
    }

    static OsFamily family(String os, Platform platform) {
        if (platform == Platform.FIRMWARE || platform == Platform.NONE || os.isEmpty()) {
            return OsFamily.NONE;
        }
        if (os.startsWith("Windows Server")) {
            return OsFamily.WINDOWS_SERVER;
        }
        if (os.contains("Windows")) {
            return OsFamily.WINDOWS;
        }
        if (os.startsWith("macOS")) {
            return OsFamily.MAC;
        }
        if (os.contains("ESXi")) {
            return OsFamily.ESXI;
        }
        if (os.contains("UOS") || os.contains("UnionTech") || os.contains("桌面")
                || os.startsWith("Kylin Desktop")) {
            return OsFamily.DEB;
        }
        return OsFamily.RPM;
    }

    private static final char[] ALNUM = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final char[] DELL_CHARS = "0123456789BCDFGHJKLMNPQRSTVWXYZ".toCharArray();
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static void append(StringBuilder sb, char[] alphabet, int n, Rng r) {
        for (int i = 0; i < n; i++) {
            sb.append(alphabet[r.nextInt(alphabet.length)]);
        }
    }

    private static final String[] PLACEHOLDER_SERIALS = {
        "To Be Filled By O.E.M.", "Default string", "0123456789", "System Serial Number", "", "None"};

    static String serial(SerialStyle style, Rng r) {
        StringBuilder sb = new StringBuilder(20);
        switch (style) {
            case DELL -> append(sb, DELL_CHARS, 7, r);
            case HP -> {
                sb.append(r.pick(new String[] {"CN", "5CD", "8CC", "4CE", "CNG"}));
                append(sb, ALNUM, 10 - sb.length(), r);
            }
            case LENOVO_PC -> {
                sb.append(r.pick(new String[] {"PC", "MJ0", "PF"}));
                append(sb, ALNUM, 8 - sb.length(), r);
            }
            case LENOVO_TP -> {
                sb.append(r.pick(new String[] {"PF", "R9", "PC"}));
                append(sb, ALNUM, 8 - sb.length(), r);
            }
            case APPLE -> {
                sb.append(r.pick(new String[] {"C02", "FVF", "C07"}));
                append(sb, ALNUM, 9, r);
            }
            case HUAWEI -> {
                sb.append("2102");
                append(sb, ALNUM, 16, r);
            }
            case NUMERIC -> {
                sb.append((char) ('1' + r.nextInt(9)));
                append(sb, "0123456789".toCharArray(), 15, r);
            }
            case CISCO -> {
                sb.append(r.pick(new String[] {"FOC", "FCW", "FDO"}));
                append(sb, ALNUM, 8, r);
            }
            case H3C -> {
                sb.append("219801A");
                append(sb, ALNUM, 13, r);
            }
            case GENERIC -> append(sb, ALNUM, 10 + r.nextInt(3), r);
            case VMWARE -> {
                sb.append("VMware-");
                for (int i = 0; i < 16; i++) {
                    if (i == 8) {
                        sb.append('-');
                    } else if (i > 0) {
                        sb.append(' ');
                    }
                    append(sb, "0123456789abcdef".toCharArray(), 2, r);
                }
            }
            case PLACEHOLDER -> sb.append(r.pick(PLACEHOLDER_SERIALS));
            default -> {
                // none recorded
            }
        }
        return sb.toString();
    }

    /** How Excel shows a long number typed into a General cell: {@code 6.37702E+15}. */
    public static String excelDamage(String digits) {
        java.math.BigDecimal v = new java.math.BigDecimal(digits).round(new java.math.MathContext(6))
                .stripTrailingZeros();
        String unscaled = v.unscaledValue().toString();
        int exponent = v.precision() - v.scale() - 1;
        String mantissa = unscaled.length() == 1 ? unscaled : unscaled.charAt(0) + "." + unscaled.substring(1);
        return mantissa + "E+" + exponent;
    }

    private static String hostname(Kind kind, OsFamily family, Organisation.Unit site, Organisation.Department dept,
            long index, Rng r) {
        if (kind == Kind.PRINTER || kind == Kind.OTHER) {
            return "";
        }
        if (r.chance(40)) {
            return "";
        }
        if (family == OsFamily.WINDOWS && r.chance(120)) {
            StringBuilder sb = new StringBuilder("DESKTOP-");
            append(sb, ALNUM, 7, r);
            return sb.toString();
        }
        if (family == OsFamily.WINDOWS_SERVER && r.chance(150)) {
            StringBuilder sb = new StringBuilder("WIN-");
            append(sb, ALNUM, 11, r);
            return sb.toString();
        }
        String type = switch (kind) {
            case LAPTOP -> "NB";
            case SERVER -> "SRV";
            case NETWORK -> "SW";
            case ALL_IN_ONE -> "AIO";
            default -> "PC";
        };
        StringBuilder sb = new StringBuilder(24).append(site.code()).append('-');
        if (kind != Kind.SERVER && kind != Kind.NETWORK) {
            sb.append(dept.code()).append('-');
        }
        return sb.append(type).append(index + 1).toString();
    }

    private static String owner(Kind kind, Rng r) {
        switch (kind) {
            case DESKTOP, LAPTOP, ALL_IN_ONE:
                return r.chance(50) ? "" : Organisation.person(r);
            case PRINTER, OTHER:
                return r.chance(500) ? "公用" : "";
            case SERVER:
                return r.chance(300) ? "信息中心" : "";
            default:
                return "";
        }
    }

    private static String uuid(Rng r) {
        StringBuilder sb = new StringBuilder(36);
        for (int i = 0; i < 32; i++) {
            if (i == 8 || i == 12 || i == 16 || i == 20) {
                sb.append('-');
            }
            sb.append(HEX[r.nextInt(16)]);
        }
        return sb.toString();
    }

    private static boolean isArm(String cpu, Model model) {
        String c = model.cpus().length > 0 ? model.cpus()[0] : cpu;
        return c.contains("Kunpeng") || c.contains("Phytium") || c.contains("Kirin") || c.contains("Loongson")
                || c.startsWith("Apple");
    }

    private List<Title> software(Kind kind, OsFamily family, int year, Organisation.Unit site,
            Organisation.Department dept, boolean nonX86, Rng r) {
        int min = settings.minSoftware();
        int max = settings.maxSoftware();
        List<Title> out = new ArrayList<>(max);
        switch (family) {
            case WINDOWS -> {
                int target = r.between(min, max);
                windowsDesktop(out, year, site, dept, r);
                fill(out, Titles.WINDOWS_TAIL, target, r);
                truncate(out, target);
            }
            case DEB -> {
                int target = r.between(min, max);
                linuxDesktop(out, r);
                fill(out, Titles.LINUX_TAIL, target, r);
                truncate(out, target);
            }
            case MAC -> {
                int target = r.between(min, max);
                fill(out, Titles.MAC, target, r);
                truncate(out, target);
            }
            case WINDOWS_SERVER -> {
                int target = r.between(Math.max(0, min / 2), Math.max(min / 2, max / 2));
                windowsServer(out, year, kind, r);
                fill(out, Titles.WINDOWS_SERVER_TAIL, target, r);
                truncate(out, target);
            }
            case RPM -> {
                int target = r.between(Math.max(0, min / 2), Math.max(min / 2, max / 2));
                linuxServer(out, nonX86, r);
                fill(out, Titles.LINUX_SERVER_TAIL, target, r);
                truncate(out, target);
            }
            default -> {
                // ESXi hosts and devices: nothing inventoried
            }
        }
        return out;
    }

    private static void add(List<Title> out, Title t) {
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) == t) { // titles are constants: identity is enough
                return;
            }
        }
        out.add(t);
    }

    private static void fill(List<Title> out, Title[] pool, int target, Rng r) {
        int attempts = 0;
        while (out.size() < target && attempts++ < pool.length * 3) {
            add(out, pool[r.nextInt(pool.length)]);
        }
    }

    private static void truncate(List<Title> out, int target) {
        while (out.size() > target) {
            out.remove(out.size() - 1);
        }
    }

    private static void windowsDesktop(List<Title> out, int year, Organisation.Unit site, Organisation.Department dept,
            Rng r) {
        Title ms = year <= 2013 ? Titles.OFFICE_2010 : year <= 2015 ? Titles.OFFICE_2013
                : year <= 2018 ? (r.chance(700) ? Titles.OFFICE_2016 : Titles.OFFICE_2016_STD) : Titles.OFFICE_2019;
        Title wps = year <= 2017 ? Titles.WPS_2016 : r.chance(500) ? Titles.WPS_2019 : Titles.WPS_GOV;
        int p = r.nextInt(100);
        int wpsOnly = year >= 2019 ? 40 : 20;
        if (p < wpsOnly) {
            add(out, wps);
        } else if (p < wpsOnly + 25) {
            add(out, ms);
            add(out, wps);
        } else {
            add(out, ms);
        }
        if (r.chance(700)) {
            add(out, Titles.CHROME);
        }
        if (r.chance(500)) {
            add(out, Titles.BROWSER_360);
        }
        if (r.chance(200)) {
            add(out, Titles.FIREFOX);
        }
        if (year >= 2018 && r.chance(600)) {
            add(out, Titles.EDGE);
        }
        if (r.chance(100)) {
            add(out, Titles.IE_COMPAT);
        }
        int s = r.nextInt(100);
        add(out, s < 55 ? Titles.SAFE_360 : s < 75 ? Titles.HUORONG : s < 90 ? Titles.TIANQING
                : s < 95 ? Titles.SYMANTEC : Titles.PCMGR);
        int a = r.nextInt(100);
        if (a < 50) {
            add(out, Titles.WINRAR);
        } else if (a < 75) {
            add(out, Titles.SEVENZIP);
        } else if (a < 90) {
            add(out, Titles.ZIP_360);
        } else if (a < 95) {
            add(out, Titles.BANDIZIP);
        }
        int d = r.nextInt(100);
        if (d < 55) {
            add(out, year >= 2017 ? Titles.ACROBAT : Titles.ACROBAT_OLD);
        } else if (d < 75) {
            add(out, Titles.FOXIT);
        }
        if (r.chance(650)) {
            add(out, Titles.SOGOU);
        } else if (r.chance(300)) {
            add(out, Titles.QQPINYIN);
        }
        if (r.chance(500)) {
            add(out, Titles.QQ);
        }
        if (r.chance(600)) {
            add(out, Titles.WECHAT);
        }
        if (r.chance(300)) {
            add(out, Titles.DINGTALK);
        }
        if (r.chance(150)) {
            add(out, Titles.WXWORK);
        }
        if (r.chance(200)) {
            add(out, Titles.SUNLOGIN);
        }
        if (r.chance(50)) {
            add(out, Titles.TEAMVIEWER);
        }
        String dn = dept.name();
        if (dn.contains("财务") || dn.contains("财政") || dn.contains("收费")) {
            int f = r.nextInt(10);
            if (f < 4) {
                add(out, Titles.YONYOU_U8);
            } else if (f < 7) {
                add(out, Titles.KINGDEE_K3);
            } else if (f < 8) {
                add(out, Titles.INSPUR_GS);
            }
            if (r.chance(600)) {
                add(out, Titles.TAX_INVOICE);
            }
            if (r.chance(500)) {
                add(out, Titles.TAX_IIT);
            }
            if (r.chance(500)) {
                add(out, Titles.CA_HELPER);
            }
        } else if (r.chance(30)) {
            add(out, Titles.YONYOU_U8);
        }
        if (site.type() == Organisation.UnitType.HOSPITAL && r.chance(700)) {
            add(out, Titles.HIS_CLIENT);
        }
        if (r.chance(150)) {
            add(out, Titles.GOV_VPN);
        }
    }

    private static void linuxDesktop(List<Title> out, Rng r) {
        add(out, r.chance(900) ? Titles.WPS_LINUX : Titles.YOZO_LINUX);
        if (r.chance(100)) {
            add(out, Titles.YOZO_LINUX);
        }
        if (r.chance(500)) {
            add(out, Titles.QAX_BROWSER);
        }
        if (r.chance(400)) {
            add(out, Titles.BROWSER_360_LINUX);
        }
        if (r.chance(400)) {
            add(out, Titles.FIREFOX_ESR);
        }
        if (r.chance(500)) {
            add(out, Titles.UOS_BROWSER);
        }
        if (r.chance(600)) {
            add(out, Titles.SOGOU_LINUX);
        }
        int s = r.nextInt(10);
        if (s < 4) {
            add(out, Titles.TIANQING_LINUX);
        } else if (s < 7) {
            add(out, Titles.SAFE_360_LINUX);
        }
    }

    private static void windowsServer(List<Title> out, int year, Kind kind, Rng r) {
        int db = r.nextInt(100);
        if (db < 45) {
            add(out, year < 2016 ? Titles.SQLSERVER_2012 : Titles.SQLSERVER_2016);
        } else if (db < 70) {
            add(out, Titles.ORACLE_11G);
        } else if (db < 90) {
            add(out, Titles.MYSQL_WIN);
        } else if (year >= 2019) {
            add(out, Titles.DM8_WIN);
        }
        if (r.chance(400)) {
            add(out, Titles.TOMCAT_WIN);
        }
        if (r.chance(150)) {
            add(out, Titles.NAVICAT);
        }
        if (r.chance(500)) {
            add(out, Titles.VMTOOLS);
        }
    }

    private static void linuxServer(List<Title> out, boolean nonX86, Rng r) {
        int db = r.nextInt(100);
        if (db < 25 && !nonX86) {
            add(out, Titles.ORACLE_11G_RPM);
        } else if (db < 50 && !nonX86) {
            add(out, Titles.MYSQL_RPM);
        } else if (db < 75) {
            add(out, Titles.DM8_RPM);
        } else {
            add(out, Titles.KINGBASE_RPM);
        }
        if (r.chance(300)) {
            add(out, Titles.TONGWEB_RPM);
        }
    }
}
