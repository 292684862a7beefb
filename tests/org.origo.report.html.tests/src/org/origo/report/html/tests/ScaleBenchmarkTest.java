package org.origo.report.html.tests;

import org.origo.report.testing.ReportEstate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.api.Progress;
import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.Match;
import org.origo.model.OrigoFactory;
import org.origo.model.Plan;
import org.origo.model.Verdict;
import org.origo.model.VerdictOutcome;
import org.origo.plan.api.PlanRequest;
import org.origo.plan.api.ReplacementPlanner;
import org.origo.report.api.ReportRenderer;
import org.origo.report.api.ReportRequest;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Benchmark, run on demand only: {@code ORIGO_BENCHMARK=1} (and optionally
 * {@code ORIGO_BENCHMARK_ASSETS=N}, default 200000) in the environment of the build. Plans and
 * renders the CSV, XLSX and HTML reports of a generated estate and prints time, output size and
 * peak heap per step. It asserts only the results, never a time.
 */
class ScaleBenchmarkTest {

    @TempDir
    Path dir;

    private static <T> T service(BundleContext ctx, Class<T> type, String filter) throws Exception {
        ServiceTracker<T, T> t = new ServiceTracker<>(ctx, ctx.createFilter("(&(objectClass=" + type.getName() + ")" + filter + ")"), null);
        t.open();
        try {
            T s = t.waitForService(10_000);
            assertNotNull(s, type.getSimpleName() + " " + filter);
            return s;
        } finally {
            t.close();
        }
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    @Test
    void planAndReportsOfALargeEstate() throws Exception {
        Assumptions.assumeTrue("1".equals(System.getenv("ORIGO_BENCHMARK")), "benchmark: set ORIGO_BENCHMARK=1 to run");
        int n = Integer.parseInt(System.getenv().getOrDefault("ORIGO_BENCHMARK_ASSETS", "200000"));
        Bundle self = FrameworkUtil.getBundle(org.origo.report.html.internal.HtmlReportRenderer.class);
        if (self.getBundleContext() == null) {
            self.start();
        }
        BundleContext ctx = self.getBundleContext();
        for (Bundle b : ctx.getBundles()) {
            String s = b.getSymbolicName();
            if (s != null && (s.equals("org.origo.plan") || s.startsWith("org.origo.report.")) && b.getState() != Bundle.ACTIVE
                    && b.getHeaders().get("Fragment-Host") == null) {
                b.start();
            }
        }
        ReportEstate e = new ReportEstate();
        e.project.getMatches().clear();
        e.project.setPlan(null);
        e.snapshot.getAssets().clear();
        OrigoFactory f = OrigoFactory.eINSTANCE;
        String[] sites = { "市政府大楼", "财政局", "教育局东区", "卫生健康委", "公安局指挥中心", "税务局第二分局" };
        String[] depts = { "办公室", "预算科", "信息中心", "人事科", "法规科", "档案室", "后勤保障科" };
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            Asset a = f.createAsset();
            a.setId("ZC-" + i);
            a.setHostname("PC-" + i);
            a.setKind(i % 50 == 0 ? AssetKind.SERVER : AssetKind.DESKTOP);
            a.setSite(sites[i % sites.length] + (i / 5000));
            a.setDepartment(depts[(i / 7) % depts.length]);
            a.setCriticality(i % 4);
            Component c = f.createComponent();
            c.setKind(ComponentKind.SYSTEM);
            c.setVendor(i % 3 == 0 ? "Dell" : "Lenovo");
            a.getComponents().add(c);
            Verdict v = f.createVerdict();
            v.setProfileId(ReportEstate.PROFILE);
            v.setOutcome(i % 5 == 4 ? VerdictOutcome.KEEP : VerdictOutcome.REPLACE);
            v.setAnyUs(i % 3 == 0);
            v.getRuleIds().add(i % 3 == 0 ? "cn.brand.foreign" : "cn.cpu.foreign");
            v.setReasonEn("CPU Intel (United States) is foreign");
            v.setReasonZh("处理器 Intel（美国）为境外产品");
            a.getVerdicts().add(v);
            e.snapshot.getAssets().add(a);
            if (v.getOutcome() == VerdictOutcome.REPLACE) {
                Match m = f.createMatch();
                m.setAsset(a);
                m.setAssetId(a.getId());
                m.setTarget("SYSTEM");
                m.setRank(1);
                m.setProductId("GW-TD120A2");
                m.setProductName("长城 世恒 TD120A2");
                m.setPrice(5200);
                m.setScore(0.9);
                e.project.getMatches().add(m);
            }
        }
        System.out.printf(Locale.ROOT, "benchmark: %,d assets built in %d ms%n", n, (System.nanoTime() - t0) / 1_000_000);

        ReplacementPlanner planner = service(ctx, ReplacementPlanner.class, "");
        resetPeaks();
        t0 = System.nanoTime();
        Plan plan = planner.plan(e.project, new PlanRequest(ReportEstate.PROFILE, 2026, PlanRequest.DIRECTIVE_SPLIT,
                Map.of(2026, 5200.0 * n / 5), org.origo.model.ShareBasis.COUNT), Progress.NONE);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        e.project.setPlan(plan);
        System.out.printf(Locale.ROOT, "benchmark: plan %,d items in %d ms (%,.0f assets/s), peak heap %d MiB%n", plan.getItems().size(), ms,
                n * 1000.0 / Math.max(1, ms), peakHeapMb());
        assertEquals(n - n / 5, plan.getItems().size());

        for (String format : List.of("csv", "xlsx", "html")) {
            ServiceTracker<ReportRenderer, ReportRenderer> t = new ServiceTracker<>(ctx,
                    ctx.createFilter("(&(objectClass=" + ReportRenderer.class.getName() + ")(origo.report.format=" + format + "))"), null);
            t.open();
            ReportRenderer r = t.waitForService(3000);
            t.close();
            if (r == null) {
                System.out.println("benchmark: no " + format + " renderer in this test runtime, skipped");
                continue;
            }
            resetPeaks();
            t0 = System.nanoTime();
            List<Path> files = r.render(e.project, new ReportRequest(dir.resolve(format), Locale.SIMPLIFIED_CHINESE, null, Set.of()));
            ms = (System.nanoTime() - t0) / 1_000_000;
            long bytes = 0;
            for (Path p : files) {
                bytes += Files.size(p);
            }
            System.out.printf(Locale.ROOT, "benchmark: %s report in %d ms (%,.0f assets/s), %,d bytes in %d files, peak heap %d MiB%n",
                    format, ms, n * 1000.0 / Math.max(1, ms), bytes, files.size(), peakHeapMb());
        }
    }
}
