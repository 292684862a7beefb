package org.origo.install.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

/**
 * What a bundle jar contributes, read from its Declarative Services descriptions without loading
 * any of its code: the service each component provides and the id it declares
 * ({@code ReplacementCatalog example-terminals}).
 */
final class Contents {

    private static final Pattern PROVIDE = Pattern.compile("<provide\\s+interface\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile(
            "<property\\s+name\\s*=\\s*\"(origo\\.[a-z]+\\.id|origo\\.command|origo\\.report\\.format)\"[^>]*?value\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern NAME = Pattern.compile("<(?:\\w+:)?component\\b[^>]*?name\\s*=\\s*\"([^\"]+)\"");

    private Contents() {
    }

    static List<String> of(Path jar) {
        List<String> out = new ArrayList<>();
        try (JarFile jf = new JarFile(jar.toFile(), false)) {
            Manifest m = jf.getManifest();
            String header = m == null ? null : m.getMainAttributes().getValue("Service-Component");
            if (header == null) {
                return out;
            }
            for (String path : header.split(",")) {
                ZipEntry e = jf.getEntry(path.trim());
                if (e == null || e.getSize() > 1_000_000) {
                    continue;
                }
                String xml;
                try (InputStream in = jf.getInputStream(e)) {
                    xml = new String(in.readNBytes(1_000_000), StandardCharsets.UTF_8);
                }
                describe(xml, out);
            }
        } catch (IOException | RuntimeException e) {
            // what cannot be read is not shown; the signature and resolution checks report the jar itself
        }
        return out;
    }

    private static void describe(String xml, List<String> out) {
        String id = null;
        Matcher idm = ID.matcher(xml);
        if (idm.find()) {
            id = idm.group(2);
        }
        Matcher p = PROVIDE.matcher(xml);
        boolean any = false;
        while (p.find()) {
            String type = p.group(1);
            out.add(type.substring(type.lastIndexOf('.') + 1) + (id == null ? "" : " " + id));
            any = true;
        }
        if (!any) {
            Matcher n = NAME.matcher(xml);
            out.add("component " + (n.find() ? n.group(1) : "?"));
        }
    }
}
