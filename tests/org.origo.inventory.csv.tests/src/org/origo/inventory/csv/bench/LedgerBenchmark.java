package org.origo.inventory.csv.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.origo.api.Progress;
import org.origo.inventory.api.ImportReport;
import org.origo.inventory.api.ImportRequest;
import org.origo.inventory.csv.internal.CsvImporter;
import org.origo.inventory.engine.InventoryEngine;
import org.origo.model.OrigoFactory;
import org.origo.model.Project;

/**
 * Generates ledgers of N rows (Chinese headers, ~10 software titles per row, realistic brands,
 * CPUs, operating systems, sites and departments) and imports each into a fresh project through
 * the engine and the CSV importer, printing rows/s and the peak heap. Not a unit test: run it with
 * {@code tests/org.origo.inventory.csv.tests/bench.sh 100000 1000000}.
 */
public final class LedgerBenchmark {

    static final String[] BRANDS = { "联想", "LENOVO", "Dell Inc.", "HP", "Hewlett-Packard", "长城", "同方", "华为", "浪潮", "清华同方",
            "Acer", "ASUS", "To be filled by O.E.M." };
    static final String[] MODELS = { "ThinkCentre M720t", "开天M740J", "OptiPlex 7070", "ProDesk 600 G4", "世恒TN140A2", "超翔TZ830",
            "擎云W515x", "NF5280M5", "Veriton M4660G", "ExpertCenter D5" };
    static final String[] CPUS = { "Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz", "Intel(R) Core(TM) i7-10700 CPU @ 2.90GHz",
            "AMD Ryzen 5 3600 6-Core Processor", "Hygon C86 3250 8-core Processor", "ZHAOXIN KaiXian KX-U6780A@2.7GHz",
            "Phytium,D2000/8", "HUAWEI Kunpeng 920 3211K", "Loongson-3A5000" };
    static final String[] OSES = { "Microsoft Windows 10 Pro", "Microsoft Windows 7 Professional", "Kylin Desktop V10 SP1",
            "UOS Desktop 20", "Microsoft Windows 11 Pro", "Kylin Linux Advanced Server V10 (Sword)" };
    static final String[] TYPES = { "台式机", "笔记本", "一体机", "服务器", "台式机", "台式机" };
    static final String[] DEPTS = { "办公室", "预算科", "国库科", "信息中心", "人事处", "财务处", "法规科", "综合科", "审计科", "监察室" };
    static final String[] SITES = { "一号楼", "二号楼", "三号楼", "机房", "东区办公楼", "西区办公楼" };
    static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴" };
    static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛" };
    static final String[] SOFTWARE = { "Microsoft Corporation|Microsoft Office Professional Plus 2016|16.0.4266",
            "Kingsoft|WPS Office|11.8.2", "Google LLC|Google Chrome|120.0", "Mozilla|Mozilla Firefox|115.0",
            "Microsoft Corporation|Microsoft Edge|119.0", "Tencent|微信|3.9.8", "Tencent|QQ|9.7", "Adobe Inc.|Adobe Acrobat Reader DC|23.006",
            "Qihoo 360|360安全卫士|13.0", "Microsoft Corporation|Microsoft Visual C++ 2015-2022 Redistributable|14.36",
            "Oracle Corporation|Java 8 Update 381|8.0.3810", "7-Zip|7-Zip|23.01", "Tencent|腾讯会议|3.20", "统信软件|UOS 应用商店|6.2",
            "金山办公|WPS 2019|11.1.0", "Microsoft Corporation|Microsoft SQL Server 2017|14.0", "达梦|DM8|8.1", "Yozo|永中Office|9.0",
            "Foxit Software Inc.|Foxit PDF Reader|12.1", "Microsoft Corporation|Microsoft Teams|1.6" };

    private LedgerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] { 100_000, 1_000_000 } : new int[args.length];
        for (int i = 0; i < args.length; i++) {
            sizes[i] = Integer.parseInt(args[i].replace("_", ""));
        }
        Path dir = Files.createTempDirectory("origo-bench-");
        System.out.printf(Locale.ROOT, "%-10s %10s %10s %12s %12s %12s%n", "rows", "file MB", "seconds", "rows/s", "peak heap MB",
                "titles");
        for (int n : sizes) {
            Path f = dir.resolve("ledger-" + n + ".csv");
            generate(f, n, 42);
            long mb = Files.size(f) >> 20;
            System.gc();
            resetPeaks();
            InventoryEngine engine = new InventoryEngine(() -> List.of(new CsvImporter()), List::of);
            Project p = OrigoFactory.eINSTANCE.createProject();
            long t0 = System.nanoTime();
            ImportReport r = engine.importInto(p, List.of(f), null, ImportRequest.defaults(), Progress.NONE);
            long t1 = System.nanoTime();
            double s = (t1 - t0) / 1e9;
            if (r.assets() != n) {
                throw new IllegalStateException("expected " + n + " assets, got " + r.assets());
            }
            System.out.printf(Locale.ROOT, "%-10d %10d %10.2f %12.0f %12d %12d%n", n, mb, s, n / s, peakHeapMb(),
                    p.getSoftwareTitles().size());
            p = null;
            r = null;
            Files.delete(f);
        }
        Files.delete(dir);
    }

    static void generate(Path f, int rows, long seed) throws IOException {
        Random rnd = new Random(seed);
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("资产编号,序列号,主机名,类型,品牌,型号,处理器,操作系统,部门,使用人,位置,购置日期,已安装软件\n");
            StringBuilder sb = new StringBuilder(1024);
            for (int i = 0; i < rows; i++) {
                sb.setLength(0);
                sb.append("ZC-").append(i).append(',');
                sb.append("SN").append(Long.toHexString(seed * 1_000_003L + i * 7919L).toUpperCase(Locale.ROOT)).append(',');
                sb.append("PC-").append(i).append(',');
                sb.append(TYPES[rnd.nextInt(TYPES.length)]).append(',');
                sb.append(BRANDS[rnd.nextInt(BRANDS.length)]).append(',');
                sb.append(MODELS[rnd.nextInt(MODELS.length)]).append(',');
                sb.append('"').append(CPUS[rnd.nextInt(CPUS.length)]).append("\",");
                sb.append(OSES[rnd.nextInt(OSES.length)]).append(',');
                sb.append(DEPTS[rnd.nextInt(DEPTS.length)]).append(',');
                sb.append(SURNAMES[rnd.nextInt(SURNAMES.length)]).append(GIVEN[rnd.nextInt(GIVEN.length)]).append(',');
                sb.append(SITES[rnd.nextInt(SITES.length)]).append(rnd.nextInt(5) + 1).append("0").append(rnd.nextInt(9) + 1).append(',');
                sb.append(2015 + rnd.nextInt(10)).append('-').append(String.format(Locale.ROOT, "%02d-%02d", rnd.nextInt(12) + 1, rnd.nextInt(28) + 1))
                        .append(',');
                sb.append('"');
                int count = 8 + rnd.nextInt(5);
                int start = rnd.nextInt(SOFTWARE.length);
                for (int k = 0; k < count; k++) {
                    if (k > 0) {
                        sb.append(';');
                    }
                    sb.append(SOFTWARE[(start + k) % SOFTWARE.length]);
                }
                sb.append("\"\n");
                w.append(sb);
            }
        }
    }

    static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the last reset (an upper bound of the peak heap in use). */
    static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }
}
