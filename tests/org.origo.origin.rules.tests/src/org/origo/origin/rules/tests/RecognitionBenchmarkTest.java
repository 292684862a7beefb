package org.origo.origin.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.origo.inventory.api.InventoryImporter;
import org.origo.model.Asset;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.OriginFact;
import org.origo.model.Verdict;
import org.origo.origin.api.OriginProfile;
import org.origo.origin.knowledge.Knowledge;
import org.osgi.framework.FrameworkUtil;

/**
 * The recognition benchmark on real public data: a seeded sample of 2 000 dmidecode dumps of the
 * linux-hardware.org DMI collection (linuxhw/DMI, CC BY 4.0; see resources/recognition/README.md),
 * reduced to their key strings, read through the dmidecode importer and judged under cn-2020. Prints
 * brand and CPU recognition, the verdict split and the most frequent unknown strings, and measures
 * the verdicts of a hand-labelled set drawn outside the sample. The environment variable
 * {@code ORIGO_RECOGNITION_SAMPLE=FILE} runs it on another extract (e.g. the whole collection written by tools/knowledge-mining).
 */
class RecognitionBenchmarkTest {

    private static final String SAMPLE = "resources/recognition/linuxhw-dmi-sample.tsv";
    private static final String LABELLED = "resources/recognition/linuxhw-dmi-labelled.tsv";

    /** One dump's key strings. */
    record Row(Map<String, String> f) {
        String get(String k) {
            String v = f.get(k);
            return v == null ? "" : v;
        }
    }

    /** What the importer and the profile made of one dump. */
    record Judged(Row row, Asset asset, Verdict verdict, boolean brandCarried, boolean brandKnown, boolean cpuCarried,
            boolean cpuKnown) {
    }

    @Test
    void sampleMeetsTheRecognitionTargets() throws Exception {
        String override = System.getenv("ORIGO_RECOGNITION_SAMPLE");
        List<Row> rows = override == null || override.isBlank() ? rows(SAMPLE) : rows(Path.of(override));
        if (override == null || override.isBlank()) {
            assertEquals(2000, rows.size(), "the shipped sample holds 2 000 dumps");
        }
        List<Judged> judged = judge(rows);
        int brandCarried = 0, brandKnown = 0, cpuCarried = 0, cpuKnown = 0, bothCarried = 0, bothKnown = 0;
        Map<String, Integer> split = new TreeMap<>();
        Map<String, Integer> unknownBrands = new HashMap<>();
        Map<String, Integer> unknownCpus = new HashMap<>();
        int us = 0;
        for (Judged j : judged) {
            if (j.brandCarried) {
                brandCarried++;
                if (j.brandKnown) {
                    brandKnown++;
                } else {
                    unknownBrands.merge(j.row.get("sysMaker") + " / board " + j.row.get("boardMaker"), 1, Integer::sum);
                }
            }
            if (j.cpuCarried) {
                cpuCarried++;
                if (j.cpuKnown) {
                    cpuKnown++;
                } else {
                    unknownCpus.merge(j.row.get("cpuMaker") + " / " + j.row.get("cpuVersion"), 1, Integer::sum);
                }
            }
            if (j.brandCarried && j.cpuCarried) {
                bothCarried++;
                if (j.brandKnown && j.cpuKnown) {
                    bothKnown++;
                }
            }
            split.merge(j.verdict.getOutcome().getName(), 1, Integer::sum);
            if (j.verdict.isAnyUs()) {
                us++;
            }
        }
        double brandPct = pct(brandKnown, brandCarried);
        double cpuPct = pct(cpuKnown, cpuCarried);
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Recognition benchmark: %d dumps (%s)%n", judged.size(),
                override == null || override.isBlank() ? SAMPLE : override));
        report.append(String.format(Locale.ROOT, "  brand recognised: %d of %d dumps with a maker (%.2f %%)%n", brandKnown, brandCarried, brandPct));
        report.append(String.format(Locale.ROOT, "  CPU recognised:   %d of %d dumps with a CPU string (%.2f %%)%n", cpuKnown, cpuCarried, cpuPct));
        report.append(String.format(Locale.ROOT, "  both recognised:  %d of %d dumps with both (%.2f %%)%n", bothKnown, bothCarried,
                pct(bothKnown, bothCarried)));
        report.append(String.format(Locale.ROOT, "  cn-2020 verdicts: %s, of which REPLACE with a US part %d%n", split, us));
        report.append("  top unknown makers:\n");
        top(unknownBrands, 15, report);
        report.append("  top unknown CPUs:\n");
        top(unknownCpus, 10, report);
        print(report.toString());
        assertTrue(brandPct >= 95.0, "brand recognition " + brandPct + " % is below 95 %\n" + report);
        assertTrue(cpuPct >= 99.0, "CPU recognition " + cpuPct + " % is below 99 %\n" + report);
    }

    @Test
    void labelledMachinesGetTheRightVerdict() throws Exception {
        List<Row> rows = rows(LABELLED);
        assertTrue(rows.size() >= 300, "the labelled set holds " + rows.size() + " machines");
        List<Judged> judged = judge(rows);
        int right = 0, nonX86 = 0, nonX86Right = 0;
        List<String> wrong = new ArrayList<>();
        for (Judged j : judged) {
            String want = j.row.get("expected") + "/" + j.row.get("expectedUs");
            String got = j.verdict.getOutcome().getName() + "/" + j.verdict.isAnyUs();
            boolean ok = want.equals(got);
            String cpu = (j.row.get("cpuMaker") + " " + j.row.get("cpuVersion")).toLowerCase(Locale.ROOT);
            boolean x86 = cpu.contains("intel") || cpu.contains("amd") || cpu.contains("advanced micro devices");
            if (!x86) {
                nonX86++;
            }
            if (ok) {
                right++;
                if (!x86) {
                    nonX86Right++;
                }
            } else {
                wrong.add(j.row.get("path") + ": expected " + want + " (" + j.row.get("truth") + "), got " + got + " — "
                        + j.verdict.getReasonEn());
            }
        }
        double acc = pct(right, judged.size());
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Labelled verdicts: %d of %d right (%.2f %%); without an Intel/AMD CPU %d of %d (%.2f %%)%n",
                right, judged.size(), acc, nonX86Right, nonX86, pct(nonX86Right, nonX86)));
        for (String w : wrong) {
            report.append("  ").append(w).append('\n');
        }
        print(report.toString());
        assertTrue(acc >= 98.0, report.toString());
    }

    // ------------------------------------------------------------------ the run

    private static List<Judged> judge(List<Row> rows) throws Exception {
        InventoryImporter dmi = Dumps.importer();
        OriginProfile cn = Services.profile("cn-2020");
        Knowledge k = Knowledge.builtIn();
        List<Judged> out = new ArrayList<>(rows.size());
        int n = 0;
        for (Row r : rows) {
            Asset a = read(dmi, r, ++n);
            Verdict v = cn.evaluate(a);
            String maker = named(k, r.get("sysMaker")) ? r.get("sysMaker") : r.get("boardMaker");
            boolean brandCarried = named(k, maker);
            boolean cpuCarried = named(k, r.get("cpuVersion")) || named(k, r.get("cpuMaker"));
            boolean brandKnown = known(a, ComponentKind.SYSTEM) || known(a, ComponentKind.HYPERVISOR);
            boolean cpuKnown = known(a, ComponentKind.CPU);
            out.add(new Judged(r, a, v, brandCarried, brandKnown, cpuCarried, cpuKnown));
        }
        return out;
    }

    private static boolean named(Knowledge k, String v) {
        return v != null && !v.isBlank() && !k.isPlaceholder(v) && !v.equalsIgnoreCase("unknown");
    }

    /** Whether the component of that kind was traced to a company. */
    private static boolean known(Asset a, ComponentKind kind) {
        for (Component c : a.getComponents()) {
            if (c.getKind() == kind && c.getOrigin() != null) {
                for (OriginFact f : c.getOrigin().getFacts()) {
                    if (f.getParty() != null) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The dump as dmidecode prints it, reduced to the key structures, read by the real importer. */
    private static Asset read(InventoryImporter dmi, Row r, int n) throws Exception {
        StringBuilder t = new StringBuilder("# dmidecode 3.3\nSMBIOS 3.0 present.\n\n");
        block(t, 0, "BIOS Information", "Vendor", r.get("biosVendor"));
        block(t, 1, "System Information", "Manufacturer", r.get("sysMaker"), "Product Name", r.get("sysProduct"), "Serial Number",
                "BENCH-" + n);
        block(t, 2, "Base Board Information", "Manufacturer", r.get("boardMaker"), "Product Name", r.get("boardProduct"));
        block(t, 3, "Chassis Information", "Type", r.get("chassisType"));
        if (!r.get("cpuVersion").isEmpty() || !r.get("cpuMaker").isEmpty() || !r.get("cpuStatus").isEmpty()) {
            block(t, 4, "Processor Information", "Socket Designation", "CPU0", "Manufacturer", r.get("cpuMaker"), "Version",
                    r.get("cpuVersion"), "Status", r.get("cpuStatus"));
        }
        return Dumps.read(dmi, r.get("path"), t.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static int handle;

    private static void block(StringBuilder t, int type, String title, String... kv) {
        t.append(String.format(Locale.ROOT, "Handle 0x%04X, DMI type %d, 27 bytes%n", handle++, type)).append(title).append('\n');
        for (int i = 0; i + 1 < kv.length; i += 2) {
            if (!kv[i + 1].isEmpty()) {
                t.append('\t').append(kv[i]).append(": ").append(kv[i + 1]).append('\n');
            }
        }
        t.append('\n');
    }

    // ------------------------------------------------------------------ data and output

    private static List<Row> rows(String entry) throws IOException {
        URL url = FrameworkUtil.getBundle(RecognitionBenchmarkTest.class).getEntry(entry);
        assertTrue(url != null, entry + " is missing from the test bundle");
        try (InputStream in = url.openStream()) {
            return rows(in);
        }
    }

    private static List<Row> rows(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return rows(in);
        }
    }

    private static List<Row> rows(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String[] header = r.readLine().split("\t", -1);
        List<Row> out = new ArrayList<>();
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.length && i < f.length; i++) {
                m.put(header[i], f[i]);
            }
            out.add(new Row(m));
        }
        return out;
    }

    private static double pct(int a, int b) {
        return b == 0 ? 100.0 : 100.0 * a / b;
    }

    private static void top(Map<String, Integer> m, int n, StringBuilder out) {
        m.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(n)
                .forEach(e -> out.append(String.format(Locale.ROOT, "    %5d  %s%n", e.getValue(), e.getKey())));
    }

    private static void print(String report) throws IOException {
        System.out.print(report);
        Path dir = Path.of("target");
        if (Files.isDirectory(dir)) {
            Files.writeString(dir.resolve("recognition-report.txt"), report, StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
    }
}
