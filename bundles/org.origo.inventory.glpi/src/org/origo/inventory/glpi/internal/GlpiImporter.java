package org.origo.inventory.glpi.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.inventory.api.AssetSink;
import org.origo.inventory.api.ImportContext;
import org.origo.inventory.api.ImportSource;
import org.origo.inventory.api.InventoryImporter;
import org.origo.inventory.glpi.internal.i18n.GlpiMessages;
import org.origo.inventory.spi.AgentContent;
import org.origo.inventory.spi.Node;
import org.origo.inventory.spi.TreeReader;
import org.origo.model.Asset;
import org.origo.model.Severity;
import org.osgi.service.component.annotations.Component;

/**
 * GLPI native inventories (the JSON the GLPI agent sends): computers, phones, network equipment
 * and printers, full or partial ({@code "partial": true}, only some sections). Read with Jackson's
 * streaming parser into a bounded tree.
 */
@Component(service = InventoryImporter.class, property = { InventoryImporter.PROP_ID + "=glpi",
        InventoryImporter.PROP_LABEL + "=GLPI native inventory (JSON)", InventoryImporter.PROP_EXTENSIONS + "=json" })
public class GlpiImporter implements InventoryImporter {

    @Override
    public String id() {
        return "glpi";
    }

    @Override
    public Text label() {
        return GlpiMessages.get("importer.label");
    }

    @Override
    public int sniff(ImportSource source) throws IOException {
        String head = new String(source.head(16384), StandardCharsets.UTF_8);
        String t = head.stripLeading();
        if (!t.startsWith("{")) {
            return 0;
        }
        // a JSON schema (such as the GLPI inventory format's own) names the same keys but is no inventory
        if (head.contains("\"$schema\"")) {
            return 0;
        }
        boolean content = head.contains("\"content\"");
        boolean agent = head.contains("\"deviceid\"") || head.contains("\"versionclient\"") || head.contains("\"itemtype\"")
                || head.contains("\"bios\"") || head.contains("\"hardware\"");
        if (content && agent) {
            return 90;
        }
        return content ? 40 : 0;
    }

    @Override
    public void read(ImportSource source, AssetSink sink, ImportContext context) throws OrigoException {
        String file = source.name();
        Node root;
        try (InputStream in = source.open()) {
            root = TreeReader.json(in, file, "inventory");
        } catch (IOException e) {
            throw new OrigoException(GlpiMessages.get("glpi.unreadable", e.getMessage()), file, -1, null, e);
        }
        Node content = root.child("content");
        if (content == null) {
            throw new OrigoException(GlpiMessages.get("glpi.no.content"), file, 1, null, null);
        }
        if ("true".equalsIgnoreCase(root.get("partial"))) {
            List<String> sections = new ArrayList<>();
            for (Node c : content.children()) {
                if (!sections.contains(c.name())) {
                    sections.add(c.name());
                }
            }
            context.problem(Severity.INFO, content.line(), "partial",
                    GlpiMessages.get("glpi.partial", String.join(", ", sections)));
        }
        int vms = content.all("virtualmachines").size();
        if (vms > 0) {
            context.problem(Severity.INFO, content.child("virtualmachines").line(), "virtualmachines",
                    GlpiMessages.get("glpi.vms", vms));
        }
        List<Asset> assets = AgentContent.map(root, null, sink);
        if (assets.isEmpty()) {
            throw new OrigoException(GlpiMessages.get("glpi.no.asset"), file, content.line(), "content", null);
        }
        for (Asset a : assets) {
            sink.accept(a, content.line());
        }
    }
}
