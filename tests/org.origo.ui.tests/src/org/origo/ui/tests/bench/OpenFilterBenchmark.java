package org.origo.ui.tests.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.origo.api.Progress;
import org.origo.core.Pipeline;
import org.origo.core.ProjectStore;
import org.origo.model.Asset;
import org.origo.model.Project;
import org.origo.model.VerdictOutcome;
import org.origo.ui.internal.inventory.InventoryIndex;
import org.origo.ui.internal.inventory.InventoryIndex.Column;
import org.origo.ui.internal.inventory.InventoryIndex.Filter;
import org.origo.ui.internal.parts.InventoryPart;
import org.origo.ui.internal.widgets.VirtualGrid;
import org.origo.ui.tests.TestDoubles;
import org.origo.ui.tests.UiTestSupport;

/**
 * Measures what a technician waits for on a large estate (not a unit test): opening a project of
 * N assets (default 1,000,000) from its folder and showing it in the inventory's virtual table, and
 * applying a filter to it. Usage: {@code OpenFilterBenchmark [assets] [projectDir]}; the project is
 * generated (classified with the test profile) and saved first when the folder holds none.
 */
public final class OpenFilterBenchmark {

    private OpenFilterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Path.of(args.length > 1 ? args[1] : System.getProperty("java.io.tmpdir") + "/origo-bench-" + n);
        if (!ProjectStore.isProject(dir)) {
            long t0 = System.nanoTime();
            Project p = ProjectStore.create(dir, "bench " + n);
            UiTestSupport.estate(p, n);
            TestDoubles.SmallProfile profile = new TestDoubles.SmallProfile();
            for (Asset a : Pipeline.currentAssets(p)) {
                var v = profile.evaluate(a);
                v.setProfileId(profile.id());
                a.getVerdicts().add(v);
            }
            p.setProfileId(profile.id());
            ProjectStore.save(p, dir);
            System.out.printf("generated and saved %,d assets in %.1f s (%s, %,d bytes)%n", n, secs(t0), dir,
                    Files.size(dir.resolve(ProjectStore.STORE_FILE)));
            p = null;
            System.gc();
        }
        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1280, 800);
        VirtualGrid table = new VirtualGrid(shell);
        String[] titles = new String[Column.values().length];
        int[] widths = new int[titles.length];
        for (Column c : Column.values()) {
            titles[c.ordinal()] = c.name();
            widths[c.ordinal()] = 100;
        }
        table.setColumns(titles, widths);
        InventoryIndex[] index = new InventoryIndex[1];
        int[][] rows = new int[1][];
        shell.open();
        drain(display);

        long t0 = System.nanoTime();
        Project p = ProjectStore.open(dir);
        double load = secs(t0);
        long t1 = System.nanoTime();
        List<Asset> assets = Pipeline.currentAssets(p);
        index[0] = new InventoryIndex(assets, p.getProfileId(), Progress.NONE);
        rows[0] = index[0].filter(Filter.all(), Progress.NONE);
        double idx = secs(t1);
        long t2 = System.nanoTime();
        int[] all = rows[0];
        table.setRows(all.length, i -> InventoryPart.rowTexts(index[0], all[i]));
        table.update();
        drain(display);
        double show = secs(t2);
        System.out.printf("open %,d assets: load %.2f s + index %.2f s + table %.2f s = %.2f s to first screen%n", assets.size(),
                load, idx, show, load + idx + show);

        for (Filter f : List.of(new Filter(VerdictOutcome.REPLACE_VALUE, Filter.ANY, null, "上海市税务局", null, null),
                new Filter(Filter.ANY, Filter.ANY, null, null, null, "phytium"),
                new Filter(Filter.ANY, Filter.ANY, null, null, null, "CZJ-PC-0042"))) {
            long t3 = System.nanoTime();
            rows[0] = index[0].filter(f, Progress.NONE);
            double filter = secs(t3);
            long t4 = System.nanoTime();
            int[] r = rows[0];
            table.setRows(r.length, i -> InventoryPart.rowTexts(index[0], r[i]));
            table.update();
            drain(display);
            System.out.printf("filter %s: %,d rows, filter %.0f ms + table %.0f ms%n", describe(f), rows[0].length,
                    filter * 1000, secs(t4) * 1000);
        }
        long t5 = System.nanoTime();
        int[] sorted = index[0].sort(index[0].filter(Filter.all(), Progress.NONE), Column.HOSTNAME, false, Progress.NONE);
        System.out.printf("sort %,d rows by host name: %.0f ms%n", sorted.length, secs(t5) * 1000);
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap used %,d MB of max %,d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        shell.dispose();
        display.dispose();
    }

    private static String describe(Filter f) {
        return f.text() != null ? "text '" + f.text() + "'" : "verdict+site";
    }

    private static void drain(Display d) {
        long end = System.currentTimeMillis() + 200;
        while (System.currentTimeMillis() < end) {
            if (!d.readAndDispatch()) {
                end = Math.min(end, System.currentTimeMillis() + 20);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
