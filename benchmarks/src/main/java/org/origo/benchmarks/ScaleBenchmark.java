package org.origo.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.origo.generator.EstateGenerator;
import org.origo.generator.GenerationResult;
import org.origo.generator.GeneratorSettings;

/**
 * One table, three columns of truth, on the same generated ledger and the same machine:
 * the bare FastCSV parse (the physical limit of reading the file), DuckDB loading it and computing
 * the classification join (what an analyst would use instead), and Origo's own pipeline stages when
 * the product is built.
 *
 * <pre>
 * ScaleBenchmark --root REPO --work DIR [--sizes 10k,100k,1M] [--seed 8] [--software 8-12] [--parse-runs 2]
 * </pre>
 */
public final class ScaleBenchmark {

    private static final class Row {
        long assets;
        long rows;
        long csvBytes;
        double genSeconds;
        long genHeap;
        double parseSeconds;
        long parseHeap;
        double duckLoad;
        double duckJoin;
        long duckRss;
        long duckAssets;
        Map<String, long[]> duckVerdicts = Map.of();
        final Map<String, OrigoRunner.Step> origo = new LinkedHashMap<>();
        long projectBytes;
        long assessBytes;
        Map<String, Long> origoVerdicts = Map.of();
    }

    private ScaleBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            if (!argv[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + argv[i]);
            }
            opt.put(argv[i].substring(2), argv[i + 1]);
        }
        Path root = Path.of(opt.getOrDefault("root", "..")).toAbsolutePath().normalize();
        Path work = Path.of(opt.getOrDefault("work", "target/work")).toAbsolutePath().normalize();
        long seed = Long.parseLong(opt.getOrDefault("seed", "8"));
        String[] sw = opt.getOrDefault("software", "8-12").split("-");
        int parseRuns = Integer.parseInt(opt.getOrDefault("parse-runs", "2"));
        // the separate stage processes each reload the whole project: above this size only assess runs
        long stagesUpTo = size(opt.getOrDefault("stages-up-to", "1M"));
        List<Long> sizes = new ArrayList<>();
        for (String s : opt.getOrDefault("sizes", "10k,100k,1M").split(",")) {
            sizes.add(size(s.trim()));
        }
        Files.createDirectories(work);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        OrigoRunner origo = new OrigoRunner(root, work.resolve("logs"));
        out.printf(Locale.ROOT, "machine: %d cores, JVM %s, max heap %d MiB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.version"), Runtime.getRuntime().maxMemory() >> 20);
        double[] coldStart = null;
        if (origo.available()) {
            out.println("origo: " + origo.launcher() + " (warming up: the launcher builds the product if it is missing)");
            origo.run("warmup", List.of("--help"));
            coldStart = new double[3];
            for (int i = 0; i < 3; i++) {
                coldStart[i] = origo.run("coldstart-" + i, List.of("bundles")).seconds();
            }
        } else {
            out.println("origo: no launcher at " + origo.launcher() + " -- the Origo columns stay empty until the product is in this checkout");
        }
        List<Row> rows = new ArrayList<>();
        for (long n : sizes) {
            Row r = new Row();
            r.assets = n;
            Path csv = work.resolve("estate-" + n + ".csv");
            out.printf(Locale.ROOT, "%n== %,d assets ==%n", n);
            Memory.reset();
            long t = System.nanoTime();
            GenerationResult g = new EstateGenerator(new GeneratorSettings(n, seed,
                    org.origo.generator.OutputFormat.CSV, false, Integer.parseInt(sw[0]), Integer.parseInt(sw[sw.length - 1])))
                    .write(csv, true, null);
            r.genSeconds = (System.nanoTime() - t) / 1e9;
            r.genHeap = Memory.heapPeak();
            r.rows = g.rows();
            r.csvBytes = g.bytes();
            out.printf(Locale.ROOT, "generate   %8.2f s  %,d rows  %,d bytes  heap peak %s%n", r.genSeconds, r.rows, r.csvBytes,
                    mib(r.genHeap));

            r.parseSeconds = Double.MAX_VALUE;
            for (int i = 0; i < parseRuns; i++) {
                Memory.reset();
                ParseRate.Result p = ParseRate.parse(csv);
                r.parseSeconds = Math.min(r.parseSeconds, p.seconds());
                r.parseHeap = Math.max(r.parseHeap, Memory.heapPeak());
                out.printf(Locale.ROOT, "parse      %8.2f s  %,d records  %,d chars%n", p.seconds(), p.records(), p.chars());
            }

            Memory.reset();
            DuckDbJoin.Result d = DuckDbJoin.run(csv);
            r.duckLoad = d.loadSeconds();
            r.duckJoin = d.joinSeconds();
            r.duckRss = Memory.rssPeak();
            r.duckAssets = d.assets();
            r.duckVerdicts = d.verdicts();
            StringBuilder v = new StringBuilder();
            d.verdicts().forEach((k, c) -> v.append(k).append('=').append(c[0]).append(" (US ").append(c[1]).append(") "));
            out.printf(Locale.ROOT, "duckdb     load %.2f s  join %.2f s  %,d assets  %s rss peak %s%n", r.duckLoad, r.duckJoin,
                    d.assets(), v, mib(r.duckRss));

            if (origo.available()) {
                Path project = work.resolve("origo-project-" + n);
                Path assess = work.resolve("origo-assess-" + n);
                deleteTree(project);
                deleteTree(assess);
                String p = project.toString();
                if (n <= stagesUpTo) {
                    stage(out, r, origo, n, "project", List.of("--lang", "en", "project", "new", p));
                    stage(out, r, origo, n, "import", List.of("--lang", "en", "import", csv.toString(), "--project", p));
                    stage(out, r, origo, n, "classify", List.of("--lang", "en", "classify", "--project", p, "--profile", "cn-2020"));
                    stage(out, r, origo, n, "match", List.of("--lang", "en", "match", "--project", p));
                    stage(out, r, origo, n, "plan", List.of("--lang", "en", "plan", "--project", p));
                    stage(out, r, origo, n, "report-html", List.of("--lang", "en", "report", "--project", p, "--format", "html"));
                    stage(out, r, origo, n, "report-xlsx", List.of("--lang", "en", "report", "--project", p, "--format", "xlsx"));
                }
                stage(out, r, origo, n, "assess", List.of("--lang", "en", "assess", csv.toString(), "--profile", "cn-2020", "--out",
                        assess.toString()));
                r.projectBytes = OrigoRunner.size(project);
                r.assessBytes = OrigoRunner.size(assess);
                r.origoVerdicts = OrigoRunner.verdicts(assess.resolve("verdicts.csv"));
                out.printf(Locale.ROOT, "origo      project %s  assess output %s  verdicts %s%n", mib(r.projectBytes),
                        mib(r.assessBytes), r.origoVerdicts);
            }
            rows.add(r);
        }
        String table = table(rows, coldStart);
        out.println();
        out.print(table);
        Files.writeString(work.resolve("results.md"), table, StandardCharsets.UTF_8);
        out.println("(also written to " + work.resolve("results.md") + "; process logs in " + work.resolve("logs") + ")");
    }

    private static void stage(PrintStream out, Row r, OrigoRunner origo, long n, String stage, List<String> args)
            throws IOException, InterruptedException {
        OrigoRunner.Step s = origo.run(n + "-" + stage, args);
        r.origo.put(stage, s);
        out.printf(Locale.ROOT, "origo %-12s %8.2f s  heap peak %s  live heap %s  rss peak %s%s%s%n", stage, s.seconds(),
                mib(s.heapPeak()), mib(s.heapLive()), mib(s.rssPeak()), s.steps().isEmpty() ? "" : "  steps " + s.steps(),
                s.ok() ? "" : "  FAILED (exit " + s.exit() + ", see logs)");
    }

    static long size(String s) {
        String v = s.toLowerCase(Locale.ROOT).replace("_", "");
        if (v.endsWith("k")) {
            return Long.parseLong(v.substring(0, v.length() - 1)) * 1_000;
        }
        if (v.endsWith("m")) {
            return Long.parseLong(v.substring(0, v.length() - 1)) * 1_000_000;
        }
        return Long.parseLong(v);
    }

    static String mib(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,d MiB", bytes >> 20);
    }

    private static String secs(OrigoRunner.Step s) {
        if (s == null) {
            return "—";
        }
        return s.ok() ? String.format(Locale.ROOT, "%.2f", s.seconds()) : "fail";
    }

    private static double sum(Row r, String... stages) {
        double t = 0;
        for (String s : stages) {
            OrigoRunner.Step st = r.origo.get(s);
            if (st == null || !st.ok()) {
                return Double.NaN;
            }
            t += st.seconds();
        }
        return t;
    }

    private static String num(double v, String fmt) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, fmt, v);
    }

    static String table(List<Row> rows, double[] coldStart) {
        StringBuilder sb = new StringBuilder();
        sb.append("| assets | CSV MB | generate s | parse s | parse rows/s | DuckDB load s | DuckDB join s | DuckDB s "
                + "| Origo import s | classify s | match s | plan s | report html s | report xlsx s | assess s "
                + "| Origo assets/s | assess µs/asset | Origo heap peak | Origo live heap | Origo/parse | Origo/DuckDB "
                + "| assess steps: import / classify / match / plan / save+reports s | in-assess Origo/parse | in-assess Origo/DuckDB |\n");
        sb.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            double duck = r.duckLoad + r.duckJoin;
            double imp = sum(r, "import");
            double classifyReport = sum(r, "classify", "report-html", "report-xlsx");
            OrigoRunner.Step assess = r.origo.get("assess");
            long heap = -1;
            long live = -1;
            for (OrigoRunner.Step s : r.origo.values()) {
                if (s.ok()) {
                    heap = Math.max(heap, s.heapPeak());
                    live = Math.max(live, s.heapLive());
                }
            }
            Map<String, Double> st = assess != null && assess.ok() ? assess.steps() : Map.of();
            String steps = st.isEmpty() ? "—"
                    : String.format(Locale.ROOT, "%.2f / %.2f / %.2f / %.2f / %.2f", st.getOrDefault("import", Double.NaN),
                            st.getOrDefault("classify", Double.NaN), st.getOrDefault("match", Double.NaN),
                            st.getOrDefault("plan", Double.NaN), st.getOrDefault("save+reports", Double.NaN));
            double inImport = st.getOrDefault("import", Double.NaN);
            double inRest = st.getOrDefault("classify", Double.NaN) + st.getOrDefault("save+reports", Double.NaN);
            double assessRate = assess != null && assess.ok() ? r.assets / assess.seconds() : Double.NaN;
            sb.append(String.format(Locale.ROOT, "| %,d | %.0f | %.2f | %.2f | %,.0f | %.2f | %.2f | %.2f | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    r.assets, r.csvBytes / 1e6, r.genSeconds, r.parseSeconds, r.rows / r.parseSeconds, r.duckLoad, r.duckJoin,
                    duck, secs(r.origo.get("import")), secs(r.origo.get("classify")), secs(r.origo.get("match")),
                    secs(r.origo.get("plan")), secs(r.origo.get("report-html")), secs(r.origo.get("report-xlsx")),
                    secs(assess), num(assessRate, "%,.0f"), num(1e6 / assessRate, "%.1f"), heap < 0 ? "—" : mib(heap),
                    live < 0 ? "—" : mib(live), num(imp / r.parseSeconds, "%.1f×"), num((imp + classifyReport) / duck, "%.1f×"),
                    steps, num(inImport / r.parseSeconds, "%.1f×"), num((inImport + inRest) / duck, "%.1f×")));
        }
        sb.append('\n');
        sb.append("Origo/parse = Origo import ÷ bare FastCSV parse of the same file (target ≤ 2×). ")
                .append("Origo/DuckDB = Origo import + classify + reports ÷ DuckDB load + classification join (target ≤ 2×); ")
                .append("both from the separate stage processes (JVM start, project load and save included). ")
                .append("The in-assess ratios use the steps inside the one assess process instead: import ÷ parse, and ")
                .append("import + classify + save and all reports (CSV, HTML, XLSX) ÷ DuckDB load + join.\n");
        for (Row r : rows) {
            StringBuilder v = new StringBuilder();
            r.duckVerdicts.forEach((k, c) -> v.append(k).append(' ').append(c[0]).append(" (US ").append(c[1]).append("), "));
            sb.append(String.format(Locale.ROOT, "%,d assets: generator heap peak %s, parse heap peak %s, DuckDB RSS peak %s, "
                    + "DuckDB distinct assets %,d, DuckDB verdicts: %s", r.assets, mib(r.genHeap), mib(r.parseHeap), mib(r.duckRss),
                    r.duckAssets, v));
            if (!r.origo.isEmpty()) {
                sb.append(String.format(Locale.ROOT, " Origo verdicts: %s, project %s, assess output %s", r.origoVerdicts,
                        mib(r.projectBytes), mib(r.assessBytes)));
            }
            sb.append('\n');
        }
        if (coldStart != null) {
            double min = Math.min(coldStart[0], Math.min(coldStart[1], coldStart[2]));
            sb.append(String.format(Locale.ROOT, "Host cold start to ready (origo bundles, 3 runs): first %.2f s, best %.2f s (target ≤ 1.5 s)%n",
                    coldStart[0], min));
        } else {
            sb.append("Host cold start: not measured (no product launcher in this checkout).\n");
        }
        return sb.toString();
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var s = Files.walk(p)) {
            for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
