package org.origo.cli.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Builds small plug-in bundle jars for the tests: a DS component over a fixture class, optionally broken. */
final class TestBundles {

    private TestBundles() {
    }

    static Path bundle(Path dir, String symbolicName, String componentClass, String command, String extraImport,
            boolean immediateWithActivate) throws IOException {
        return bundle(dir, symbolicName, componentClass, command, extraImport,
                immediateWithActivate ? " immediate=\"true\" activate=\"activate\"" : "");
    }

    /** With the component element's extra attributes given as they appear in its XML. */
    static Path bundle(Path dir, String symbolicName, String componentClass, String command, String extraImport,
            String componentAttributes) throws IOException {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", symbolicName);
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Import-Package", "org.origo.api;version=\"[1.0,2)\",org.origo.cli.tests.fixtures"
                + (extraImport == null ? "" : "," + extraImport));
        a.putValue("Service-Component", "OSGI-INF/component.xml");
        a.putValue("Bundle-ActivationPolicy", "lazy");
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"" + symbolicName + ".component\""
                + componentAttributes + ">\n"
                + "  <implementation class=\"" + componentClass + "\"/>\n"
                + "  <property name=\"origo.command\" value=\"" + command + "\"/>\n"
                + "  <service><provide interface=\"org.origo.api.OrigoCommand\"/></service>\n"
                + "</scr:component>\n";
        Path jar = dir.resolve(symbolicName + ".jar");
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(os, m)) {
            jos.putNextEntry(new JarEntry("OSGI-INF/component.xml"));
            jos.write(xml.getBytes(StandardCharsets.UTF_8));
            jos.closeEntry();
            jos.putNextEntry(new JarEntry("readme.txt"));
            jos.write("a test plug-in\n".getBytes(StandardCharsets.UTF_8));
            jos.closeEntry();
        }
        return jar;
    }
}
