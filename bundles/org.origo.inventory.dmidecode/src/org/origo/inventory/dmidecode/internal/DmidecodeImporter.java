package org.origo.inventory.dmidecode.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.inventory.api.AssetSink;
import org.origo.inventory.api.ImportContext;
import org.origo.inventory.api.ImportSource;
import org.origo.inventory.api.InventoryImporter;
import org.origo.inventory.dmidecode.internal.i18n.DmidecodeMessages;
import org.origo.inventory.spi.Encodings;
import org.origo.inventory.spi.Kinds;
import org.origo.inventory.spi.Lines;
import org.origo.inventory.spi.Parts;
import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.Severity;

/**
 * The text output of {@code dmidecode}: BIOS (type 0), system (1), base board (2), chassis (3),
 * processors (4) and memory devices (17) of one machine. Tab- or space-indented properties,
 * LF or CRLF line ends; nested lists (flags, characteristics) are skipped.
 */
@org.osgi.service.component.annotations.Component(service = InventoryImporter.class, property = {
        InventoryImporter.PROP_ID + "=dmidecode", InventoryImporter.PROP_LABEL + "=dmidecode output",
        InventoryImporter.PROP_EXTENSIONS + "=txt", InventoryImporter.PROP_EXTENSIONS + "=dmi",
        InventoryImporter.PROP_EXTENSIONS + "=dmidecode" })
public class DmidecodeImporter implements InventoryImporter {

    @Override
    public String id() {
        return "dmidecode";
    }

    @Override
    public Text label() {
        return DmidecodeMessages.get("importer.label");
    }

    @Override
    public int sniff(ImportSource source) throws IOException {
        String head = new String(source.head(8192), StandardCharsets.ISO_8859_1);
        boolean handle = head.contains("Handle 0x") && head.contains("DMI type");
        if (handle) {
            return 95;
        }
        return head.startsWith("# dmidecode") || head.contains("SMBIOS ") && head.contains(" present.") ? 70 : 0;
    }

    /** One SMBIOS structure: its type and first-level properties. */
    private static final class Block {
        int type = -1;
        String title;
        long line;
        final Map<String, String> props = new HashMap<>();

        String get(String k) {
            String v = props.get(k);
            return v == null ? null : Parts.clean(v);
        }
    }

    @Override
    public void read(ImportSource source, AssetSink sink, ImportContext context) throws OrigoException {
        String file = source.name();
        Asset a = Parts.asset(null);
        int blocks = 0;
        long line = 0;
        List<Block> unpopulated = new ArrayList<>(2);
        try (InputStream in = source.open();
                Lines lines = new Lines(Encodings.reader(in, Encodings.detect(source.head(4096))))) {
            Block b = null;
            int indent = -1;
            String l;
            while ((l = lines.next()) != null) {
                line = lines.lineNumber();
                if (l.startsWith("Handle 0x")) {
                    if (b != null) {
                        apply(b, a, context, unpopulated);
                    }
                    b = new Block();
                    b.line = line;
                    blocks++;
                    int t = l.indexOf("DMI type ");
                    if (t >= 0) {
                        b.type = Parts.leadingInt(l.substring(t + 9));
                    }
                    indent = -1;
                    continue;
                }
                if (b == null) {
                    continue;
                }
                if (l.isBlank()) {
                    continue;
                }
                int ws = 0;
                while (ws < l.length() && (l.charAt(ws) == '\t' || l.charAt(ws) == ' ')) {
                    ws++;
                }
                if (ws == 0) {
                    if (b.title == null) {
                        b.title = l.strip();
                    }
                    continue;
                }
                if (indent < 0) {
                    indent = ws;
                }
                if (ws > indent) {
                    continue; // a list item (flags, characteristics)
                }
                int colon = l.indexOf(':', ws);
                if (colon < 0) {
                    continue;
                }
                String key = l.substring(ws, colon).strip();
                String value = l.substring(colon + 1);
                b.props.putIfAbsent(key, value);
            }
            if (b != null) {
                apply(b, a, context, unpopulated);
            }
        } catch (IOException e) {
            throw new OrigoException(DmidecodeMessages.get("dmi.unreadable", e.getMessage()), file, line, null, e);
        }
        if (blocks == 0) {
            throw new OrigoException(DmidecodeMessages.get("dmi.empty"), file, 1, null, null);
        }
        runningCpu(a, unpopulated, context);
        finish(a);
        sink.accept(a, 1);
    }

    private static void apply(Block b, Asset a, ImportContext ctx, List<Block> unpopulated) {
        switch (b.type) {
        case 0: {
            Component f = Parts.add(a, ComponentKind.FIRMWARE, b.get("Vendor"), null);
            f.setVersion(b.get("Version"));
            Parts.property(a, "bios.date", b.get("Release Date"));
            break;
        }
        case 1: {
            if (Parts.first(a, ComponentKind.SYSTEM) != null) {
                break;
            }
            Component s = Parts.add(a, ComponentKind.SYSTEM, b.get("Manufacturer"), b.get("Product Name"));
            String sku = b.get("SKU Number");
            s.setModel(sku != null ? sku : b.get("Version"));
            s.setSerial(b.get("Serial Number"));
            a.setSerial(b.get("Serial Number"));
            a.setUuid(b.get("UUID"));
            Parts.property(a, "system.family", b.get("Family"));
            break;
        }
        case 2: {
            if (Parts.first(a, ComponentKind.BOARD) != null) {
                break;
            }
            Component m = Parts.add(a, ComponentKind.BOARD, b.get("Manufacturer"), b.get("Product Name"));
            m.setVersion(b.get("Version"));
            m.setSerial(b.get("Serial Number"));
            break;
        }
        case 3: {
            if (!Parts.hasKind(a)) {
                AssetKind k = Kinds.of(b.get("Type"));
                if (k != null && k != AssetKind.OTHER && k != AssetKind.UNKNOWN) {
                    a.setKind(k);
                }
            }
            if (a.getAssetTag() == null) {
                a.setAssetTag(b.get("Asset Tag"));
            }
            Component c = Parts.add(a, ComponentKind.CHASSIS, b.get("Manufacturer"), b.get("Type"));
            c.setSerial(b.get("Serial Number"));
            break;
        }
        case 4: {
            String status = b.get("Status");
            if (status != null && status.startsWith("Unpopulated")) {
                unpopulated.add(b);
                break;
            }
            cpu(a, b);
            break;
        }
        case 17: {
            long mb = Parts.megabytes(b.get("Size"));
            if (mb <= 0) {
                break; // "No Module Installed"
            }
            Component m = Parts.add(a, ComponentKind.MEMORY, b.get("Manufacturer"), b.get("Part Number"));
            m.setCapacityMb(mb);
            m.setSerial(b.get("Serial Number"));
            break;
        }
        case 39: {
            String model = b.get("Model Part Number");
            Component psu = Parts.add(a, ComponentKind.OTHER, b.get("Manufacturer"), b.get("Name"));
            psu.setModel(model);
            psu.setSerial(b.get("Serial Number"));
            Parts.property(a, "power.supply", b.get("Max Power Capacity"));
            break;
        }
        default:
            break;
        }
    }

    private static Component cpu(Asset a, Block b) {
        String vendor = b.get("Manufacturer");
        Component p = Parts.add(a, ComponentKind.CPU, vendor, b.get("Version"));
        String cpuid = Parts.cpuVendorOf(vendor) != null ? vendor : null;
        p.setVendorId(cpuid);
        int cores = Parts.leadingInt(b.get("Core Count"));
        if (cores > 0) {
            p.setCores(cores);
        }
        return p;
    }

    /**
     * Sockets marked "Unpopulated" are empty, except on firmware such as coreboot that writes the
     * running processor with that status: when no populated processor was recorded, the first
     * unpopulated record that names a maker or model is the CPU of the machine.
     */
    private static void runningCpu(Asset a, List<Block> unpopulated, ImportContext ctx) {
        boolean haveCpu = Parts.first(a, ComponentKind.CPU) != null;
        boolean used = false;
        for (Block b : unpopulated) {
            String socket = String.valueOf(b.get("Socket Designation"));
            if (!haveCpu && !used && (named(b.get("Version")) || named(b.get("Manufacturer")))) {
                cpu(a, b);
                used = true;
                ctx.problem(Severity.INFO, b.line, "Processor Information", DmidecodeMessages.get("dmi.unpopulated.running", socket));
            } else {
                ctx.problem(Severity.INFO, b.line, "Processor Information", DmidecodeMessages.get("dmi.unpopulated", socket));
            }
        }
    }

    private static boolean named(String v) {
        if (v == null || v.isBlank()) {
            return false;
        }
        String l = v.trim().toLowerCase(Locale.ROOT);
        return !(l.equals("not specified") || l.equals("unknown") || l.equals("<out of spec>") || l.equals("<bad index>"));
    }

    /** The kind from the virtual platform when the system is a guest; the hypervisor recorded. */
    private static void finish(Asset a) {
        Component s = Parts.first(a, ComponentKind.SYSTEM);
        String vm = s == null ? null : Kinds.virtualPlatform(s.getVendor(), s.getProduct());
        if (vm != null) {
            a.setKind(AssetKind.VIRTUAL_MACHINE);
            Parts.add(a, ComponentKind.HYPERVISOR, null, vm);
        }
        if (!Parts.hasKind(a)) {
            a.setKind(AssetKind.UNKNOWN);
        }
    }
}
