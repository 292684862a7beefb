package org.origo.inventory.lshw.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.inventory.api.AssetSink;
import org.origo.inventory.api.ImportContext;
import org.origo.inventory.api.ImportSource;
import org.origo.inventory.api.InventoryImporter;
import org.origo.inventory.lshw.internal.i18n.LshwMessages;
import org.origo.inventory.spi.Kinds;
import org.origo.inventory.spi.Node;
import org.origo.inventory.spi.Parts;
import org.origo.inventory.spi.TreeReader;
import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Component;
import org.origo.model.ComponentKind;

/**
 * {@code lshw -json} output, in both forms lshw has printed: one object for the system (older
 * versions) or an array holding it (newer ones). Processor nodes of ARM machines often have no
 * vendor: nothing is invented for them.
 */
@org.osgi.service.component.annotations.Component(service = InventoryImporter.class, property = {
        InventoryImporter.PROP_ID + "=lshw", InventoryImporter.PROP_LABEL + "=lshw JSON",
        InventoryImporter.PROP_EXTENSIONS + "=json" })
public class LshwImporter implements InventoryImporter {

    @Override
    public String id() {
        return "lshw";
    }

    @Override
    public Text label() {
        return LshwMessages.get("importer.label");
    }

    @Override
    public int sniff(ImportSource source) throws IOException {
        String head = new String(source.head(8192), StandardCharsets.UTF_8);
        String t = head.stripLeading();
        if (!(t.startsWith("{") || t.startsWith("["))) {
            return 0;
        }
        boolean cls = head.contains("\"class\"");
        boolean lshw = head.contains("\"physid\"") || head.contains("\"claimed\"") || head.contains("\"handle\"")
                || head.contains("\"businfo\"");
        return cls && lshw ? 90 : 0;
    }

    @Override
    public void read(ImportSource source, AssetSink sink, ImportContext context) throws OrigoException {
        String file = source.name();
        Node root;
        try (InputStream in = source.open()) {
            root = TreeReader.json(in, file, "lshw");
        } catch (IOException e) {
            throw new OrigoException(LshwMessages.get("lshw.unreadable", e.getMessage()), file, -1, null, e);
        }
        Node system = "system".equals(root.get("class")) ? root : null;
        if (system == null) {
            for (Node item : root.all("item")) {
                if ("system".equals(item.get("class"))) {
                    system = item;
                    break;
                }
            }
        }
        if (system == null) {
            throw new OrigoException(LshwMessages.get("lshw.no.system"), file, 1, "class", null);
        }
        Asset a = Parts.asset(null);
        a.setHostname(Parts.clean(system.get("id")));
        a.setSerial(Parts.clean(system.get("serial")));
        a.setUuid(Parts.clean(system.get("configuration/uuid")));
        if (system.get("vendor") != null || system.get("product") != null) {
            Component s = Parts.add(a, ComponentKind.SYSTEM, system.get("vendor"), system.get("product"));
            s.setModel(Parts.clean(system.get("configuration/sku")));
            s.setVersion(Parts.clean(system.get("version")));
            s.setSerial(Parts.clean(system.get("serial")));
        }
        AssetKind k = Kinds.of(system.get("configuration/chassis"));
        if (k != null) {
            a.setKind(k);
        }
        walk(system, a);
        Component sys = Parts.first(a, ComponentKind.SYSTEM);
        String vm = sys == null ? null : Kinds.virtualPlatform(sys.getVendor(), sys.getProduct());
        if (vm != null) {
            a.setKind(AssetKind.VIRTUAL_MACHINE);
            Parts.add(a, ComponentKind.HYPERVISOR, null, vm);
        }
        sink.accept(a, system.line());
    }

    private static void walk(Node n, Asset a) {
        for (Node c : n.all("children")) {
            node(c, a);
            walk(c, a);
        }
    }

    private static void node(Node n, Asset a) {
        String cls = n.get("class");
        String id = n.get("id");
        if (cls == null) {
            return;
        }
        if ("true".equals(n.get("disabled"))) {
            return;
        }
        switch (cls) {
        case "bus":
            if (id != null && id.startsWith("core") && Parts.first(a, ComponentKind.BOARD) == null) {
                Component b = Parts.add(a, ComponentKind.BOARD, n.get("vendor"), n.get("product"));
                b.setSerial(Parts.clean(n.get("serial")));
                b.setVersion(Parts.clean(n.get("version")));
            }
            break;
        case "memory":
            if (id != null && id.startsWith("firmware")) {
                Component f = Parts.add(a, ComponentKind.FIRMWARE, n.get("vendor"), null);
                f.setVersion(Parts.clean(n.get("version")));
            } else if (id != null && id.startsWith("bank")) {
                long bytes = size(n);
                if (bytes > 0) {
                    Component m = Parts.add(a, ComponentKind.MEMORY, n.get("vendor"), n.get("product"));
                    m.setCapacityMb(bytes >> 20);
                    m.setSerial(Parts.clean(n.get("serial")));
                }
            }
            break;
        case "processor": {
            String product = n.get("product");
            Component p = Parts.add(a, ComponentKind.CPU, n.get("vendor"), product != null ? product : n.get("description"));
            int cores = Parts.leadingInt(n.get("configuration/cores"));
            if (cores > 0) {
                p.setCores(cores);
            }
            p.setArchitecture(architecture(n));
            break;
        }
        case "network": {
            Component nic = Parts.add(a, ComponentKind.NIC, n.get("vendor"), n.get("product"));
            String mac = Parts.clean(n.get("serial"));
            if (mac != null && mac.indexOf(':') > 0 && a.getMacAddress() == null && !"true".equals(n.get("configuration/virtual"))) {
                a.setMacAddress(mac.toLowerCase(Locale.ROOT));
            }
            nic.setVendorId(Parts.hexId(n.get("vendor_id")));
            break;
        }
        case "display":
            Parts.add(a, ComponentKind.GPU, n.get("vendor"), n.get("product")).setVendorId(Parts.hexId(n.get("vendor_id")));
            break;
        case "disk":
            if (id != null && (id.startsWith("disk") || id.startsWith("nvme"))) {
                Component d = Parts.add(a, ComponentKind.STORAGE, n.get("vendor"), n.get("product"));
                d.setSerial(Parts.clean(n.get("serial")));
                long bytes = size(n);
                if (bytes > 0) {
                    d.setCapacityMb(bytes >> 20);
                }
            }
            break;
        default:
            break;
        }
    }

    private static long size(Node n) {
        String s = n.get("size");
        if (s == null) {
            return -1;
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** From the capabilities lshw lists: x86-64, i686, or ARM's asimd (AArch64). */
    private static String architecture(Node n) {
        Node caps = n.child("capabilities");
        if (caps == null) {
            return null;
        }
        List<Node> all = caps.children();
        for (Node c : all) {
            if (c.name().equals("x86-64")) {
                return "x86_64";
            }
        }
        for (Node c : all) {
            if (c.name().equals("asimd") || c.name().equals("aarch64")) {
                return "aarch64";
            }
        }
        for (Node c : all) {
            if (c.name().equals("i686")) {
                return "i686";
            }
        }
        return null;
    }
}
