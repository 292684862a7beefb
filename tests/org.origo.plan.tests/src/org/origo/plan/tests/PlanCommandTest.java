package org.origo.plan.tests;

import org.origo.testing.RecordingContext;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.api.OrigoCommand;
import org.origo.api.OrigoException;
import org.origo.api.UsageException;
import org.origo.core.ProjectStore;
import org.origo.model.Project;
import org.origo.plan.api.ReplacementPlanner;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

class PlanCommandTest {

    @TempDir
    Path dir;

    static BundleContext context() throws Exception {
        Bundle self = FrameworkUtil.getBundle(org.origo.plan.internal.Planner.class);
        for (Bundle b : self.getBundleContext() == null ? new Bundle[0] : self.getBundleContext().getBundles()) {
            if ("org.origo.core".equals(b.getSymbolicName())) {
                b.start();
            }
        }
        if (self.getBundleContext() == null) {
            self.start();
        }
        for (Bundle b : self.getBundleContext().getBundles()) {
            if ("org.origo.core".equals(b.getSymbolicName()) && b.getState() != Bundle.ACTIVE) {
                b.start();
            }
        }
        return self.getBundleContext();
    }

    static OrigoCommand command(String name) throws Exception {
        BundleContext ctx = context();
        ServiceTracker<OrigoCommand, OrigoCommand> t = new ServiceTracker<>(ctx,
                ctx.createFilter("(&(objectClass=" + OrigoCommand.class.getName() + ")(" + OrigoCommand.PROP_NAME + "=" + name + "))"),
                null);
        t.open();
        try {
            OrigoCommand c = t.waitForService(5000);
            assertNotNull(c, "command " + name + " is registered");
            return c;
        } finally {
            t.close();
        }
    }

    private Path project(int n) throws Exception {
        Path p = dir.resolve("项目");
        ProjectStore.create(p, "某市人民政府");
        Project project = ProjectStore.open(p);
        Estate e = Estate.spread(n);
        project.getSnapshots().add(e.snapshot);
        project.setProfileId(Estate.PROFILE);
        ProjectStore.save(project, p);
        return p;
    }

    @Test
    void plannerIsAServiceAndCommandsAreRegistered() throws Exception {
        BundleContext ctx = context();
        ServiceTracker<ReplacementPlanner, ReplacementPlanner> t = new ServiceTracker<>(ctx, ReplacementPlanner.class, null);
        t.open();
        assertNotNull(t.waitForService(5000));
        t.close();
        assertEquals("plan", command("plan").name());
        assertEquals("progress", command("progress").name());
    }

    @Test
    void planSavesWritesCsvAuditsThenWhatIfLeavesItAlone() throws Exception {
        Path p = project(50);
        OrigoCommand plan = command("plan");
        RecordingContext c1 = new RecordingContext(dir, Locale.ENGLISH, "--project", p.toString(), "--first-year", "2026", "--budget",
                "2026=60000", "2027=400000");
        assertEquals(0, plan.run(c1));
        assertTrue(c1.stdout().contains("Constraints relaxed:"), c1.stdout());
        List<String> csv = Files.readAllLines(p.resolve("plan.csv"), StandardCharsets.UTF_8);
        assertEquals("asset_id,phase,year,product_id,cost,currency,actions,reason,plan_status", csv.get(0));
        assertEquals(51, csv.size());
        assertTrue(csv.get(1).matches("PC-\\d{4},1,2026,,5500,CNY,hardware: no candidate: REVIEW the catalogs; 5500 CNY is a default estimate,"
                + ".*phase 1 \\(2026\\).*,current"), csv.get(1));
        Project saved = ProjectStore.open(p);
        assertNotNull(saved.getPlan());
        assertEquals(50, saved.getPlan().getItems().size());
        assertNotNull(saved.getPlan().getCreatedAt());
        assertEquals(10, saved.getPlan().getPhases().get(0).getPlannedCount(), "60000 holds 10 desktops at 5500");
        assertTrue(saved.getAuditLog().stream().anyMatch(a -> a.getAction().equals("plan.save")));

        long before = ProjectStore.revision(p);
        byte[] csvBefore = Files.readAllBytes(p.resolve("plan.csv"));
        RecordingContext c2 = new RecordingContext(dir, Locale.SIMPLIFIED_CHINESE, "--project", p.toString(), "--split", "40,40,20",
                "--what-if", "--compare");
        assertEquals(0, plan.run(c2));
        String out = c2.stdout();
        assertTrue(out.contains("与已保存计划的差异"), out);
        assertTrue(out.contains("台资产变更了阶段"), out);
        assertTrue(out.contains("仅为假设分析"), out);
        assertEquals(before, ProjectStore.revision(p), "what-if leaves the saved plan");
        assertArrayEquals(csvBefore, Files.readAllBytes(p.resolve("plan.csv")));

        RecordingContext c3 = new RecordingContext(dir, Locale.ENGLISH, "plan", "--project", p.toString());
        RecordingContext c4 = new RecordingContext(dir, Locale.ENGLISH, "progress", "--project", p.toString());
        assertEquals(0, plan.run(c4));
        assertTrue(c4.stdout().contains("planned 50: replaced (confirmed) 0, remaining 50; gone from the inventory without confirmation 0"),
                c4.stdout());
        assertTrue(c4.stdout().contains("市政府大楼"), c4.stdout());
        assertThrows(UsageException.class, () -> plan.run(c3), "a stray positional argument is a usage error");
    }

    @Test
    void badOptionsAreUsageErrorsAndUnclassifiedProjectsAreRefused() throws Exception {
        Path p = project(5);
        OrigoCommand plan = command("plan");
        UsageException u = assertThrows(UsageException.class,
                () -> plan.run(new RecordingContext(dir, Locale.ENGLISH, "--project", p.toString(), "--split", "30,abc")));
        assertTrue(u.describe(Locale.ENGLISH).contains("--split"));
        u = assertThrows(UsageException.class,
                () -> plan.run(new RecordingContext(dir, Locale.ENGLISH, "--project", p.toString(), "--budget", "2026")));
        assertTrue(u.describe(Locale.SIMPLIFIED_CHINESE).contains("年份=金额"));
        OrigoException e = assertThrows(OrigoException.class,
                () -> plan.run(new RecordingContext(dir, Locale.ENGLISH, "--project", p.toString(), "--profile", "us-fcc-covered")));
        assertTrue(e.describe(Locale.ENGLISH).contains("no verdicts of profile 'us-fcc-covered'"), e.describe(Locale.ENGLISH));
        assertTrue(!Files.exists(p.resolve("plan.csv")));
    }
}
