package org.origo.inventory.csv.ledger;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a ledger column holds, with the header names it is known by in English and Chinese.
 * Headers are compared after {@link #key(String)}: NFKC (full-width to half-width), lower case,
 * spaces, underscores, hyphens, dots, slashes and brackets removed.
 */
public enum Field {
    HOSTNAME("hostname", "hostname", "host", "host name", "computer name", "computer", "device name", "machine name",
            "pc name", "主机名", "主机名称", "计算机名", "计算机名称", "设备名称", "机器名"),
    SERIAL("serial", "serial", "serial number", "serial no", "sn", "s/n", "service tag", "序列号", "序列号sn", "sn号", "出厂编号",
            "机身序列号", "产品序列号", "设备序列号", "主机序列号"),
    UUID("uuid", "uuid", "system uuid", "smbios uuid", "系统uuid"),
    ASSET_TAG("asset_tag", "asset tag", "asset number", "asset no", "asset id", "inventory number", "tag", "资产编号",
            "资产标签", "资产号", "固定资产编号", "资产编码", "资产条码"),
    MAC("mac", "mac", "mac address", "物理地址", "mac地址", "网卡地址"),
    TYPE("type", "type", "asset type", "device type", "category", "kind", "chassis", "chassis type", "类型", "设备类型",
            "资产类型", "资产类别", "类别", "设备类别", "设备种类"),
    MANUFACTURER("manufacturer", "manufacturer", "brand", "vendor", "make", "maker", "system manufacturer", "品牌", "厂商",
            "制造商", "生产厂商", "生产厂家", "厂家", "品牌厂商"),
    MODEL("model", "model", "product", "product name", "system model", "型号", "规格型号", "设备型号", "产品型号", "品牌型号"),
    CPU("cpu", "cpu", "processor", "cpu model", "处理器", "cpu型号", "处理器型号", "中央处理器"),
    CPU_VENDOR("cpu_vendor", "cpu vendor", "cpu manufacturer", "processor manufacturer", "处理器厂商", "cpu厂商", "处理器品牌"),
    CPU_CORES("cpu_cores", "cores", "cpu cores", "core count", "核心数", "核数", "cpu核数"),
    ARCHITECTURE("architecture", "architecture", "arch", "isa", "架构", "指令集", "cpu架构"),
    OS("os", "os", "operating system", "os name", "操作系统", "系统", "操作系统名称"),
    OS_VERSION("os_version", "os version", "operating system version", "操作系统版本", "系统版本"),
    BIOS_VENDOR("bios_vendor", "bios vendor", "bios manufacturer", "firmware vendor", "bios厂商"),
    BIOS_VERSION("bios_version", "bios version", "firmware version", "bios版本"),
    MEMORY_MB("memory_mb", "memory", "ram", "memory mb", "ram mb", "内存", "内存mb", "内存大小", "内存容量"),
    SITE("site", "site", "location", "building", "office", "campus", "位置", "地点", "存放地点", "使用地点", "所在位置", "安放地点",
            "场所"),
    DEPARTMENT("department", "department", "dept", "division", "unit", "部门", "科室", "使用部门", "所属部门", "处室", "使用单位"),
    OWNER("owner", "owner", "user", "assigned to", "custodian", "使用人", "责任人", "保管人", "用户", "使用者"),
    PURCHASE_DATE("purchase_date", "purchase date", "purchased", "acquisition date", "date of purchase", "购置日期", "购买日期",
            "采购日期", "入账日期", "购入日期", "启用日期"),
    CRITICALITY("criticality", "criticality", "priority", "重要性", "重要程度", "重要等级"),
    SOFTWARE("software", "software", "installed software", "applications", "软件", "已安装软件", "安装软件", "软件列表"),
    IGNORE("ignore");

    private static final Map<String, Field> BY_KEY = new HashMap<>();
    private static final Map<String, Field> BY_ID = new HashMap<>();

    static {
        for (Field f : values()) {
            BY_ID.put(f.id, f);
            for (String s : f.synonyms) {
                BY_KEY.put(key(s), f);
            }
        }
    }

    private final String id;
    private final String[] synonyms;

    Field(String id, String... synonyms) {
        this.id = id;
        this.synonyms = synonyms;
    }

    /** The name used in mapping files and previews. */
    public String id() {
        return id;
    }

    /** The field a header names by its built-in synonyms, or null. */
    public static Field ofHeader(String header) {
        if (header == null) {
            return null;
        }
        return BY_KEY.get(key(header));
    }

    /** The field with this id ({@code serial}, {@code purchase_date}...), also accepting synonyms; or null. */
    public static Field ofId(String id) {
        if (id == null) {
            return null;
        }
        Field f = BY_ID.get(id.trim().toLowerCase(Locale.ROOT));
        return f != null ? f : ofHeader(id);
    }

    /** All field ids, for messages. */
    public static String ids() {
        StringBuilder sb = new StringBuilder();
        for (Field f : values()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(f.id);
        }
        return sb.toString();
    }

    /** How headers are compared. */
    public static String key(String header) {
        String t = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c) || c == '_' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')'
                    || c == '[' || c == ']' || c == '*' || c == ':' || c == '\uFEFF' || c == '#') {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
