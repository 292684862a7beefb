package org.origo.install.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.origo.catalog.sdk.CatalogChecksums;
import org.origo.install.tests.fixtures.FailingService;
import org.origo.install.tests.fixtures.FixtureCatalog;
import org.origo.install.tests.fixtures.FixtureService;

/** Builds, signs and tampers with small plug-in jars for the tests; keys are generated at test time. */
final class Jars {

    private Jars() {
    }

    static Path command(Path dir, String bsn, String version) throws IOException {
        return bundle(dir, bsn, version, FixtureService.class.getName(), "origo.fixture.id", bsn, "java.lang.Runnable", "",
                Map.of());
    }

    static Path failing(Path dir, String bsn) throws IOException {
        return bundle(dir, bsn, "1.0.0", FailingService.class.getName(), "origo.fixture.id", bsn, "java.lang.Runnable",
                " immediate=\"true\" activate=\"activate\"", Map.of());
    }

    /** A catalog bundle; when {@code pinned} is false the manifest's checksum does not match the file. */
    static Path catalog(Path dir, String bsn, String id, boolean pinned) throws IOException {
        String json = "{\n  \"formatVersion\": 1,\n  \"id\": \"" + id + "\",\n  \"vendor\": \"Test Vendor\",\n"
                + "  \"name\": { \"en\": \"Test catalog\", \"zh\": \"测试目录\" },\n  \"version\": \"1.0\",\n"
                + "  \"source\": \"Test data; prices are SAMPLE data.\",\n  \"products\": [\n    {\n      \"id\": \"tc-1\",\n"
                + "      \"vendor\": \"Test Vendor\",\n"
                + "      \"name\": { \"en\": \"Test thin client\", \"zh\": \"测试瘦客户机\" },\n      \"category\": \"THIN_CLIENT\",\n"
                + "      \"platform\": { \"cpu\": \"Phytium E2000Q\", \"architectures\": [\"aarch64\"] },\n"
                + "      \"price\": { \"amount\": 2600, \"currency\": \"CNY\", \"sample\": true },\n"
                + "      \"leadTimeDays\": 20,\n      \"supportYears\": 5,\n"
                + "      \"replaces\": [\"category:THIN_CLIENT\"],\n      \"sources\": [\"Test data\"]\n    }\n  ]\n}\n";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        String file = "catalog/" + id + ".json";
        String sum = pinned ? CatalogChecksums.entry(file, bytes) : CatalogChecksums.entry(file, "other".getBytes(StandardCharsets.UTF_8));
        return bundle(dir, bsn, "1.0.0", FixtureCatalog.class.getName(), "origo.catalog.id", id,
                "org.origo.catalog.api.ReplacementCatalog", "",
                Map.of("Origo-Catalog-SHA256", sum, "@" + file, json));
    }

    private static Path bundle(Path dir, String bsn, String version, String componentClass, String idProperty, String id,
            String service, String componentAttributes, Map<String, String> extra) throws IOException {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", bsn);
        a.putValue("Bundle-Version", version);
        a.putValue("Import-Package", "org.origo.api;version=\"[1.0,2)\",org.origo.catalog.api,org.origo.install.tests.fixtures");
        a.putValue("Service-Component", "OSGI-INF/component.xml");
        a.putValue("Bundle-ActivationPolicy", "lazy");
        extra.forEach((k, v) -> {
            if (!k.startsWith("@")) {
                a.putValue(k, v);
            }
        });
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"" + bsn + ".component\""
                + componentAttributes + ">\n  <implementation class=\"" + componentClass + "\"/>\n"
                + "  <property name=\"" + idProperty + "\" value=\"" + id + "\"/>\n"
                + "  <property name=\"origo.catalog.vendor\" value=\"Test Vendor\"/>\n"
                + "  <service><provide interface=\"" + service + "\"/></service>\n</scr:component>\n";
        Path jar = dir.resolve(bsn + "_" + version + ".jar");
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(os, m)) {
            put(jos, "OSGI-INF/component.xml", xml);
            put(jos, "readme.txt", "a test plug-in " + version + "\n");
            for (Map.Entry<String, String> e : extra.entrySet()) {
                if (e.getKey().startsWith("@")) {
                    put(jos, e.getKey().substring(1), e.getValue());
                }
            }
        }
        return jar;
    }

    private static void put(JarOutputStream jos, String name, String text) throws IOException {
        jos.putNextEntry(new JarEntry(name));
        jos.write(text.getBytes(StandardCharsets.UTF_8));
        jos.closeEntry();
    }

    /** A PKCS12 key store with one self-signed key pair; {@code startDaysAgo}/{@code validityDays} set its validity. */
    static Path keyStore(Path dir, String name, String dname, int startDaysAgo, int validityDays) throws Exception {
        Path ks = dir.resolve(name + ".p12");
        List<String> cmd = new ArrayList<>(List.of(tool("keytool"), "-genkeypair", "-keystore", ks.toString(), "-storetype",
                "PKCS12", "-storepass", "changeit", "-keypass", "changeit", "-alias", "vendor", "-keyalg", "EC", "-groupname",
                "secp256r1", "-validity", String.valueOf(validityDays), "-dname", dname));
        if (startDaysAgo != 0) {
            cmd.add("-startdate");
            cmd.add("-" + startDaysAgo + "d");
        }
        exec(cmd);
        return ks;
    }

    /** The key pair's certificate as a PEM file. */
    static Path certificate(Path ks) throws Exception {
        Path pem = ks.resolveSibling(ks.getFileName() + ".pem");
        exec(List.of(tool("keytool"), "-exportcert", "-rfc", "-keystore", ks.toString(), "-storetype", "PKCS12", "-storepass",
                "changeit", "-alias", "vendor", "-file", pem.toString()));
        return pem;
    }

    static Path sign(Path jar, Path ks) throws Exception {
        exec(List.of(tool("jarsigner"), "-keystore", ks.toString(), "-storetype", "PKCS12", "-storepass", "changeit",
                jar.toString(), "vendor"));
        return jar;
    }

    /** A copy of the jar with one signed entry's content changed after signing. */
    static Path tamper(Path jar, Path to) throws IOException {
        try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] data = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("readme.txt")) {
                    data = "a changed plug-in\n".getBytes(StandardCharsets.UTF_8);
                }
                out.write(data);
                out.closeEntry();
            }
        }
        return to;
    }

    /** A zipped p2-style repository holding the jars under plugins/. */
    static Path repositoryZip(Path zip, Path... jars) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("artifacts.xml"));
            out.write("<artifacts/>".getBytes(StandardCharsets.UTF_8));
            for (Path j : jars) {
                out.putNextEntry(new ZipEntry("plugins/" + j.getFileName()));
                Files.copy(j, out);
            }
        }
        return zip;
    }

    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static void exec(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed:\n" + out);
        }
    }
}
