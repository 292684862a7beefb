package org.origo.inventory.spi;

import java.util.Locale;

import org.origo.model.Asset;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.OrigoFactory;
import org.origo.model.SoftwareInstall;
import org.origo.model.SoftwareTitle;
import org.origo.inventory.api.AssetSink;

/** Builds assets and components the same way in every importer. */
public final class Parts {

    private Parts() {
    }

    /** A new asset of kind {@code UNKNOWN} with the source file recorded. */
    public static Asset asset(String source) {
        Asset a = OrigoFactory.eINSTANCE.createAsset();
        a.setKind(org.origo.model.AssetKind.UNKNOWN);
        if (source != null) {
            a.getSources().add(source);
        }
        return a;
    }

    /**
     * Whether the asset's kind is known. EMF gives the first literal ({@code DESKTOP}) to an asset
     * whose kind was never set, so {@link #asset(String)} starts every asset as {@code UNKNOWN}
     * and "no kind yet" is asked this way.
     */
    public static boolean hasKind(Asset asset) {
        return asset.getKind() != org.origo.model.AssetKind.UNKNOWN;
    }

    /** Trimmed text, or null when blank. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }

    /**
     * Adds a component when it records anything. The vendor is given raw: the engine normalizes it
     * and keeps the raw value.
     */
    public static Component add(Asset asset, ComponentKind kind, String vendor, String product) {
        String v = clean(vendor);
        String p = clean(product);
        Component c = OrigoFactory.eINSTANCE.createComponent();
        c.setKind(kind);
        c.setVendor(v);
        c.setProduct(p);
        asset.getComponents().add(c);
        return c;
    }

    /** The first component of that kind, or null. */
    public static Component first(Asset asset, ComponentKind kind) {
        for (Component c : asset.getComponents()) {
            if (c.getKind() == kind) {
                return c;
            }
        }
        return null;
    }

    /** The component of that kind, created when missing. */
    public static Component one(Asset asset, ComponentKind kind) {
        Component c = first(asset, kind);
        return c != null ? c : add(asset, kind, null, null);
    }

    /** Adds an installation of the shared title, when it has a name. */
    public static SoftwareInstall install(Asset asset, AssetSink sink, String name, String publisher, String version) {
        String n = clean(name);
        if (n == null) {
            return null;
        }
        SoftwareTitle t = sink.title(n, clean(publisher), clean(version));
        SoftwareInstall i = OrigoFactory.eINSTANCE.createSoftwareInstall();
        i.setTitle(t);
        asset.getSoftware().add(i);
        return i;
    }

    /** Adds a key/value property to the asset. */
    public static void property(Asset asset, String key, String value) {
        if (value == null) {
            return;
        }
        org.origo.model.Property p = OrigoFactory.eINSTANCE.createProperty();
        p.setKey(key);
        p.setValue(value);
        asset.getProperties().add(p);
    }

    /**
     * A CPUID vendor string as the conventions want it: trimmed ({@code "  Shanghai  "} → {@code Shanghai}).
     */
    public static String cpuVendorId(String raw) {
        return clean(raw);
    }

    /** The CPU manufacturer a CPUID vendor id stands for, or null. */
    public static String cpuVendorOf(String vendorId) {
        if (vendorId == null) {
            return null;
        }
        switch (vendorId.trim()) {
        case "GenuineIntel":
            return "Intel";
        case "AuthenticAMD":
            return "AMD";
        case "HygonGenuine":
            return "Hygon";
        case "CentaurHauls":
            return "Centaur";
        case "Shanghai":
            return "Zhaoxin";
        case "VIA VIA VIA":
            return "VIA";
        default:
            return null;
        }
    }

    /** The designer an ARM {@code CPU implementer} code stands for (Arm's public implementer list), or null. */
    public static String armImplementer(String code) {
        if (code == null) {
            return null;
        }
        switch (code.trim().toLowerCase(Locale.ROOT)) {
        case "0x41":
            return "ARM";
        case "0x42":
            return "Broadcom";
        case "0x43":
            return "Cavium";
        case "0x46":
            return "Fujitsu";
        case "0x48":
            return "HiSilicon";
        case "0x4e":
            return "NVIDIA";
        case "0x50":
            return "Applied Micro";
        case "0x51":
            return "Qualcomm";
        case "0x53":
            return "Samsung";
        case "0x61":
            return "Apple";
        case "0x66":
            return "Faraday";
        case "0x69":
            return "Intel";
        case "0x70":
            return "Phytium";
        case "0xc0":
            return "Ampere";
        default:
            return null;
        }
    }

    /**
     * Architecture names as the conventions spell them: {@code x86_64}, {@code i686}, {@code aarch64},
     * {@code loongarch64}, {@code mips64el}, {@code sw_64}, {@code ppc64le}; other values trimmed.
     */
    public static String architecture(String raw) {
        String a = clean(raw);
        if (a == null) {
            return null;
        }
        String l = a.toLowerCase(Locale.ROOT);
        switch (l) {
        case "x86_64":
        case "amd64":
        case "x64":
        case "x86-64":
        case "64-bit":
        case "em64t":
            return "x86_64";
        case "i386":
        case "i486":
        case "i586":
        case "i686":
        case "x86":
        case "32-bit":
            return "i686";
        case "aarch64":
        case "arm64":
        case "arm64-v8a":
        case "armv8":
            return "aarch64";
        case "loongarch64":
        case "loong64":
            return "loongarch64";
        case "mips64el":
        case "mips64":
            return "mips64el";
        case "sw_64":
        case "sw64":
            return "sw_64";
        case "ppc64le":
        case "ppc64el":
            return "ppc64le";
        default:
            if (l.startsWith("arm64-v8a")) {
                return "aarch64";
            }
            return a;
        }
    }

    /** A PCI/USB vendor id as 4 lowercase hex digits ({@code 0x8086}, {@code 8086:1533} → {@code 8086}), or null. */
    public static String hexId(String raw) {
        String s = clean(raw);
        if (s == null) {
            return null;
        }
        int colon = s.indexOf(':');
        if (colon > 0) {
            s = s.substring(0, colon);
        }
        if (s.startsWith("0x") || s.startsWith("0X")) {
            s = s.substring(2);
        }
        if (s.isEmpty() || s.length() > 4) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return null;
            }
        }
        return ("0000" + s.toLowerCase(Locale.ROOT)).substring(s.length());
    }

    /** An integer from the leading digits of the text ({@code "8"}, {@code "8 cores"}), or -1. */
    public static int leadingInt(String s) {
        if (s == null) {
            return -1;
        }
        String t = s.trim();
        int i = 0;
        long v = 0;
        while (i < t.length() && Character.isDigit(t.charAt(i)) && i < 9) {
            v = v * 10 + (t.charAt(i) - '0');
            i++;
        }
        return i == 0 ? -1 : (int) v;
    }

    /** A size such as {@code 8192 MB}, {@code 16 GB}, {@code 512000} (MB when no unit) in megabytes, or -1. */
    public static long megabytes(String s) {
        if (s == null) {
            return -1;
        }
        String t = s.trim().toUpperCase(Locale.ROOT);
        int i = 0;
        while (i < t.length() && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.')) {
            i++;
        }
        if (i == 0) {
            return -1;
        }
        double v;
        try {
            v = Double.parseDouble(t.substring(0, i));
        } catch (NumberFormatException e) {
            return -1;
        }
        String unit = t.substring(i).trim();
        if (unit.startsWith("T")) {
            v *= 1024 * 1024;
        } else if (unit.startsWith("G")) {
            v *= 1024;
        } else if (unit.startsWith("K")) {
            v /= 1024;
        } else if (unit.startsWith("B") || unit.startsWith("BYTE")) {
            v /= 1024 * 1024;
        }
        return (long) v;
    }
}
