package org.origo.inventory.ocs.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.inventory.api.AssetSink;
import org.origo.inventory.api.ImportContext;
import org.origo.inventory.api.ImportSource;
import org.origo.inventory.api.InventoryImporter;
import org.origo.inventory.ocs.internal.i18n.OcsMessages;
import org.origo.inventory.spi.AgentContent;
import org.origo.inventory.spi.Node;
import org.origo.inventory.spi.TreeReader;
import org.origo.model.Asset;
import org.origo.model.Severity;
import org.osgi.service.component.annotations.Component;

/**
 * OCS Inventory / FusionInventory XML ({@code REQUEST/CONTENT/{BIOS,HARDWARE,CPUS,SOFTWARES,...}}),
 * SNMP inventories ({@code CONTENT/DEVICE/INFO}) and network discoveries (one {@code DEVICE} per
 * device). Read with StAX configured securely: no DTD, no external or internal entities.
 */
@Component(service = InventoryImporter.class, property = { InventoryImporter.PROP_ID + "=ocs",
        InventoryImporter.PROP_LABEL + "=OCS / FusionInventory XML", InventoryImporter.PROP_EXTENSIONS + "=xml",
        InventoryImporter.PROP_EXTENSIONS + "=ocs" })
public class OcsImporter implements InventoryImporter {

    @Override
    public String id() {
        return "ocs";
    }

    @Override
    public Text label() {
        return OcsMessages.get("importer.label");
    }

    @Override
    public int sniff(ImportSource source) throws IOException {
        String head = new String(source.head(8192), StandardCharsets.UTF_8);
        int req = head.indexOf("<REQUEST");
        if (req < 0) {
            return 0;
        }
        return head.indexOf("<CONTENT", req) > 0 || head.indexOf("<QUERY", req) > 0 ? 90 : 50;
    }

    @Override
    public void read(ImportSource source, AssetSink sink, ImportContext context) throws OrigoException {
        String file = source.name();
        Node root;
        try (InputStream in = source.open()) {
            root = TreeReader.xml(in, file);
        } catch (IOException e) {
            throw new OrigoException(OcsMessages.get("ocs.unreadable", e.getMessage()), file, -1, null, e);
        }
        Node content = root.child("content");
        if (!"request".equals(root.name()) || content == null) {
            throw new OrigoException(OcsMessages.get("ocs.no.content"), file, root.line(), root.name(), null);
        }
        List<Asset> assets = AgentContent.map(root, null, sink);
        if (assets.isEmpty()) {
            throw new OrigoException(OcsMessages.get("ocs.no.asset"), file, content.line(), "CONTENT", null);
        }
        if (assets.size() > 1) {
            context.problem(Severity.INFO, content.line(), "DEVICE", OcsMessages.get("ocs.devices", assets.size()));
        }
        for (Asset a : assets) {
            sink.accept(a, content.line());
        }
    }
}
