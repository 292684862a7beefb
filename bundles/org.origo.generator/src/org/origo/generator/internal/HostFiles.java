package org.origo.generator.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.origo.generator.GeneratedAsset;
import org.origo.generator.GeneratedAsset.Kind;
import org.origo.generator.Software;
import org.origo.generator.internal.Estate.Machine;
import org.origo.generator.internal.Estate.OsFamily;
import org.origo.generator.internal.Titles.Title;

/**
 * Per-host inventory files as an agent collects them: {@code dmidecode.txt} (dmidecode's text
 * output), and the software as {@code uninstall.reg} (a regedit export of the Uninstall keys,
 * UTF-16LE with byte order mark), {@code dpkg.txt} ({@code dpkg-query} with package, architecture,
 * version, installed size and section, tab separated) or {@code rpm.txt} ({@code rpm -qa} with name,
 * architecture, version-release, install time, size, vendor, summary and group, tab separated).
 * Only computers with an inventory agent get files: not Macs, not ESXi hosts, not devices.
 */
public final class HostFiles {

    private final Path root;
    private long files;
    private long bytes;

    public HostFiles(Path root) {
        this.root = root;
    }

    public long files() {
        return files;
    }

    public long bytes() {
        return bytes;
    }

    /** The folder name of a machine: its asset tag and host name. */
    static String folder(GeneratedAsset a) {
        String host = a.hostname().replaceAll("[^A-Za-z0-9._-]", "_");
        return host.isEmpty() ? a.assetTag() : a.assetTag() + "_" + host;
    }

    /** Writes the files of one machine, if it has any. */
    public void write(Machine m) throws IOException {
        GeneratedAsset a = m.asset();
        if (!a.kind().computer() || m.osFamily() == OsFamily.MAC || m.osFamily() == OsFamily.ESXI
                || m.osFamily() == OsFamily.NONE) {
            return;
        }
        Path dir = root.resolve(folder(a));
        Files.createDirectories(dir);
        write(dir.resolve("dmidecode.txt"), dmidecode(m).getBytes(StandardCharsets.UTF_8));
        switch (m.osFamily()) {
            case WINDOWS, WINDOWS_SERVER -> write(dir.resolve("uninstall.reg"), registry(m));
            case DEB -> write(dir.resolve("dpkg.txt"), dpkg(m).getBytes(StandardCharsets.UTF_8));
            case RPM -> write(dir.resolve("rpm.txt"), rpm(m).getBytes(StandardCharsets.UTF_8));
            default -> {
                // nothing
            }
        }
    }

    private void write(Path file, byte[] content) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(content);
        }
        files++;
        bytes += content.length;
    }

    static String cpuVendor(String cpu) {
        if (cpu.contains("Intel")) {
            return "Intel(R) Corporation";
        }
        if (cpu.startsWith("AMD")) {
            return "Advanced Micro Devices, Inc.";
        }
        if (cpu.startsWith("Hygon")) {
            return "Chengdu Hygon";
        }
        if (cpu.contains("ZHAOXIN")) {
            return "Zhaoxin";
        }
        if (cpu.startsWith("Phytium")) {
            return "Phytium";
        }
        if (cpu.contains("Kunpeng") || cpu.contains("Kirin")) {
            return "HiSilicon";
        }
        if (cpu.startsWith("Loongson")) {
            return "Loongson";
        }
        return cpu.isEmpty() ? "To Be Filled By O.E.M." : "Unknown";
    }

    /** Core count of a processor model, as its data sheet gives it. */
    static int cores(String cpu) {
        String[][] known = {
            {"4210R", "10"}, {"5218", "16"}, {"4314", "16"}, {"E5-2620 v4", "8"}, {"E5-2620 0", "6"},
            {"E5-2650 v4", "12"}, {"7185", "32"}, {"3185", "8"}, {"KX-6640MA", "4"}, {"KX-U6780A", "8"},
            {"D2000", "8"}, {"FT-2000/4", "4"}, {"FT-2000+/64", "64"}, {"3211K", "8"}, {"4826", "48"},
            {"Kirin 990", "8"}, {"3A4000", "4"}, {"3A5000", "4"}, {"4600", "6"}, {"i7-9700", "8"},
            {"i7-8700", "6"}, {"i5-8", "6"}, {"i5-9", "6"}, {"i5-10", "6"}, {"i3-8", "4"}, {"i3-9", "4"},
            {"U CPU", "4"}, {"1135G7", "4"}, {"i7-4790", "4"}, {"i3-", "2"}, {"i5-", "4"}};
        for (String[] k : known) {
            if (cpu.contains(k[0])) {
                return Integer.parseInt(k[1]);
            }
        }
        return 4;
    }

    static String architecture(String cpu) {
        if (cpu.startsWith("Phytium") || cpu.contains("Kunpeng") || cpu.contains("Kirin")) {
            return "aarch64";
        }
        if (cpu.contains("3A5000")) {
            return "loongarch64";
        }
        if (cpu.contains("3A4000")) {
            return "mips64el";
        }
        return "x86_64";
    }

    static String biosVendor(Machine m) {
        String cpu = m.model().cpus().length > 0 ? m.model().cpus()[0] : "";
        return switch (m.model().serial()) {
            case DELL -> "Dell Inc.";
            case HP -> "HP";
            case LENOVO_PC, LENOVO_TP -> cpu.contains("ZHAOXIN") || cpu.startsWith("Phytium") ? "Byosoft" : "LENOVO";
            case HUAWEI -> cpu.contains("Intel") || cpu.startsWith("AMD") ? "Insyde Corp." : "Huawei Corp.";
            case VMWARE -> "Phoenix Technologies LTD";
            default -> cpu.startsWith("Phytium") || cpu.startsWith("Loongson") || cpu.contains("ZHAOXIN")
                    ? "Kunlun" : "American Megatrends Inc.";
        };
    }

    static String chassis(Kind kind) {
        return switch (kind) {
            case LAPTOP -> "Notebook";
            case ALL_IN_ONE -> "All In One";
            case SERVER -> "Rack Mount Chassis";
            default -> "Desktop";
        };
    }

    static String dmidecode(Machine m) {
        GeneratedAsset a = m.asset();
        String cpu = m.model().cpus().length > 0 ? a.cpu().isEmpty() ? m.model().cpus()[0] : a.cpu() : "";
        String vendor = m.model().brand().smbios();
        String product = a.model().isEmpty() ? "To Be Filled By O.E.M." : a.model();
        if (vendor.isEmpty()) {
            vendor = "To Be Filled By O.E.M.";
        }
        String serial = m.trueSerial().isEmpty() ? "To Be Filled By O.E.M." : m.trueSerial();
        int year = a.purchased().getYear();
        StringBuilder sb = new StringBuilder(2048);
        sb.append("# dmidecode 3.2\nGetting SMBIOS data from sysfs.\nSMBIOS 3.0.0 present.\n\n");
        sb.append("Handle 0x0000, DMI type 0, 26 bytes\nBIOS Information\n");
        sb.append("\tVendor: ").append(biosVendor(m)).append('\n');
        sb.append("\tVersion: ").append(1 + (year % 3)).append('.').append(year % 10).append(".0\n");
        sb.append("\tRelease Date: ").append(String.format(Locale.ROOT, "%02d/%02d/%d", a.purchased().getMonthValue(),
                a.purchased().getDayOfMonth(), year - 1)).append('\n');
        sb.append("\tROM Size: 16 MB\n\n");
        sb.append("Handle 0x0001, DMI type 1, 27 bytes\nSystem Information\n");
        sb.append("\tManufacturer: ").append(vendor).append('\n');
        sb.append("\tProduct Name: ").append(product).append('\n');
        sb.append("\tVersion: ").append(vendor.equals("LENOVO") ? product : "Not Specified").append('\n');
        sb.append("\tSerial Number: ").append(serial).append('\n');
        sb.append("\tUUID: ").append(m.uuid()).append('\n');
        sb.append("\tWake-up Type: Power Switch\n");
        sb.append("\tSKU Number: ").append(vendor.startsWith("To Be") ? "To Be Filled By O.E.M." : "Not Specified").append('\n');
        sb.append("\tFamily: ").append(product.contains(" ") ? product.substring(0, product.indexOf(' ')) : product)
                .append("\n\n");
        sb.append("Handle 0x0002, DMI type 2, 15 bytes\nBase Board Information\n");
        sb.append("\tManufacturer: ").append(vendor).append('\n');
        sb.append("\tProduct Name: ").append(vendor.startsWith("To Be") ? "Default string" : "0" + m.uuid().substring(0, 5))
                .append('\n');
        sb.append("\tSerial Number: ").append(serial.startsWith("To Be") ? "Default string" : "/" + serial + "/")
                .append("\n\n");
        sb.append("Handle 0x0003, DMI type 3, 22 bytes\nChassis Information\n");
        sb.append("\tManufacturer: ").append(vendor).append('\n');
        sb.append("\tType: ").append(chassis(a.kind())).append('\n');
        sb.append("\tLock: Not Present\n");
        sb.append("\tSerial Number: ").append(serial).append("\n\n");
        if (!cpu.isEmpty()) {
            int cores = cores(cpu);
            sb.append("Handle 0x0004, DMI type 4, 48 bytes\nProcessor Information\n");
            sb.append("\tSocket Designation: CPU 1\n\tType: Central Processor\n");
            sb.append("\tManufacturer: ").append(cpuVendor(cpu)).append('\n');
            sb.append("\tVersion: ").append(cpu).append('\n');
            sb.append("\tCore Count: ").append(cores).append('\n');
            sb.append("\tCore Enabled: ").append(cores).append('\n');
            sb.append("\tThread Count: ").append(cores).append("\n\n");
        }
        sb.append("Handle 0x0005, DMI type 17, 40 bytes\nMemory Device\n");
        sb.append("\tSize: ").append(a.kind() == Kind.SERVER ? "32 GB" : year >= 2018 ? "8 GB" : "4 GB").append('\n');
        sb.append("\tType: ").append(year >= 2016 ? "DDR4" : "DDR3").append('\n');
        sb.append("\tManufacturer: ").append(year % 2 == 0 ? "Samsung" : "SK Hynix").append("\n\n");
        return sb.toString();
    }

    /** Where a title registers: 64-bit machine, 32-bit machine or per user. */
    static String uninstallKey(Software s) {
        String pub = s.publisher();
        if (pub.equals(Titles.MS) || pub.startsWith("Oracle") || pub.startsWith("VMware")) {
            return "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\" + guid(s);
        }
        if (s.name().equals("微信") || s.name().equals("钉钉") || s.name().equals("企业微信") || s.name().contains("百度网盘")) {
            return "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\" + s.name();
        }
        return "HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\" + s.name();
    }

    /** A product code derived from the title, stable across runs. */
    static String guid(Software s) {
        Rng r = new Rng((s.publisher() + "|" + s.name()).hashCode() * 0x9E3779B97F4A7C15L);
        StringBuilder sb = new StringBuilder(38).append('{');
        for (int i = 0; i < 32; i++) {
            if (i == 8 || i == 12 || i == 16 || i == 20) {
                sb.append('-');
            }
            sb.append("0123456789ABCDEF".charAt(r.nextInt(16)));
        }
        return sb.append('}').toString();
    }

    static String regString(String v) {
        return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String hex2(String v) {
        byte[] b = (v + "\0").getBytes(StandardCharsets.UTF_16LE);
        StringBuilder sb = new StringBuilder(b.length * 3);
        for (int i = 0; i < b.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(String.format(Locale.ROOT, "%02x", b[i] & 0xff));
        }
        return sb.toString();
    }

    static byte[] registry(Machine m) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("Windows Registry Editor Version 5.00\r\n\r\n");
        String date = m.asset().purchased().toString().replace("-", "");
        for (Title t : m.titles()) {
            Software s = t.software();
            String key = uninstallKey(s);
            sb.append('[').append(key).append("]\r\n");
            sb.append("\"DisplayName\"=").append(regString(s.name())).append("\r\n");
            sb.append("\"DisplayVersion\"=").append(regString(s.version())).append("\r\n");
            sb.append("\"Publisher\"=").append(regString(s.publisher())).append("\r\n");
            sb.append("\"InstallDate\"=").append(regString(date)).append("\r\n");
            if (key.contains("{")) {
                sb.append("\"UninstallString\"=").append(regString("MsiExec.exe /X" + key.substring(key.lastIndexOf('{'))))
                        .append("\r\n");
            } else {
                sb.append("\"DisplayIcon\"=hex(2):").append(hex2("%ProgramFiles%\\" + s.name() + "\\uninst.exe"))
                        .append("\r\n");
            }
            sb.append("\r\n");
        }
        byte[] body = sb.toString().getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }

    private static final String[][] DEB_BASE = {
        {"base-files", "11.1", "340", "admin"}, {"bash", "5.0-4", "6436", "shells"},
        {"coreutils", "8.30-3", "15719", "utils"}, {"libc6", "2.28-10", "12193", "libs"},
        {"dpkg", "1.19.7", "6693", "admin"}, {"xorg", "1:7.7+19", "52", "x11"}};

    static String dpkg(Machine m) {
        String arch = switch (architecture(m.model().cpus().length > 0 ? m.model().cpus()[0] : "")) {
            case "aarch64" -> "arm64";
            case "loongarch64" -> "loong64";
            case "mips64el" -> "mips64el";
            default -> "amd64";
        };
        List<String[]> lines = new ArrayList<>();
        for (String[] b : DEB_BASE) {
            lines.add(new String[] {b[0], arch, b[1], b[2], b[3]});
        }
        for (Title t : m.titles()) {
            String pkg = t.pkg() == null ? t.software().name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.+-]", "") : t.pkg();
            if (pkg.isEmpty()) {
                continue;
            }
            lines.add(new String[] {pkg, arch, t.software().version(), Integer.toString(1000 + Math.abs(pkg.hashCode() % 90000)), "utils"});
        }
        lines.sort(Comparator.comparing(l -> l[0]));
        StringBuilder sb = new StringBuilder(1024);
        for (String[] l : lines) {
            sb.append(String.join("\t", l)).append('\n');
        }
        return sb.toString();
    }

    static String rpm(Machine m) {
        String arch = architecture(m.model().cpus().length > 0 ? m.model().cpus()[0] : "");
        String os = m.asset().os();
        String dist = os.startsWith("Kylin") ? "ky10" : os.startsWith("openEuler") ? "oe1" : os.contains("release 6") ? "el6" : "el7";
        String vendor = os.startsWith("Kylin") ? "KylinSoft" : os.startsWith("openEuler") ? "openEuler"
                : os.startsWith("CentOS") ? "CentOS" : "Red Hat, Inc.";
        long time = m.asset().purchased().toEpochDay() * 86400L + 36000L;
        StringBuilder sb = new StringBuilder(1024);
        // base packages with the versions each distribution shipped
        String bash = switch (dist) {
            case "el6" -> "4.1.2-48.el6";
            case "el7" -> "4.2.46-34.el7";
            case "oe1" -> "5.0-14.oe1";
            default -> "5.0.17-2.ky10";
        };
        String kernel = switch (dist) {
            case "el6" -> "2.6.32-754.el6";
            case "el7" -> "3.10.0-1160.el7";
            case "oe1" -> "4.19.90-2012.4.0.0053.oe1";
            default -> "4.19.90-24.4.v2101.ky10";
        };
        sb.append("bash\t").append(arch).append('\t').append(bash).append('\t').append(time)
                .append("\t6920000\t").append(vendor).append("\tThe GNU Bourne Again shell\tSystem Environment/Shells\n");
        sb.append("kernel\t").append(arch).append('\t').append(kernel).append('\t').append(time)
                .append("\t72000000\t").append(vendor).append("\tThe Linux kernel\tSystem Environment/Kernel\n");
        for (Title t : m.titles()) {
            Software s = t.software();
            String pkg = t.pkg() == null ? s.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.+-]", "") : t.pkg();
            sb.append(pkg).append('\t').append(arch).append('\t').append(s.version()).append("-1.").append(dist)
                    .append('\t').append(time + 3600).append('\t').append(100000 + Math.abs(pkg.hashCode() % 900000))
                    .append('\t').append(s.publisher()).append('\t').append(s.name()).append("\tApplications/System\n");
        }
        return sb.toString();
    }
}
