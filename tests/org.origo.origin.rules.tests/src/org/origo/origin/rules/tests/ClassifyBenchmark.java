package org.origo.origin.rules.tests;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;

import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.InventorySnapshot;
import org.origo.model.OrigoFactory;
import org.origo.model.Project;
import org.origo.model.SoftwareCategory;
import org.origo.model.SoftwareInstall;
import org.origo.model.SoftwareTitle;
import org.origo.model.Verdict;
import org.origo.model.VerdictOutcome;
import org.origo.origin.api.OriginProfile;
import org.origo.origin.knowledge.Knowledge;
import org.origo.origin.rules.RuleProfile;
import org.origo.origin.rules.RuleSet;
import org.origo.origin.rules.RuleTests;

/**
 * Throughput of the rule engine: classifies synthetic estates (default 1,000,000 assets, in batches
 * inside one project, evaluated in parallel) and prints verdicts per second. Not a unit test.
 *
 * <pre>java -cp ... org.origo.origin.rules.tests.ClassifyBenchmark [assets] [rules-file]</pre>
 */
public final class ClassifyBenchmark {

    private static final String[][] SYSTEMS = { { "LENOVO", "ThinkCentre M720q" }, { "Dell Inc.", "OptiPlex 7070" },
            { "HP", "EliteDesk 800 G4" }, { "中国长城科技集团股份有限公司", "TD120A2" }, { "Tsinghua Tongfang Co.", "超翔 Z830" },
            { "Huawei", "TaiShan 200" }, { "To Be Filled By O.E.M.", "To Be Filled By O.E.M." }, { "ASUSTeK COMPUTER INC.", "P8P67" },
            { "Inspur", "NF5280M6" }, { "Acme Widgets", "Box 1" } };
    private static final String[][] CPUS = { { "Intel(R) Corporation", "Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz", "GenuineIntel" },
            { "AMD", "AMD Ryzen 5 3600 6-Core Processor", "AuthenticAMD" }, { null, "ZHAOXIN KaiXian KX-U6780A@2.7GHz", "Shanghai" },
            { null, "Hygon C86 3250 8-core Processor", "HygonGenuine" }, { "HiSilicon", "Kunpeng-920", "0x48" },
            { null, "Phytium D2000/8", "0x70" }, { null, "Loongson-3A5000-HV", null }, { null, "CPU @ 2.40GHz", null } };
    private static final String[] OSES = { "Microsoft Windows 10 Pro", "Kylin Desktop V10 (SP1)", "UOS Desktop 20 Professional",
            "openEuler 22.03 (LTS-SP1)", "CentOS Linux 7 (Core)", "Ubuntu 22.04.3 LTS" };
    private static final String[][] TITLES = { { "Microsoft Office Professional Plus 2016", "Microsoft Corporation" },
            { "WPS Office", "Kingsoft" }, { "Google Chrome", "Google LLC" }, { "DM Database Server 8", "达梦" }, { "7-Zip 19.00", "Igor Pavlov" } };

    private ClassifyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Knowledge k = Knowledge.builtIn();
        RuleSet rules;
        try (InputStream in = args.length > 1 ? Files.newInputStream(Path.of(args[1]))
                : ClassifyBenchmark.class.getResourceAsStream("/rules/cn-2020.rules.json")) {
            rules = RuleSet.load("cn-2020.rules.json", in, k);
        }
        OriginProfile profile = RuleProfile.of(rules, k);
        SoftwareTitle[] titles = new SoftwareTitle[TITLES.length];
        for (int i = 0; i < titles.length; i++) {
            titles[i] = OrigoFactory.eINSTANCE.createSoftwareTitle();
            titles[i].setName(TITLES[i][0]);
            titles[i].setRawPublisher(TITLES[i][1]);
            titles[i].setPublisher(RuleTests.canonical(TITLES[i][1], k));
            titles[i].setCategory(SoftwareCategory.OTHER);
        }
        Project project = OrigoFactory.eINSTANCE.createProject();
        InventorySnapshot snapshot = OrigoFactory.eINSTANCE.createInventorySnapshot();
        project.getSnapshots().add(snapshot);
        int batch = Math.min(total, 250_000);
        AtomicIntegerArray counts = new AtomicIntegerArray(3);
        long evalNanos = 0;
        long cpuNanos = 0;
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        Random random = new Random(42);
        // warm-up on a small estate
        run(profile, build(snapshot, 20_000, random, titles, k), new AtomicIntegerArray(3));
        snapshot.getAssets().clear();
        for (int done = 0; done < total; done += batch) {
            int n = Math.min(batch, total - done);
            Asset[] assets = build(snapshot, n, random, titles, k);
            long cpu0 = os.getProcessCpuTime();
            evalNanos += run(profile, assets, counts);
            cpuNanos += os.getProcessCpuTime() - cpu0;
            snapshot.getAssets().clear();
        }
        double seconds = evalNanos / 1e9;
        Map<VerdictOutcome, Integer> byOutcome = new EnumMap<>(VerdictOutcome.class);
        for (VerdictOutcome o : VerdictOutcome.VALUES) {
            byOutcome.put(o, counts.get(o.getValue()));
        }
        System.out.printf("assets: %,d  cores: %d  time: %.2f s  throughput: %,.0f verdicts/s%n", total,
                Runtime.getRuntime().availableProcessors(), seconds, total / seconds);
        System.out.printf("CPU time: %.2f s  (%,.0f verdicts per CPU-second; load average at start of run: %.1f)%n", cpuNanos / 1e9,
                total / (cpuNanos / 1e9), os.getSystemLoadAverage());
        System.out.println("verdicts: " + byOutcome + "  origin facts in project: " + project.getOrigins().size());
    }

    private static long run(OriginProfile profile, Asset[] assets, AtomicIntegerArray counts) {
        long t0 = System.nanoTime();
        IntStream.range(0, assets.length).parallel().forEach(i -> {
            Verdict v = profile.evaluate(assets[i]);
            counts.incrementAndGet(v.getOutcome().getValue());
        });
        return System.nanoTime() - t0;
    }

    private static Asset[] build(InventorySnapshot snapshot, int n, Random r, SoftwareTitle[] titles, Knowledge k) {
        Asset[] out = new Asset[n];
        for (int i = 0; i < n; i++) {
            Asset a = OrigoFactory.eINSTANCE.createAsset();
            a.setId("A" + i);
            a.setHostname("pc-" + i);
            a.setKind(r.nextInt(10) == 0 ? AssetKind.SERVER : AssetKind.DESKTOP);
            String[] sys = SYSTEMS[r.nextInt(SYSTEMS.length)];
            a.getComponents().add(component(ComponentKind.SYSTEM, sys[0], sys[1], null, k));
            String[] cpu = CPUS[r.nextInt(CPUS.length)];
            a.getComponents().add(component(ComponentKind.CPU, cpu[0], cpu[1], cpu[2], k));
            a.getComponents().add(component(ComponentKind.OS, null, OSES[r.nextInt(OSES.length)], null, k));
            a.getComponents().add(component(ComponentKind.FIRMWARE, "American Megatrends Inc.", null, null, k));
            for (int t = 0; t < 2; t++) {
                SoftwareInstall si = OrigoFactory.eINSTANCE.createSoftwareInstall();
                si.setTitle(titles[r.nextInt(titles.length)]);
                a.getSoftware().add(si);
            }
            snapshot.getAssets().add(a);
            out[i] = a;
        }
        return out;
    }

    private static Component component(ComponentKind kind, String vendor, String product, String vendorId, Knowledge k) {
        Component c = OrigoFactory.eINSTANCE.createComponent();
        c.setKind(kind);
        c.setRawVendor(vendor);
        c.setVendor(RuleTests.canonical(vendor, k));
        c.setProduct(product);
        c.setVendorId(vendorId);
        return c;
    }
}
