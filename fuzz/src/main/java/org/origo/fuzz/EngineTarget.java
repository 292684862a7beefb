package org.origo.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.origo.api.OrigoException;
import org.origo.inventory.api.ImportRequest;
import org.origo.inventory.api.InventoryImporter;
import org.origo.inventory.engine.InventoryEngine;
import org.origo.model.OrigoFactory;
import org.origo.model.Project;

/**
 * Fuzzes the import engine end to end with archives: the input is written as {@code input.zip}
 * and imported with every importer on the class path (entry bounds, traversal checks, per-host
 * grouping, sniffing, merge). A failed import must leave the project as it was.
 */
public final class EngineTarget {

    private static InventoryEngine engine;
    private static Path file;

    private EngineTarget() {
    }

    public static void fuzzerInitialize() throws IOException {
        List<InventoryImporter> importers = Harness.importers();
        engine = new InventoryEngine(() -> importers, List::of);
        Path dir = Files.createTempDirectory("origo-fuzz-engine-");
        dir.toFile().deleteOnExit();
        file = dir.resolve("input.zip");
    }

    public static void fuzzerTestOneInput(byte[] data) {
        try {
            Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Project p = OrigoFactory.eINSTANCE.createProject();
        p.setName("fuzz");
        try {
            engine.importInto(p, List.of(file), List.of("input.zip"), ImportRequest.defaults(), null);
        } catch (OrigoException e) {
            if (!p.getSnapshots().isEmpty() || !p.getSoftwareTitles().isEmpty()) {
                throw new IllegalStateException("a failed import changed the project: " + e.getMessage(), e);
            }
            if (e.file() == null && !e.text().en().startsWith("the inputs hold no files")) {
                throw new IllegalStateException("an import error that names no file: " + e.getMessage(), e);
            }
        }
    }
}
