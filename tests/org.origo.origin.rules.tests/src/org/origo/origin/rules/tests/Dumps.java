package org.origo.origin.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.origo.api.OrigoException;
import org.origo.api.Progress;
import org.origo.api.Text;
import org.origo.inventory.api.AssetSink;
import org.origo.inventory.api.ImportContext;
import org.origo.inventory.engine.Sources;
import org.origo.inventory.api.InventoryImporter;
import org.origo.model.Asset;
import org.origo.model.Severity;
import org.origo.model.SoftwareTitle;
import org.osgi.framework.FrameworkUtil;

/** Reads dmidecode text through the installed dmidecode importer, in memory. */
final class Dumps {

    private Dumps() {
    }

    static InventoryImporter importer() throws Exception {
        return Services.service(InventoryImporter.class, "(" + InventoryImporter.PROP_ID + "=dmidecode)");
    }

    /** A dump shipped in this test bundle (resources/linuxhw-dumps). */
    static Asset resource(String file) throws Exception {
        URL url = FrameworkUtil.getBundle(Dumps.class).getEntry("resources/linuxhw-dumps/" + file);
        if (url == null) {
            throw new IOException(file + " is missing from the test bundle");
        }
        try (InputStream in = url.openStream()) {
            return read(importer(), file, in.readAllBytes());
        }
    }

    static Asset read(InventoryImporter dmi, String name, byte[] bytes) throws OrigoException, IOException {
        Path file = Files.createTempFile("origo-dump-", ".dmi");
        try {
            Files.write(file, bytes);
            return read(dmi, name, file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Asset read(InventoryImporter dmi, String name, Path file) throws OrigoException {
        List<Asset> got = new ArrayList<>(1);
        dmi.read(Sources.file(file), new AssetSink() {
            @Override
            public SoftwareTitle title(String title, String publisher, String version) {
                throw new AssertionError("a dmidecode dump records no software");
            }

            @Override
            public void accept(Asset asset, long record) {
                got.add(asset);
            }
        }, new ImportContext() {
            @Override
            public Progress progress() {
                return Progress.NONE;
            }

            @Override
            public Map<String, String> options() {
                return Map.of();
            }

            @Override
            public Path mapping() {
                return null;
            }

            @Override
            public void problem(Severity severity, long line, String field, Text text) {
                // informational notes of the importer are not judged here
            }

            @Override
            public boolean strict() {
                return false;
            }
        });
        assertEquals(1, got.size(), name);
        return got.get(0);
    }
}
