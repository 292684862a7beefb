package org.origo.inventory.cyclonedx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.inventory.api.AssetSink;
import org.origo.inventory.api.ImportContext;
import org.origo.inventory.api.ImportSource;
import org.origo.inventory.api.InventoryImporter;
import org.origo.inventory.cyclonedx.internal.i18n.CyclonedxMessages;
import org.origo.inventory.spi.Node;
import org.origo.inventory.spi.Parts;
import org.origo.inventory.spi.TreeReader;
import org.origo.model.Asset;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.Severity;

/**
 * CycloneDX JSON bills of materials of one machine: the described device
 * ({@code metadata.component}), and components of type {@code device}, {@code firmware},
 * {@code operating-system} and {@code application} (nested ones too). The vendor is the
 * component's {@code manufacturer}, else its {@code supplier}, {@code publisher} or {@code author}.
 * Libraries are counted, not listed as installed software.
 */
@org.osgi.service.component.annotations.Component(service = InventoryImporter.class, property = {
        InventoryImporter.PROP_ID + "=cyclonedx", InventoryImporter.PROP_LABEL + "=CycloneDX (JSON)",
        InventoryImporter.PROP_EXTENSIONS + "=json", InventoryImporter.PROP_EXTENSIONS + "=cdx.json" })
public class CycloneDxImporter implements InventoryImporter {

    @Override
    public String id() {
        return "cyclonedx";
    }

    @Override
    public Text label() {
        return CyclonedxMessages.get("importer.label");
    }

    @Override
    public int sniff(ImportSource source) throws IOException {
        String head = new String(source.head(8192), StandardCharsets.UTF_8);
        return head.stripLeading().startsWith("{") && head.contains("\"bomFormat\"") && head.contains("CycloneDX") ? 95 : 0;
    }

    @Override
    public void read(ImportSource source, AssetSink sink, ImportContext context) throws OrigoException {
        String file = source.name();
        Node root;
        try (InputStream in = source.open()) {
            root = TreeReader.json(in, file, "bom");
        } catch (IOException e) {
            throw new OrigoException(CyclonedxMessages.get("cdx.unreadable", e.getMessage()), file, -1, null, e);
        }
        if (!"CycloneDX".equals(root.get("bomFormat"))) {
            throw new OrigoException(CyclonedxMessages.get("cdx.not.bom"), file, 1, "bomFormat", null);
        }
        Asset a = Parts.asset(null);
        int[] counts = new int[2]; // recorded, libraries
        Node meta = root.child("metadata");
        Node main = meta == null ? null : meta.child("component");
        if (main != null) {
            component(main, a, sink, counts, true);
            Node mf = meta.child("manufacture");
            Component sys = Parts.first(a, ComponentKind.SYSTEM);
            if (sys != null && sys.getVendor() == null && mf != null) {
                sys.setVendor(Parts.clean(mf.get("name")));
            }
        }
        walk(root, a, sink, counts);
        if (counts[1] > 0) {
            context.problem(Severity.INFO, -1, "components", CyclonedxMessages.get("cdx.libraries", counts[1]));
        }
        if (counts[0] == 0) {
            throw new OrigoException(CyclonedxMessages.get("cdx.empty"), file, 1, "components", null);
        }
        sink.accept(a, 1);
    }

    private static void walk(Node parent, Asset a, AssetSink sink, int[] counts) {
        for (Node c : parent.all("components")) {
            component(c, a, sink, counts, false);
            walk(c, a, sink, counts);
        }
    }

    private static String vendor(Node c) {
        String v = c.get("manufacturer/name");
        if (v == null) {
            v = c.get("supplier/name");
        }
        if (v == null) {
            v = c.get("publisher");
        }
        if (v == null) {
            v = c.get("author");
        }
        return v;
    }

    private static void component(Node c, Asset a, AssetSink sink, int[] counts, boolean described) {
        String type = c.get("type");
        if (type == null) {
            return;
        }
        String name = c.get("name");
        String version = c.get("version");
        switch (type) {
        case "device": {
            boolean first = Parts.first(a, ComponentKind.SYSTEM) == null && (described || Parts.first(a, ComponentKind.SYSTEM) == null);
            Component d = Parts.add(a, first ? ComponentKind.SYSTEM : ComponentKind.OTHER, vendor(c), name);
            d.setVersion(Parts.clean(version));
            if (first) {
                String serial = property(c, "serialNumber");
                if (serial != null) {
                    a.setSerial(serial);
                }
            }
            counts[0]++;
            break;
        }
        case "firmware": {
            Component f = Parts.add(a, ComponentKind.FIRMWARE, vendor(c), name);
            f.setVersion(Parts.clean(version));
            counts[0]++;
            break;
        }
        case "operating-system": {
            Component o = Parts.add(a, ComponentKind.OS, vendor(c), name);
            o.setVersion(Parts.clean(version));
            counts[0]++;
            break;
        }
        case "application":
        case "platform":
            if (Parts.install(a, sink, name, vendor(c), version) != null) {
                counts[0]++;
            }
            break;
        case "library":
        case "framework":
            counts[1]++;
            break;
        default:
            break;
        }
    }

    /** A CycloneDX property ({@code properties: [{name, value}]}) whose name ends with the key. */
    private static String property(Node c, String key) {
        for (Node p : c.all("properties")) {
            String n = p.get("name");
            if (n != null && (n.equals(key) || n.endsWith(":" + key))) {
                return Parts.clean(p.get("value"));
            }
        }
        return null;
    }
}
