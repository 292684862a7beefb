package org.origo.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

/**
 * Runs the built Origo product headless through its launcher ({@code ./origo} at the repository
 * root), one process per pipeline stage, and records wall time, the heap peak (from the JVM's GC
 * log, enabled through JAVA_TOOL_OPTIONS) and the resident peak (from /usr/bin/time when present).
 */
final class OrigoRunner {

    /**
     * One process: wall time, heap peak (occupancy before a collection, garbage included), live
     * heap (the largest occupancy left after a collection), resident peak, exit code, and the time
     * of each step the process reported itself (assess prints them with -Dorigo.timings=true).
     */
    record Step(String stage, double seconds, long heapPeak, long heapLive, long rssPeak, int exit, Map<String, Double> steps) {
        boolean ok() {
            return exit == 0;
        }
    }

    private static final Pattern GC = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    private final Path root;
    private final Path launcher;
    private final Path logs;
    private final boolean haveTime;

    OrigoRunner(Path root, Path logs) {
        this.root = root;
        this.launcher = root.resolve("origo");
        this.logs = logs;
        this.haveTime = Files.isExecutable(Path.of("/usr/bin/time"));
    }

    /** Whether the product's launcher is in the repository. */
    boolean available() {
        return Files.isRegularFile(launcher);
    }

    Path launcher() {
        return launcher;
    }

    Step run(String stage, List<String> args) throws IOException, InterruptedException {
        Files.createDirectories(logs);
        String name = stage.replaceAll("[^A-Za-z0-9.-]", "_");
        Path gc = logs.resolve(name + ".gc.log");
        Path time = logs.resolve(name + ".time");
        Files.deleteIfExists(gc);
        Files.deleteIfExists(time);
        List<String> cmd = new ArrayList<>();
        if (haveTime) {
            cmd.addAll(List.of("/usr/bin/time", "-f", "%M", "-o", time.toString()));
        }
        cmd.add(launcher.toString());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile())
                .redirectOutput(logs.resolve(name + ".out").toFile()).redirectError(logs.resolve(name + ".err").toFile());
        Map<String, String> env = pb.environment();
        String opts = env.getOrDefault("JAVA_TOOL_OPTIONS", "");
        env.put("JAVA_TOOL_OPTIONS", (opts + " -Dorigo.timings=true -Xlog:gc:file=" + gc).trim());
        long start = System.nanoTime();
        int exit = pb.start().waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Step(stage, seconds, heapPeak(gc), heapLive(gc), rssPeak(time), exit, steps(logs.resolve(name + ".err")));
    }

    private static final Pattern STEP = Pattern.compile("^time: (\\S+) ([0-9.]+) s$");

    /** The step times a process printed ("time: classify 3.35 s"). */
    static Map<String, Double> steps(Path err) throws IOException {
        Map<String, Double> steps = new java.util.LinkedHashMap<>();
        if (Files.exists(err)) {
            for (String line : Files.readAllLines(err, StandardCharsets.UTF_8)) {
                Matcher m = STEP.matcher(line.trim());
                if (m.matches()) {
                    steps.put(m.group(1), Double.parseDouble(m.group(2)));
                }
            }
        }
        return steps;
    }


    /** The largest heap occupancy seen before a collection, over every JVM that wrote to the log. */
    static long heapPeak(Path gcLog) throws IOException {
        return gcMax(gcLog, 1);
    }

    /** The largest heap occupancy left after a collection: the live set, garbage excluded. */
    static long heapLive(Path gcLog) throws IOException {
        return gcMax(gcLog, 3);
    }

    /** The largest value of one "before->after(size)" group over the GC log's lines, -1 without a log. */
    private static long gcMax(Path gcLog, int group) throws IOException {
        if (!Files.exists(gcLog)) {
            return -1;
        }
        long max = -1;
        for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
            Matcher m = GC.matcher(line);
            if (m.find()) {
                max = Math.max(max, bytes(m.group(group), m.group(group + 1)));
            }
        }
        return max;
    }

    private static long bytes(String n, String unit) {
        long v = Long.parseLong(n);
        return switch (unit) {
            case "K" -> v << 10;
            case "M" -> v << 20;
            default -> v << 30;
        };
    }

    private static long rssPeak(Path time) throws IOException {
        if (!Files.exists(time)) {
            return -1;
        }
        for (String line : Files.readAllLines(time)) {
            if (line.trim().matches("\\d+")) {
                return Long.parseLong(line.trim()) * 1024;
            }
        }
        return -1;
    }

    /** Bytes of every file below a path. */
    static long size(Path p) throws IOException {
        if (!Files.exists(p)) {
            return 0;
        }
        if (Files.isRegularFile(p)) {
            return Files.size(p);
        }
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** Verdict counts of a verdicts.csv written by classify or assess. */
    static Map<String, Long> verdicts(Path csv) throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        if (!Files.exists(csv)) {
            return counts;
        }
        try (CsvReader<NamedCsvRecord> r = CsvReader.builder().detectBomHeader(true).ofNamedCsvRecord(csv)) {
            for (NamedCsvRecord rec : r) {
                counts.merge(rec.findField("verdict").orElse("?"), 1L, Long::sum);
            }
        }
        return counts;
    }
}
