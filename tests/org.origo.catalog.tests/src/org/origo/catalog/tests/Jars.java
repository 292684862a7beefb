package org.origo.catalog.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.origo.catalog.sdk.CatalogChecksums;

/** Builds data-only catalog bundles (a JSON file, a component description, a manifest) in memory. */
final class Jars {

    private Jars() {
    }

    /**
     * A bundle whose catalog component is {@code DataCatalog}. {@code pinnedJson} is the content the
     * manifest checksum is computed over; {@code shippedJson} the one actually put in the jar (a
     * different value simulates tampering).
     */
    static byte[] dataCatalogBundle(String bsn, String catalogId, String vendor, String pinnedJson, String shippedJson)
            throws IOException {
        String path = "catalog/" + catalogId + ".json";
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", bsn);
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Import-Package", "org.origo.catalog.api;version=\"[1.0,2)\",org.origo.catalog.sdk;version=\"[1.0,2)\"");
        a.putValue("Service-Component", "OSGI-INF/catalog.xml");
        a.putValue(CatalogChecksums.HEADER, CatalogChecksums.entry(path, pinnedJson.getBytes(StandardCharsets.UTF_8)));
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"" + bsn + ".catalog\">\n"
                + "  <property name=\"origo.catalog.id\" type=\"String\" value=\"" + catalogId + "\"/>\n"
                + "  <property name=\"origo.catalog.vendor\" type=\"String\" value=\"" + vendor + "\"/>\n"
                + "  <service><provide interface=\"org.origo.catalog.api.ReplacementCatalog\"/></service>\n"
                + "  <implementation class=\"org.origo.catalog.sdk.DataCatalog\"/>\n" + "</scr:component>\n";
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("OSGI-INF/catalog.xml", xml);
        entries.put(path, shippedJson);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(out, m)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(e.getKey()));
                jar.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A small valid catalog with one thin client, as JSON text. */
    static String validCatalog(String id, String vendor) {
        return "{\n" //
                + "  \"formatVersion\": 1,\n" //
                + "  \"id\": \"" + id + "\",\n" //
                + "  \"vendor\": \"" + vendor + "\",\n" //
                + "  \"name\": { \"en\": \"Test catalog\", \"zh\": \"测试目录\" },\n" //
                + "  \"source\": \"test\",\n" //
                + "  \"products\": [\n" //
                + "    {\n" //
                + "      \"id\": \"tc\",\n" //
                + "      \"vendor\": \"" + vendor + "\",\n" //
                + "      \"name\": { \"en\": \"Test thin client\", \"zh\": \"测试瘦客户机\" },\n" //
                + "      \"category\": \"THIN_CLIENT\",\n" //
                + "      \"platform\": { \"cpu\": \"Zhaoxin KX-6640MA\", \"architectures\": [\"x86_64\"] },\n" //
                + "      \"certifiedOs\": [\"cn.os:kylin-desktop-v10\"],\n" //
                + "      \"price\": { \"amount\": 1000, \"currency\": \"CNY\", \"sample\": true },\n" //
                + "      \"leadTimeDays\": 5,\n" //
                + "      \"supportYears\": 3,\n" //
                + "      \"sources\": [\"test\"]\n" //
                + "    }\n" //
                + "  ]\n" //
                + "}\n";
    }
}
