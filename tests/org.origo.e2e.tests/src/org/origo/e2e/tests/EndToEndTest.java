package org.origo.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.cli.internal.Cli;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The whole product through its command line, in one framework with every shipped plug-in:
 * the demo job, the main job on the real inventories, explanations, overrides and re-imports.
 */
class EndToEndTest {

    static BundleContext context;

    @TempDir
    Path dir;

    @BeforeAll
    static void host() throws Exception {
        Bundle cli = FrameworkUtil.getBundle(Cli.class);
        if (cli.getState() != Bundle.ACTIVE) {
            cli.start();
        }
        context = cli.getBundleContext();
    }

    record Run(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    static Run origo(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(context, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run ok(String... args) {
        Run r = origo(args);
        assertEquals(0, r.code(), "origo " + String.join(" ", args) + "\n" + r.all());
        return r;
    }

    /** verdicts.csv as rows keyed by column name. */
    static List<Map<String, String>> csv(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String header = lines.get(0).replace("\uFEFF", "");
        List<String> cols = Arrays.asList(header.split(","));
        List<Map<String, String>> rows = new java.util.ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            List<String> cells = splitCsv(l);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < cols.size() && i < cells.size(); i++) {
                row.put(cols.get(i), cells.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> splitCsv(String line) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    sb.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    sb.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        cells.add(sb.toString());
        return cells;
    }

    @Test
    void demoRunsTheMainJobEndToEnd() throws Exception {
        Path out = dir.resolve("demo");
        Run r = ok("--lang", "en", "demo", "--out", out.toString(), "--first-year", "2027");
        Path project = out.resolve("project");
        for (String f : new String[] { "report.en.html", "report-appendix.en.html", "report.en.pdf", "report.en.xlsx", "verdicts.csv",
                "matches.csv", "plan.csv" }) {
            assertTrue(Files.size(project.resolve(f)) > 0, f + " written:\n" + r.all());
        }
        assertTrue(r.out().contains("report.en.html"), r.out());
        try (var files = Files.list(project)) {
            List<String> staging = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".reports-")).toList();
            assertTrue(staging.isEmpty(), "the reports' staging folder is removed once they are published: " + staging);
        }
        List<Map<String, String>> verdicts = csv(project.resolve("verdicts.csv"));
        assertTrue(verdicts.size() >= 3_900, "one row per asset: " + verdicts.size());
        Map<String, Integer> counts = new HashMap<>();
        for (Map<String, String> v : verdicts) {
            counts.merge(v.get("verdict"), 1, Integer::sum);
        }
        assertTrue(counts.getOrDefault("REPLACE", 0) > 1_000, counts.toString());
        assertTrue(counts.getOrDefault("KEEP", 0) > 100, counts.toString());
        assertTrue(counts.getOrDefault("REVIEW", 0) > 10, counts.toString());
        // a second run replaces the earlier demo and gives the same verdicts
        ok("--lang", "zh", "demo", "--out", out.toString(), "--first-year", "2027");
        assertEquals(verdicts, csv(project.resolve("verdicts.csv")), "the demo is deterministic");
        // explain and override on a real asset
        String id = verdicts.stream().filter(v -> "REPLACE".equals(v.get("verdict"))).findFirst().orElseThrow().get("asset_id");
        Run explain = ok("--lang", "en", "explain", "--project", project.toString(), id);
        assertTrue(explain.out().contains("REPLACE"), explain.out());
        ok("override", "--project", project.toString(), id, "--verdict", "KEEP", "--reason", "donated to a school, leaves the estate");
        ok("classify", "--project", project.toString(), "--profile", "cn-2020");
        Run again = ok("--lang", "en", "explain", "--project", project.toString(), id);
        assertTrue(again.out().contains("KEEP") && again.out().contains("donated to a school"), again.out());
        assertTrue(Files.readString(project.resolve("audit.log")).contains("verdict.override"));
    }

    @Test
    void mainJobOnTheRealInventories() throws Exception {
        String shared = System.getProperty("origo.shared.data");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared)), "../shared/data is absent: skipped");
        Path data = Path.of(shared);
        Path out = dir.resolve("real");
        Run r = ok("--lang", "en", "assess", data.resolve("glpi-agent").toString(),
                data.resolve("glpi-inventory-format").toString(), "--out", out.toString(), "--first-year", "2027");
        List<Map<String, String>> verdicts = csv(out.resolve("verdicts.csv"));
        assertTrue(verdicts.size() >= 40, r.all());
        Map<String, String> dell = verdicts.stream().filter(v -> v.get("source").contains("dell-r640")).findFirst().orElseThrow();
        assertEquals("REPLACE", dell.get("verdict"), dell.toString());
        assertEquals("true", dell.get("any_us"), dell.toString());
        // a Windows machine known only by its installed software: Microsoft's Office and OS are US-origin
        Map<String, String> office = verdicts.stream().filter(v -> v.get("source").contains("office_2016_01.reg")).findFirst()
                .orElseThrow();
        assertTrue(office.get("verdict").equals("REPLACE") || office.get("verdict").equals("REVIEW"), office.toString());
        // the same estate again is a new snapshot whose identified assets (serial, UUID) merge with the first
        Run again = ok("--lang", "en", "assess", data.resolve("glpi-agent").toString(),
                data.resolve("glpi-inventory-format").toString(), "--out", out.toString(), "--first-year", "2027");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) merged with the previous snapshot, (\\d+) gone")
                .matcher(again.out());
        assertTrue(m.find(), again.out());
        assertTrue(Integer.parseInt(m.group(1)) >= 25 && Integer.parseInt(m.group(2)) == 0, again.out());
        assertTrue(Files.readString(out.resolve("audit.log")).lines().filter(l -> l.contains("\tassess\t")).count() == 2);
    }
}
