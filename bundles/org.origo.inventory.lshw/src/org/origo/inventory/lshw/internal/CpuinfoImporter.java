package org.origo.inventory.lshw.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.inventory.api.AssetSink;
import org.origo.inventory.api.ImportContext;
import org.origo.inventory.api.ImportSource;
import org.origo.inventory.api.InventoryImporter;
import org.origo.inventory.lshw.internal.i18n.LshwMessages;
import org.origo.inventory.spi.Encodings;
import org.origo.inventory.spi.Lines;
import org.origo.inventory.spi.Parts;
import org.origo.model.Asset;
import org.origo.model.Component;
import org.origo.model.ComponentKind;

/**
 * {@code /proc/cpuinfo} of one machine: the x86 CPUID vendor ({@code GenuineIntel},
 * {@code AuthenticAMD}, {@code HygonGenuine}, {@code CentaurHauls}, {@code "  Shanghai  "} kept
 * trimmed), ARM's {@code CPU implementer} / {@code CPU part}, LoongArch and MIPS {@code isa} lines.
 * One CPU component per physical package model, with its cores.
 */
@org.osgi.service.component.annotations.Component(service = InventoryImporter.class, property = {
        InventoryImporter.PROP_ID + "=cpuinfo", InventoryImporter.PROP_LABEL + "=/proc/cpuinfo",
        InventoryImporter.PROP_EXTENSIONS + "=txt", InventoryImporter.PROP_EXTENSIONS + "=cpuinfo" })
public class CpuinfoImporter implements InventoryImporter {

    @Override
    public String id() {
        return "cpuinfo";
    }

    @Override
    public Text label() {
        return LshwMessages.get("cpuinfo.label");
    }

    @Override
    public int sniff(ImportSource source) throws IOException {
        String head = new String(source.head(8192), StandardCharsets.UTF_8);
        boolean processor = head.startsWith("processor") || head.contains("\nprocessor\t") || head.contains("\nprocessor :")
                || head.startsWith("system type") || head.startsWith("Processor\t");
        boolean fields = head.contains("vendor_id") || head.contains("CPU implementer") || head.contains("model name")
                || head.contains("cpu model") || head.contains("Model Name") || head.contains("BogoMIPS");
        return processor && fields ? 85 : 0;
    }

    @Override
    public void read(ImportSource source, AssetSink sink, ImportContext context) throws OrigoException {
        String file = source.name();
        long line = 0;
        String vendorId = null;
        String model = null;
        String implementer = null;
        String part = null;
        String cpuArch = null;
        String isa = null;
        String flags = null;
        int processors = 0;
        int coresPerPackage = -1;
        Set<String> packages = new HashSet<>();
        try (InputStream in = source.open(); Lines r = new Lines(Encodings.reader(in, Encodings.detect(source.head(4096))))) {
            String l;
            while ((l = r.next()) != null) {
                line = r.lineNumber();
                int colon = l.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String key = l.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = l.substring(colon + 1);
                switch (key) {
                case "processor":
                    processors++;
                    break;
                case "vendor_id":
                    vendorId = first(vendorId, Parts.cpuVendorId(value));
                    break;
                case "model name":
                case "cpu model":
                    model = first(model, Parts.clean(value));
                    break;
                case "cpu implementer":
                    implementer = first(implementer, Parts.clean(value));
                    break;
                case "cpu part":
                    part = first(part, Parts.clean(value));
                    break;
                case "cpu architecture":
                    cpuArch = first(cpuArch, Parts.clean(value));
                    break;
                case "isa":
                    isa = first(isa, Parts.clean(value));
                    break;
                case "flags":
                    flags = first(flags, value);
                    break;
                case "cpu cores":
                    coresPerPackage = Parts.leadingInt(value);
                    break;
                case "physical id":
                case "package":
                    packages.add(value.strip());
                    break;
                default:
                    break;
                }
            }
        } catch (IOException e) {
            throw new OrigoException(LshwMessages.get("cpuinfo.unreadable", e.getMessage()), file, line, null, e);
        }
        if (processors == 0) {
            throw new OrigoException(LshwMessages.get("cpuinfo.no.processor"), file, 1, null, null);
        }
        Asset a = Parts.asset(null);
        String vendor = vendorId != null ? Parts.cpuVendorOf(vendorId) : Parts.armImplementer(implementer);
        Component cpu = Parts.add(a, ComponentKind.CPU, vendor, model);
        cpu.setVendorId(vendorId != null ? vendorId : implementer == null ? null : implementer.toLowerCase(Locale.ROOT));
        cpu.setDeviceId(part == null ? null : part.toLowerCase(Locale.ROOT));
        cpu.setArchitecture(architecture(vendorId, flags, cpuArch, isa));
        int sockets = Math.max(1, packages.size());
        cpu.setCores(coresPerPackage > 0 ? coresPerPackage * sockets : processors);
        sink.accept(a, 1);
    }

    private static String first(String have, String v) {
        return have != null ? have : v;
    }

    private static String architecture(String vendorId, String flags, String cpuArch, String isa) {
        if (vendorId != null) {
            if (flags == null) {
                return null;
            }
            for (String f : flags.strip().split(" ")) {
                if (f.equals("lm")) {
                    return "x86_64";
                }
            }
            return "i686";
        }
        if (cpuArch != null) {
            return cpuArch.equals("8") || cpuArch.equalsIgnoreCase("aarch64") ? "aarch64" : null;
        }
        if (isa != null) {
            String i = isa.toLowerCase(Locale.ROOT);
            if (i.contains("loongarch64")) {
                return "loongarch64";
            }
            if (i.contains("mips64")) {
                return "mips64el";
            }
        }
        return null;
    }
}
