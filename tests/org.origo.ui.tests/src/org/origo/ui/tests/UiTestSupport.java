package org.origo.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Assumptions;
import org.origo.catalog.api.ReplacementCatalog;
import org.origo.core.Contributions;
import org.origo.inventory.api.InventoryService;
import org.origo.model.AssetKind;
import org.origo.model.InventorySnapshot;
import org.origo.model.Project;
import org.origo.origin.api.OriginProfile;
import org.origo.plan.api.ReplacementPlanner;
import org.origo.ui.internal.services.UiServices;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** Display handling, waiting, screenshots and the estate the UI tests work on. */
public final class UiTestSupport {

    private UiTestSupport() {
    }

    /**
     * The display for the tests. Without one the tests are skipped, except in CI (CI=true), where a
     * missing display is an error of the environment and fails the test.
     */
    static Display display() {
        Display d = Display.getCurrent();
        if (d != null) {
            return d;
        }
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        String x = System.getenv("DISPLAY");
        String w = System.getenv("WAYLAND_DISPLAY");
        if ((x == null || x.isEmpty()) && (w == null || w.isEmpty())) {
            if (ci) {
                fail("CI=true but no display is available (DISPLAY is not set): run the build under xvfb-run");
            }
            Assumptions.abort("no display (DISPLAY not set): workbench tests skipped; run under xvfb-run -a");
        }
        try {
            return new Display();
        } catch (SWTError e) {
            if (ci) {
                fail("CI=true but the display cannot be opened: " + e.getMessage());
            }
            Assumptions.abort("display cannot be opened: " + e.getMessage());
            return null;
        }
    }

    static BundleContext context() {
        UiServices.startCore();
        BundleContext ctx = FrameworkUtil.getBundle(UiServices.class).getBundleContext();
        if (ctx == null) {
            try {
                FrameworkUtil.getBundle(UiServices.class).start();
            } catch (org.osgi.framework.BundleException e) {
                throw new IllegalStateException(e);
            }
            ctx = FrameworkUtil.getBundle(UiServices.class).getBundleContext();
        }
        return ctx;
    }

    /** Registers the test-only doubles of the services; unregister them after the test. */
    static List<ServiceRegistration<?>> registerDoubles(BundleContext ctx) {
        List<ServiceRegistration<?>> regs = new ArrayList<>();
        regs.add(ctx.registerService(InventoryService.class, new TestDoubles.CsvInventoryService(), props("test", "inv")));
        regs.add(ctx.registerService(OriginProfile.class, new TestDoubles.SmallProfile(),
                props(OriginProfile.PROP_ID, "test-profile")));
        regs.add(ctx.registerService(ReplacementCatalog.class, new TestDoubles.SmallCatalog(),
                props(ReplacementCatalog.PROP_ID, "test-greatwall")));
        regs.add(ctx.registerService(ReplacementPlanner.class, new TestDoubles.SmallPlanner(), props("test", "plan")));
        return regs;
    }

    private static Dictionary<String, Object> props(String k, String v) {
        Hashtable<String, Object> h = new Hashtable<>();
        h.put(k, v);
        return h;
    }

    /** Waits, dispatching events, until the condition holds; fails after the timeout. */
    static void waitUntil(Display d, String what, BooleanSupplier condition) {
        long end = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                fail("timed out waiting for " + what);
            }
            if (!d.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail("interrupted");
                }
            }
        }
        // let pending repaints and layouts run
        while (d.readAndDispatch()) {
            // dispatch
        }
    }

    static void settle(Display d, int millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!d.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    static Path screenshotDir() throws IOException {
        Path cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        Path target = cwd;
        while (target != null && !"target".equals(String.valueOf(target.getFileName()))) {
            target = target.getParent();
        }
        Path dir = (target != null ? target : cwd.resolve("target")).resolve("screenshots");
        Files.createDirectories(dir);
        return dir;
    }

    /** Saves a PNG of the shell as it is on screen. */
    static Path screenshot(Shell shell, String name) throws IOException {
        Display d = shell.getDisplay();
        shell.layout(true, true);
        redraw(shell);
        settle(d, 300);
        shell.update();
        settle(d, 200);
        Rectangle b = shell.getBounds();
        Image img = new Image(d, b.width, b.height);
        GC gc = new GC(d);
        try {
            gc.copyArea(img, b.x, b.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { img.getImageData() };
            Path out = screenshotDir().resolve(name + ".png");
            loader.save(out.toString(), SWT.IMAGE_PNG);
            return out;
        } finally {
            gc.dispose();
            img.dispose();
        }
    }

    private static void redraw(org.eclipse.swt.widgets.Control c) {
        c.redraw();
        if (c instanceof org.eclipse.swt.widgets.Composite comp) {
            for (org.eclipse.swt.widgets.Control child : comp.getChildren()) {
                redraw(child);
            }
        }
    }

    static final String[] SITES = { "北京市财政局", "上海市税务局", "广州市教育局", "成都市卫生健康委员会" };
    static final String[] DEPARTMENTS = { "办公室", "财务科", "信息中心", "人事处", "综合业务科" };
    static final String[] OWNERS = { "张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强" };
    static final String[][] MACHINES = {
            { "Lenovo", "Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz", "Microsoft Windows 10 Pro" },
            { "Dell Inc.", "Intel(R) Core(TM) i7-9700 CPU @ 3.00GHz", "Microsoft Windows 10 Pro" },
            { "HP", "Intel(R) Core(TM) i5-10500 CPU @ 3.10GHz", "Microsoft Windows 7 Professional" },
            { "Great Wall", "Phytium,D2000/8", "Kylin Linux Desktop V10 (SP1)" },
            { "Huawei", "HUAWEI Kunpeng 920 2251K", "UOS Desktop 20 Professional" },
            { "To be filled by O.E.M.", "", "Kylin Linux Desktop V10 (SP1)" },
            { "Tongfang", "Hygon C86 3250 8-core Processor", "Kylin Linux Desktop V10 (SP1)" } };

    /** A project with {@code n} assets of a realistic administration (not classified yet). */
    public static Project estate(Project p, int n) {
        InventorySnapshot s = TestDoubles.F.createInventorySnapshot();
        s.setId("s1");
        s.setLabel("2026-03 财政系统资产台账");
        for (int i = 0; i < n; i++) {
            String[] m = MACHINES[(i * 7 + i / 5) % MACHINES.length];
            String site = SITES[i % SITES.length];
            AssetKind kind = i % 11 == 0 ? AssetKind.LAPTOP : i % 17 == 0 ? AssetKind.SERVER : AssetKind.DESKTOP;
            var a = TestDoubles.asset(String.format("A-%06d", i + 1), String.format("CZJ-PC-%04d", i + 1),
                    String.format("SN%08X", 0x3F00A000 + i * 37), kind, m[0], m[1], m[2], site,
                    DEPARTMENTS[(i / 3) % DEPARTMENTS.length], OWNERS[i % OWNERS.length]);
            a.getSources().add("财政局资产台账.csv");
            s.getAssets().add(a);
        }
        p.getSnapshots().add(s);
        return p;
    }

    static boolean registryHas(Contributions c, String kind, String id) {
        return c.all().stream().anyMatch(e -> e.kind().equals(kind) && e.id().equals(id));
    }
}
