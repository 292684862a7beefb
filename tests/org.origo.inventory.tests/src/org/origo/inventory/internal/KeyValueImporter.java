package org.origo.inventory.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.inventory.api.AssetSink;
import org.origo.inventory.api.ImportContext;
import org.origo.inventory.api.ImportSource;
import org.origo.inventory.api.InventoryImporter;
import org.origo.inventory.spi.Parts;
import org.origo.model.Asset;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.Severity;

/**
 * A tiny format for engine tests: first line {@code #kv}, then {@code key=value} lines, a blank
 * line between assets. Keys: hostname, serial, uuid, tag, mac, vendor, product, cpu, sw
 * (publisher|name|version), warn (a row-level warning), fail (an unreadable file).
 */
class KeyValueImporter implements InventoryImporter {

    @Override
    public String id() {
        return "kv";
    }

    @Override
    public Text label() {
        return new Text("key/value test format", "键值测试格式");
    }

    @Override
    public int sniff(ImportSource source) throws IOException {
        byte[] h = source.head(3);
        return h.length == 3 && h[0] == '#' && h[1] == 'k' && h[2] == 'v' ? 100 : 0;
    }

    @Override
    public void read(ImportSource source, AssetSink sink, ImportContext context) throws OrigoException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(source.open(), StandardCharsets.UTF_8))) {
            String l;
            long n = 0;
            Asset a = null;
            long start = 0;
            while ((l = r.readLine()) != null) {
                n++;
                if (n == 1) {
                    continue;
                }
                if (l.isBlank()) {
                    if (a != null) {
                        sink.accept(a, start);
                        a = null;
                    }
                    continue;
                }
                if (a == null) {
                    a = Parts.asset(null);
                    start = n;
                }
                int eq = l.indexOf('=');
                String k = l.substring(0, eq);
                String v = l.substring(eq + 1);
                switch (k) {
                case "hostname" -> a.setHostname(v);
                case "serial" -> a.setSerial(v);
                case "uuid" -> a.setUuid(v);
                case "tag" -> a.setAssetTag(v);
                case "mac" -> a.setMacAddress(v);
                case "site" -> a.setSite(v);
                case "department" -> a.setDepartment(v);
                case "vendor" -> Parts.one(a, ComponentKind.SYSTEM).setVendor(v);
                case "product" -> Parts.one(a, ComponentKind.SYSTEM).setProduct(v);
                case "cpu" -> Parts.add(a, ComponentKind.CPU, null, v);
                case "nic" -> {
                    Component c = Parts.add(a, ComponentKind.NIC, null, "network adapter");
                    c.setVendorId(v);
                }
                case "sw" -> {
                    String[] p = v.split("\\|", -1);
                    Parts.install(a, sink, p[1], p[0], p[2]);
                }
                case "warn" -> context.problem(Severity.WARNING, n, "warn", new Text("odd value " + v, "异常值 " + v));
                case "fail" -> throw new OrigoException(new Text("broken record", "损坏的记录"), source.name(), n, "fail", null);
                default -> throw new IllegalStateException("unknown key " + k);
                }
            }
            if (a != null) {
                sink.accept(a, start);
            }
        } catch (IOException e) {
            throw new OrigoException(new Text(e.getMessage(), e.getMessage()), source.name(), -1, null, e);
        }
    }
}
