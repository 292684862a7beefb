package org.origo.inventory.spi;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.origo.model.AssetKind;

/**
 * Maps what sources call a machine (SMBIOS chassis types, GLPI/OCS types, ledger columns in
 * English and Chinese) to {@link AssetKind}, and recognizes virtual platforms.
 */
public final class Kinds {

    private static final Map<String, AssetKind> WORDS = new HashMap<>();
    private static final java.util.regex.Pattern SPLIT = java.util.regex.Pattern.compile("[\\s/(),]+");

    static {
        put(AssetKind.DESKTOP, "desktop", "low profile desktop", "mini tower", "tower", "mini pc", "space-saving",
                "pizza box", "lunch box", "stick pc", "pc", "mini-tower", "low-profile", "low profile", "desktop computer", "台式机", "台式电脑", "台式计算机", "台式",
                "计算机", "电脑", "主机", "组装机", "兼容机");
        put(AssetKind.LAPTOP, "laptop", "notebook", "portable", "hand held", "sub notebook", "convertible",
                "detachable", "tablet", "netbook", "handheld", "笔记本", "笔记本电脑", "便携机", "便携式计算机", "平板", "平板电脑");
        put(AssetKind.ALL_IN_ONE, "all in one", "all-in-one", "aio", "一体机", "一体电脑");
        put(AssetKind.WORKSTATION, "workstation", "工作站", "图形工作站");
        put(AssetKind.SERVER, "server", "rack mount chassis", "main server chassis", "blade", "blade enclosure",
                "multi-system chassis", "expansion chassis", "rack", "rackmount", "rack mount", "服务器", "机架式服务器", "塔式服务器", "刀片服务器");
        put(AssetKind.THIN_CLIENT, "thin client", "thinclient", "瘦客户机", "云终端", "瘦终端");
        put(AssetKind.VIRTUAL_MACHINE, "virtual machine", "vm", "virtual", "虚拟机");
        put(AssetKind.PRINTER, "printer", "printers", "mfp", "multifunction printer", "打印机", "多功能一体机", "复印机",
                "激光打印机", "针式打印机");
        put(AssetKind.SCANNER, "scanner", "扫描仪", "高拍仪");
        put(AssetKind.NETWORK, "network", "networking", "network equipment", "networkequipment", "switch", "router",
                "firewall", "access point", "wireless", "交换机", "路由器", "防火墙", "网络设备", "无线ap", "网关");
        put(AssetKind.VIDEO, "video", "camera", "ip camera", "nvr", "dvr", "monitoring camera", "摄像头", "摄像机", "监控",
                "录像机", "视频会议终端");
        put(AssetKind.PHONE, "phone", "smartphone", "mobile", "ip phone", "手机", "电话", "话机");
        put(AssetKind.STORAGE, "storage", "nas", "san", "storage array", "存储", "存储设备", "磁盘阵列");
        put(AssetKind.OTHER, "other", "其他", "其它");
        put(AssetKind.UNKNOWN, "unknown", "未知");
    }

    private static void put(AssetKind kind, String... words) {
        for (String w : words) {
            WORDS.put(w, kind);
        }
    }

    private Kinds() {
    }

    /** The kind a type or chassis text names, or null when it names none. */
    public static AssetKind of(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (t.isEmpty()) {
            return null;
        }
        AssetKind k = WORDS.get(t);
        if (k != null) {
            return k;
        }
        // "Desktop PC", "Laptop (Notebook)": try each word
        for (String w : SPLIT.split(t)) {
            k = WORDS.get(w);
            if (k != null && k != AssetKind.OTHER && k != AssetKind.UNKNOWN) {
                return k;
            }
        }
        return null;
    }

    /**
     * The virtual platform a system manufacturer/product string reveals ({@code VMware},
     * {@code KVM}, {@code Hyper-V}, {@code VirtualBox}, {@code Xen}), or null for physical hardware.
     */
    public static String virtualPlatform(String manufacturer, String product) {
        String m = manufacturer == null ? "" : manufacturer.toLowerCase(Locale.ROOT);
        String p = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (m.contains("vmware") || p.startsWith("vmware")) {
            return "VMware";
        }
        if (p.contains("virtualbox") || m.contains("innotek")) {
            return "VirtualBox";
        }
        if (m.contains("microsoft") && p.contains("virtual machine")) {
            return "Hyper-V";
        }
        if (m.contains("qemu") || p.contains("kvm") || p.startsWith("standard pc (")) {
            return "KVM";
        }
        if (m.equals("xen") || p.contains("hvm domu")) {
            return "Xen";
        }
        if (m.contains("parallels")) {
            return "Parallels";
        }
        return null;
    }

    /** The virtual platform a GLPI/OCS {@code vmsystem} value names, or null for {@code Physical}. */
    public static String vmSystem(String vmsystem) {
        if (vmsystem == null || vmsystem.isBlank() || vmsystem.equalsIgnoreCase("physical")) {
            return null;
        }
        String v = vmsystem.trim();
        String l = v.toLowerCase(Locale.ROOT);
        if (l.contains("vmware")) {
            return "VMware";
        }
        if (l.contains("virtualbox")) {
            return "VirtualBox";
        }
        if (l.contains("hyper") || l.contains("virtual pc")) {
            return "Hyper-V";
        }
        if (l.contains("kvm") || l.contains("qemu")) {
            return "KVM";
        }
        return v;
    }
}
