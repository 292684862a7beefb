package org.origo.origin.rules.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.OrigoFactory;
import org.origo.model.SoftwareCategory;
import org.origo.model.SoftwareInstall;
import org.origo.model.SoftwareTitle;
import org.origo.origin.knowledge.Knowledge;
import org.origo.origin.rules.RuleTests;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Builds assets from the shared dmidecode, GLPI JSON and OCS XML inventories the way the import
 * engine records them (see the shared importer conventions): only what the source says, vendor
 * canonical when known, placeholders cleared with the raw value kept, one shared title per software.
 * A small local reading of the three formats, enough to judge origin.
 */
final class Inventories {

    private final Knowledge k;
    private final Map<String, SoftwareTitle> titles = new HashMap<>();

    Inventories(Knowledge k) {
        this.k = k;
    }

    /** The shared software titles created so far (a project holds them in {@code softwareTitles}). */
    java.util.Collection<SoftwareTitle> titles() {
        return titles.values();
    }

    Asset read(Path f) throws Exception {
        String name = f.getFileName().toString();
        Asset a;
        if (name.endsWith(".json")) {
            a = glpi(new ObjectMapper().readTree(f.toFile()).path("content"), new ObjectMapper().readTree(f.toFile()).path("itemtype").asText(""));
        } else if (name.endsWith(".xml")) {
            a = ocs(f);
        } else {
            a = dmidecode(Files.readAllLines(f, StandardCharsets.ISO_8859_1));
        }
        a.setId(name);
        a.getSources().add(f.toString());
        return a;
    }

    // ------------------------------------------------------------------ dmidecode

    private Asset dmidecode(List<String> lines) {
        List<Map.Entry<String, Map<String, String>>> sections = new ArrayList<>();
        Map<String, String> current = null;
        boolean expectTitle = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (raw.startsWith("Handle ")) {
                expectTitle = true;
                continue;
            }
            if (expectTitle && !line.isEmpty()) {
                current = new LinkedHashMap<>();
                sections.add(Map.entry(line, current));
                expectTitle = false;
                continue;
            }
            int colon = line.indexOf(':');
            if (current != null && colon > 0) {
                current.putIfAbsent(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        Asset a = OrigoFactory.eINSTANCE.createAsset();
        AssetKind kind = AssetKind.UNKNOWN;
        for (var s : sections) {
            Map<String, String> v = s.getValue();
            switch (s.getKey()) {
            case "BIOS Information":
                add(a, ComponentKind.FIRMWARE, v.get("Vendor"), null).setVersion(v.get("Version"));
                break;
            case "System Information":
                add(a, ComponentKind.SYSTEM, v.get("Manufacturer"), v.get("Product Name"));
                if (isVirtual(v.get("Manufacturer"), v.get("Product Name"))) {
                    kind = AssetKind.VIRTUAL_MACHINE;
                    add(a, ComponentKind.HYPERVISOR, v.get("Manufacturer"), v.get("Product Name"));
                }
                a.setSerial(v.get("Serial Number"));
                break;
            case "Base Board Information":
                add(a, ComponentKind.BOARD, v.get("Manufacturer"), v.get("Product Name"));
                break;
            case "Chassis Information":
                if (kind != AssetKind.VIRTUAL_MACHINE) {
                    kind = chassis(v.get("Type"));
                }
                break;
            case "Processor Information":
                String status = v.getOrDefault("Status", "");
                String version = v.get("Version");
                if (status.contains("Unpopulated") || "Not Installed".equalsIgnoreCase(version)) {
                    break;
                }
                add(a, ComponentKind.CPU, v.get("Manufacturer"), version);
                break;
            default:
                break;
            }
        }
        a.setKind(kind);
        return a;
    }

    private static boolean isVirtual(String vendor, String product) {
        String s = ((vendor == null ? "" : vendor) + " " + (product == null ? "" : product)).toLowerCase(Locale.ROOT);
        return s.contains("vmware") || s.contains("qemu") || s.contains("innotek") || s.contains("virtualbox")
                || s.contains("virtual machine") || s.contains("kvm");
    }

    static AssetKind chassis(String type) {
        if (type == null) {
            return AssetKind.UNKNOWN;
        }
        switch (type.trim().toLowerCase(Locale.ROOT)) {
        case "desktop":
        case "low profile desktop":
        case "mini tower":
        case "tower":
        case "space-saving":
        case "mini pc":
            return AssetKind.DESKTOP;
        case "notebook":
        case "laptop":
        case "portable":
        case "sub notebook":
        case "convertible":
        case "detachable":
        case "tablet":
        case "hand held":
            return AssetKind.LAPTOP;
        case "all in one":
            return AssetKind.ALL_IN_ONE;
        case "rack mount chassis":
        case "main server chassis":
        case "blade":
        case "multi-system chassis":
            return AssetKind.SERVER;
        default:
            return AssetKind.UNKNOWN;
        }
    }

    // ------------------------------------------------------------------ GLPI JSON

    private Asset glpi(JsonNode c, String itemtype) {
        Asset a = OrigoFactory.eINSTANCE.createAsset();
        JsonNode bios = c.path("bios");
        JsonNode hw = c.path("hardware");
        AssetKind kind = switch (itemtype) {
        case "Phone" -> AssetKind.PHONE;
        case "Printer" -> AssetKind.PRINTER;
        case "NetworkEquipment" -> AssetKind.NETWORK;
        default -> chassis(text(hw, "chassis_type"));
        };
        if (kind == AssetKind.UNKNOWN && !text(hw, "vmsystem", "Physical").equals("Physical") && !hw.isMissingNode()) {
            kind = AssetKind.VIRTUAL_MACHINE;
        }
        if (!bios.isMissingNode()) {
            add(a, ComponentKind.SYSTEM, text(bios, "smanufacturer"), text(bios, "smodel"));
            add(a, ComponentKind.FIRMWARE, text(bios, "bmanufacturer"), null).setVersion(text(bios, "bversion"));
            a.setSerial(text(bios, "ssn"));
        }
        JsonNode dev = c.path("network_device");
        if (!dev.isMissingNode()) {
            add(a, ComponentKind.SYSTEM, text(dev, "manufacturer"), text(dev, "model"));
            String t = text(dev, "type");
            if (kind == AssetKind.UNKNOWN && t != null) {
                kind = device(t);
            }
        }
        for (JsonNode cpu : c.path("cpus")) {
            add(a, ComponentKind.CPU, text(cpu, "manufacturer"), text(cpu, "name"));
        }
        JsonNode os = c.path("operatingsystem");
        if (!os.isMissingNode()) {
            String n = text(os, "full_name") != null ? text(os, "full_name") : text(os, "name");
            add(a, ComponentKind.OS, null, n).setVersion(text(os, "version"));
        }
        for (JsonNode s : c.path("softwares")) {
            software(a, text(s, "name"), text(s, "publisher"), text(s, "version"));
        }
        a.setKind(kind);
        return a;
    }

    private static String text(JsonNode n, String field) {
        return text(n, field, null);
    }

    private static String text(JsonNode n, String field, String def) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() ? def : v.asText();
    }

    private static AssetKind device(String type) {
        String t = type.toUpperCase(Locale.ROOT);
        if (t.contains("NETWORK")) {
            return AssetKind.NETWORK;
        }
        if (t.contains("PRINTER")) {
            return AssetKind.PRINTER;
        }
        if (t.contains("STORAGE")) {
            return AssetKind.STORAGE;
        }
        if (t.contains("PHONE")) {
            return AssetKind.PHONE;
        }
        return AssetKind.OTHER;
    }

    // ------------------------------------------------------------------ OCS / FusionInventory XML

    private Asset ocs(Path f) throws Exception {
        Document d;
        try (InputStream in = Files.newInputStream(f)) {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            d = dbf.newDocumentBuilder().parse(in);
        } catch (IOException e) {
            throw e;
        }
        Element content = child(d.getDocumentElement(), "CONTENT");
        Asset a = OrigoFactory.eINSTANCE.createAsset();
        AssetKind kind = AssetKind.UNKNOWN;
        Element bios = child(content, "BIOS");
        if (bios != null) {
            add(a, ComponentKind.SYSTEM, value(bios, "SMANUFACTURER"), value(bios, "SMODEL"));
            add(a, ComponentKind.FIRMWARE, value(bios, "BMANUFACTURER"), null).setVersion(value(bios, "BVERSION"));
            a.setSerial(value(bios, "SSN"));
        }
        Element hw = child(content, "HARDWARE");
        if (hw != null) {
            kind = chassis(value(hw, "CHASSIS_TYPE"));
            String vm = value(hw, "VMSYSTEM");
            if (kind == AssetKind.UNKNOWN && vm != null && !vm.equals("Physical")) {
                kind = AssetKind.VIRTUAL_MACHINE;
            }
            a.setHostname(value(hw, "NAME"));
        }
        for (Element cpu : children(content, "CPUS")) {
            add(a, ComponentKind.CPU, value(cpu, "MANUFACTURER"), value(cpu, "NAME"));
        }
        Element os = child(content, "OPERATINGSYSTEM");
        String osName = os != null && value(os, "FULL_NAME") != null ? value(os, "FULL_NAME") : hw == null ? null : value(hw, "OSNAME");
        if (osName != null) {
            add(a, ComponentKind.OS, null, osName);
        }
        for (Element s : children(content, "SOFTWARES")) {
            software(a, value(s, "NAME"), value(s, "PUBLISHER"), value(s, "VERSION"));
        }
        // network inventory (SNMP) and discovery: DEVICE/INFO or DEVICE directly
        Element device = child(content, "DEVICE");
        if (device != null) {
            Element info = child(device, "INFO") != null ? child(device, "INFO") : device;
            String manufacturer = value(info, "MANUFACTURER");
            String model = value(info, "MODEL");
            String type = value(info, "TYPE");
            if (manufacturer != null || model != null) {
                add(a, ComponentKind.SYSTEM, manufacturer, model);
            }
            if (type != null) {
                kind = device(type);
            }
            a.setHostname(value(info, "SNMPHOSTNAME") != null ? value(info, "SNMPHOSTNAME") : value(info, "NAME"));
            for (Element fw : children(device, "FIRMWARES")) {
                add(a, ComponentKind.FIRMWARE, value(fw, "MANUFACTURER"), value(fw, "NAME")).setVersion(value(fw, "VERSION"));
            }
        }
        a.setKind(kind);
        return a;
    }

    private static Element child(Element e, String tag) {
        if (e == null) {
            return null;
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && el.getTagName().equals(tag)) {
                return el;
            }
        }
        return null;
    }

    private static List<Element> children(Element e, String tag) {
        List<Element> out = new ArrayList<>();
        if (e == null) {
            return out;
        }
        NodeList nl = e.getChildNodes();
        for (int i = 0; i < nl.getLength(); i++) {
            if (nl.item(i) instanceof Element el && el.getTagName().equals(tag)) {
                out.add(el);
            }
        }
        return out;
    }

    private static String value(Element e, String tag) {
        Element c = child(e, tag);
        if (c == null) {
            return null;
        }
        String t = c.getTextContent().trim();
        return t.isEmpty() ? null : t;
    }

    // ------------------------------------------------------------------ shared

    private Component add(Asset a, ComponentKind kind, String vendor, String product) {
        Component c = OrigoFactory.eINSTANCE.createComponent();
        c.setKind(kind);
        if ((vendor == null || vendor.isBlank()) && (product == null || product.isBlank())) {
            return c; // the source says nothing about this part: not recorded
        }
        String raw = vendor == null ? null : vendor.strip();
        c.setRawVendor(raw == null || raw.isEmpty() ? null : raw);
        c.setVendor(RuleTests.canonical(raw, k));
        c.setProduct(product == null || product.isBlank() ? null : product.strip());
        a.getComponents().add(c);
        return c;
    }

    private void software(Asset a, String name, String publisher, String version) {
        if (name == null) {
            return;
        }
        String key = name + '|' + publisher + '|' + version;
        SoftwareTitle t = titles.computeIfAbsent(key, x -> {
            SoftwareTitle nt = OrigoFactory.eINSTANCE.createSoftwareTitle();
            nt.setKey(x);
            nt.setName(name);
            nt.setRawPublisher(publisher);
            nt.setPublisher(RuleTests.canonical(publisher, k));
            nt.setVersion(version);
            nt.setCategory(SoftwareCategory.OTHER);
            return nt;
        });
        SoftwareInstall si = OrigoFactory.eINSTANCE.createSoftwareInstall();
        si.setTitle(t);
        a.getSoftware().add(si);
    }
}
