package org.origo.fuzz;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.origo.api.OrigoException;
import org.origo.api.Progress;
import org.origo.api.Text;
import org.origo.inventory.api.AssetSink;
import org.origo.inventory.api.ImportContext;
import org.origo.inventory.api.ImportSource;
import org.origo.inventory.api.InventoryImporter;
import org.origo.model.Asset;
import org.origo.model.OrigoFactory;
import org.origo.model.Severity;
import org.origo.model.SoftwareTitle;

/**
 * What every fuzz target shares: finds the importers on the class path the way Declarative Services
 * would (from the component descriptions in {@code OSGI-INF/}) and constructs them directly; feeds
 * bytes through an in-memory {@link ImportSource}; collects assets and problems.
 */
public final class Harness {

    private static final Pattern IMPLEMENTATION = Pattern.compile("<implementation\\s+class=\"([^\"]+)\"");
    private static final Pattern PROVIDES_IMPORTER = Pattern
            .compile("<provide\\s+interface=\"" + Pattern.quote(InventoryImporter.class.getName()) + "\"");

    private Harness() {
    }

    /** Every importer component found in the jars of the class path. */
    public static List<InventoryImporter> importers() {
        List<InventoryImporter> out = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.endsWith(".jar") || !new File(entry).isFile()) {
                continue;
            }
            try (ZipFile z = new ZipFile(entry)) {
                Enumeration<? extends ZipEntry> en = z.entries();
                while (en.hasMoreElements()) {
                    ZipEntry e = en.nextElement();
                    if (!e.getName().startsWith("OSGI-INF/") || !e.getName().endsWith(".xml")) {
                        continue;
                    }
                    String xml;
                    try (InputStream in = z.getInputStream(e)) {
                        xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    Matcher m = IMPLEMENTATION.matcher(xml);
                    if (PROVIDES_IMPORTER.matcher(xml).find() && m.find()) {
                        out.add((InventoryImporter) Class.forName(m.group(1)).getDeclaredConstructor().newInstance());
                    }
                }
            } catch (IOException | ReflectiveOperationException e) {
                throw new IllegalStateException("cannot load importers from " + entry + ": " + e, e);
            }
        }
        return out;
    }

    /** The importer with this id. */
    public static InventoryImporter importer(String id) {
        List<String> ids = new ArrayList<>();
        for (InventoryImporter i : importers()) {
            if (i.id().equals(id)) {
                return i;
            }
            ids.add(i.id());
        }
        throw new IllegalArgumentException("no importer '" + id + "' on the class path (found " + ids + ")");
    }

    /** An input held in memory, as an archive entry would be (no file path). */
    public static ImportSource source(String name, byte[] data) {
        return new ImportSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Path path() {
                return null;
            }

            @Override
            public long size() {
                return data.length;
            }

            @Override
            public byte[] head(int max) {
                return Arrays.copyOf(data, Math.min(max, data.length));
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(data);
            }

            @Override
            public String hostHint() {
                return "fuzz-host";
            }
        };
    }

    /** A sink that shares titles the way the engine does and counts assets. */
    public static final class Sink implements AssetSink {
        private final Map<String, SoftwareTitle> titles = new java.util.HashMap<>();
        public long assets;

        @Override
        public SoftwareTitle title(String name, String publisher, String version) {
            return titles.computeIfAbsent(name + "\u0000" + publisher + "\u0000" + version, k -> {
                SoftwareTitle t = OrigoFactory.eINSTANCE.createSoftwareTitle();
                t.setName(name);
                t.setPublisher(publisher);
                t.setVersion(version);
                return t;
            });
        }

        @Override
        public void accept(Asset asset, long record) {
            if (asset == null) {
                throw new IllegalStateException("an importer handed over a null asset at record " + record);
            }
            assets++;
        }
    }

    /** A context with no options; problems are checked for a message and counted. */
    public static final class Context implements ImportContext {
        public long problems;

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
            if (text == null || severity == null) {
                throw new IllegalStateException("an import problem without text or severity at line " + line);
            }
            problems++;
        }

        @Override
        public boolean strict() {
            return false;
        }
    }

    /**
     * Runs one importer over one input: sniffing, then reading. A clear {@link OrigoException} is a
     * correct answer to bad input; anything else escaping is a finding.
     */
    public static void feed(InventoryImporter importer, String name, byte[] data) {
        ImportSource s = source(name, data);
        try {
            int score = importer.sniff(s);
            if (score < 0 || score > 100) {
                throw new IllegalStateException("sniff score out of range: " + score);
            }
            importer.read(s, new Sink(), new Context());
        } catch (OrigoException e) {
            if (e.text() == null || e.text().en().isBlank()) {
                throw new IllegalStateException("an OrigoException without a message", e);
            }
        } catch (IOException e) {
            // an in-memory source does not fail; sniff may still declare it
        }
    }
}
