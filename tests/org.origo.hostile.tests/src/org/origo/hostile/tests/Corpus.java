package org.origo.hostile.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The hostile-input corpus: the committed cases ({@code tests/hostile-corpus/<folder>/cases.tsv})
 * and the huge ones written at test time by {@code tests/hostile-corpus/Generate.java}.
 */
final class Corpus {

    /**
     * The folders, each named after an importer id (or its bundle {@code org.origo.inventory.<folder>});
     * "archive" is the engine with sniffed formats.
     */
    static final List<String> FOLDERS = List.of("csv", "xlsx", "glpi", "ocs", "dmidecode", "lshw", "cpuinfo", "winreg",
            "packages", "cyclonedx", "archive");
    static final String ARCHIVE = "archive";

    /** What a case must give. */
    enum Expect {
        /** imports without error (warnings allowed) */
        CLEAN,
        /** fails with an error naming the file and a line or field */
        ERROR,
        /** clean, or a located error */
        EITHER,
        /** fails with an error naming the file; the whole file is refused, so no line is required */
        REFUSED
    }

    /** One case. */
    record Case(String folder, Path file, Expect expect, Map<String, String> flags, String what, boolean generated) {

        String id() {
            return folder + "/" + file.getFileName();
        }

        boolean flag(String name) {
            return flags.containsKey(name);
        }

        long timeoutSeconds() {
            return Long.parseLong(flags.getOrDefault("timeout", "20"));
        }

        long heapMegabytes() {
            return Long.parseLong(flags.getOrDefault("heap", "96"));
        }

        int minAssets() {
            return Integer.parseInt(flags.getOrDefault("assets>", "0").replace("=", ""));
        }
    }

    private Corpus() {
    }

    /** The corpus folder of the checkout. */
    static Path root() {
        String repo = System.getProperty("origo.repo.root");
        List<Path> tries = new ArrayList<>();
        if (repo != null && !repo.isBlank()) {
            tries.add(Path.of(repo, "tests", "hostile-corpus"));
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            tries.add(p.resolve("tests").resolve("hostile-corpus"));
            tries.add(p.resolve("hostile-corpus"));
        }
        for (Path p : tries) {
            if (Files.isRegularFile(p.resolve("Generate.java"))) {
                return p;
            }
        }
        throw new IllegalStateException("hostile corpus not found; tried " + tries);
    }

    /** The committed cases of every folder. */
    static List<Case> committed(Path root) throws IOException {
        List<Case> out = new ArrayList<>();
        for (String folder : FOLDERS) {
            // cases.tsv is written by tools/write_corpus.py; fuzz-cases.tsv holds fuzzing regressions
            for (String tableName : List.of("cases.tsv", "fuzz-cases.tsv")) {
                Path table = root.resolve(folder).resolve(tableName);
                if (!Files.exists(table)) {
                    continue;
                }
                for (String line : Files.readAllLines(table, StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t", -1);
                    if (f.length < 4) {
                        throw new IOException(table + ": malformed row: " + line);
                    }
                    out.add(new Case(folder, root.resolve(folder).resolve(f[0]), Expect.valueOf(f[1].toUpperCase()), flags(f[2]),
                            f[3], false));
                }
            }
        }
        return out;
    }

    /**
     * Writes the huge cases (once; they are kept under {@code target/}) by running the generator in
     * a child JVM, and returns them.
     */
    static List<Case> generated(Path root, Path out) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx512m", root.resolve("Generate.java").toString(), out.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("corpus generator failed: " + log);
        }
        System.out.print(log);
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("generated.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            cases.add(new Case(f[0], out.resolve(f[0]).resolve(f[1]), Expect.valueOf(f[2].toUpperCase()), flags(f[3]), f[4], true));
        }
        return cases;
    }

    /** Known importer weaknesses: case id → the fix needed (see known-weaknesses.tsv). */
    static Map<String, String> knownWeaknesses(Path root) throws IOException {
        Map<String, String> m = new HashMap<>();
        Path f = root.resolve("known-weaknesses.tsv");
        if (!Files.exists(f)) {
            return m;
        }
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            m.put(parts[0].trim(), parts.length > 1 ? parts[1].trim() : "");
        }
        return m;
    }

    static Map<String, String> flags(String s) {
        Map<String, String> m = new LinkedHashMap<>();
        if (s == null || s.isBlank() || s.equals("-")) {
            return m;
        }
        for (String part : s.split(";")) {
            part = part.trim();
            if (part.startsWith("assets>=")) {
                m.put("assets>", part.substring("assets>".length()));
                continue;
            }
            int eq = part.indexOf('=');
            if (eq > 0) {
                m.put(part.substring(0, eq), part.substring(eq + 1));
            } else {
                m.put(part, "");
            }
        }
        return m;
    }
}
