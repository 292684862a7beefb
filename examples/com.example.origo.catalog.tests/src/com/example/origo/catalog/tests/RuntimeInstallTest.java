package com.example.origo.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.api.CommandContext;
import org.origo.api.OrigoCommand;
import org.origo.api.Progress;
import org.origo.catalog.api.MatchPolicy;
import org.origo.catalog.api.tests.CatalogServices;
import org.origo.core.Contributions;
import org.origo.core.Pipeline;
import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Catalog;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.InventorySnapshot;
import org.origo.model.Match;
import org.origo.model.OriginFact;
import org.origo.model.OriginFacts;
import org.origo.model.OrigoFactory;
import org.origo.model.Project;
import org.origo.model.Verdict;
import org.origo.model.VerdictOutcome;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The vendor's bundle jar, installed into a running Origo, changes the proposals at once; removed,
 * it leaves no trace. And {@code origo catalog validate} accepts the jar.
 */
class RuntimeInstallTest {

    private static final String BUNDLE = "com.example.origo.catalog";
    private static final String CATALOG = "com.example.terminals";
    private static final String PROFILE = "cn-2020";

    @TempDir
    Path tmp;

    private static BundleContext context() throws Exception {
        Bundle self = FrameworkUtil.getBundle(RuntimeInstallTest.class);
        if (self.getState() != Bundle.ACTIVE) {
            self.start();
        }
        return self.getBundleContext();
    }

    private static Contributions registry() throws Exception {
        BundleContext ctx = context();
        for (Bundle b : ctx.getBundles()) {
            if ("org.origo.core".equals(b.getSymbolicName()) || "org.origo.catalog".equals(b.getSymbolicName())) {
                b.start();
            }
        }
        CatalogServices.startCatalogBundles();
        ServiceTracker<Contributions, Contributions> t = new ServiceTracker<>(ctx, Contributions.class, null);
        t.open();
        try {
            Contributions c = t.waitForService(10_000);
            assertNotNull(c, "the Origo contribution registry is not running");
            long until = System.currentTimeMillis() + 10_000;
            while ((c.matcher().isEmpty() || c.command("catalog").isEmpty()) && System.currentTimeMillis() < until) {
                Thread.sleep(20);
            }
            return c;
        } finally {
            t.close();
        }
    }

    /** The jar the build produced for the vendor bundle. */
    private static Path jar() throws Exception {
        Path target = Path.of(System.getProperty("origo.repo.root", "."), "examples", BUNDLE, "target");
        try (var s = Files.list(target)) {
            return s.filter(p -> p.getFileName().toString().matches("com\\.example\\.origo\\.catalog-[0-9].*\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no bundle jar in " + target));
        }
    }

    private static boolean waitFor(Contributions c, boolean present) throws InterruptedException {
        long until = System.currentTimeMillis() + 10_000;
        while (c.catalogs().stream().anyMatch(e -> e.id().equals(CATALOG)) != present && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        return c.catalogs().stream().anyMatch(e -> e.id().equals(CATALOG)) == present;
    }

    /** One foreign thin client to replace, as an import and the cn-2020 profile leave it. */
    private static Project estate() {
        OrigoFactory f = OrigoFactory.eINSTANCE;
        Project p = f.createProject();
        InventorySnapshot s = f.createInventorySnapshot();
        p.getSnapshots().add(s);
        OriginFacts us = f.createOriginFacts();
        OriginFact fact = f.createOriginFact();
        fact.setCountry("US");
        fact.setParty("Dell");
        us.getFacts().add(fact);
        p.getOrigins().add(us);
        Asset a = f.createAsset();
        a.setId("TC-1");
        a.setKind(AssetKind.THIN_CLIENT);
        a.setSite("窗口服务大厅");
        Component sys = f.createComponent();
        sys.setKind(ComponentKind.SYSTEM);
        sys.setVendor("Dell");
        sys.setProduct("Wyse 5070 Thin Client");
        sys.setOrigin(us);
        a.getComponents().add(sys);
        Component cpu = f.createComponent();
        cpu.setKind(ComponentKind.CPU);
        cpu.setVendor("Intel");
        cpu.setArchitecture("x86_64");
        cpu.setCores(4);
        cpu.setOrigin(us);
        a.getComponents().add(cpu);
        Verdict v = f.createVerdict();
        v.setProfileId(PROFILE);
        v.setOutcome(VerdictOutcome.REPLACE);
        a.getVerdicts().add(v);
        s.getAssets().add(a);
        return p;
    }

    private static Match top(Contributions c) throws Exception {
        Project p = estate();
        Pipeline pipeline = new Pipeline(c);
        List<String> problems = new ArrayList<>();
        List<Catalog> catalogs = pipeline.loadCatalogs(null, problems);
        assertEquals(List.of(), problems);
        pipeline.match(p, PROFILE, catalogs, MatchPolicy.defaults(), Progress.NONE);
        return p.getMatches().stream().filter(m -> "hardware".equals(m.getTarget())).findFirst().orElseThrow();
    }

    @Test
    void installingTheBundleAtRunTimeChangesTheMatchesWithoutRestart() throws Exception {
        Contributions reg = registry();
        BundleContext ctx = context();
        Path jar = jar();
        Bundle original = null;
        for (Bundle b : ctx.getBundles()) {
            if (BUNDLE.equals(b.getSymbolicName())) {
                original = b;
            }
        }
        String originalLocation = original == null ? null : original.getLocation();
        if (original != null) {
            original.uninstall();
        }
        Bundle installed = null;
        try {
            assertTrue(waitFor(reg, false));
            Match without = top(reg);
            assertEquals(0, without.getRank(), "nothing to offer for a thin client without the vendor's catalog");

            try (InputStream in = Files.newInputStream(jar)) {
                installed = ctx.installBundle("example:" + jar.getFileName(), in);
            }
            installed.start();
            assertTrue(waitFor(reg, true), "the catalog service did not appear");
            Match with = top(reg);
            assertEquals(1, with.getRank());
            assertEquals("Example Terminals", with.getVendor());
            assertEquals(CATALOG, with.getCatalogId());

            installed.uninstall();
            installed = null;
            assertTrue(waitFor(reg, false), "the catalog service did not disappear");
            assertEquals(0, top(reg).getRank());
        } finally {
            if (installed != null) {
                installed.uninstall();
            }
            if (originalLocation != null) {
                // the launcher's location may be relative to its install area: reinstall from the same jar
                Bundle b;
                try (InputStream in = Files.newInputStream(jar)) {
                    b = ctx.installBundle(originalLocation, in);
                }
                b.start();
                waitFor(reg, true);
            }
        }
    }

    @Test
    void validateAcceptsTheBundleJar() throws Exception {
        OrigoCommand validate = registry().command("catalog").orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        Path jar = jar();
        Path cwd = tmp;
        CommandContext ctx = new CommandContext() {
            @Override
            public List<String> args() {
                return List.of("validate", jar.toString());
            }

            @Override
            public PrintStream out() {
                return ps;
            }

            @Override
            public PrintStream err() {
                return ps;
            }

            @Override
            public Locale locale() {
                return Locale.ENGLISH;
            }

            @Override
            public Path workingDirectory() {
                return cwd;
            }

            @Override
            public boolean debug() {
                return false;
            }

            @Override
            public Progress progress() {
                return Progress.NONE;
            }
        };
        int rc = validate.run(ctx);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, rc, text);
        assertTrue(text.contains("catalog com.example.terminals with 2 products"), text);
        assertTrue(text.contains("valid (0 errors, 0 warnings)"), text);
    }
}
