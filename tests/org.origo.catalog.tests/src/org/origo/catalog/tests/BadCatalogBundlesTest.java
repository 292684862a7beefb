package org.origo.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.origo.catalog.api.MatchPolicy;
import org.origo.catalog.api.ReplacementCatalog;
import org.origo.catalog.api.tests.CatalogServices;
import org.origo.core.Contributions;
import org.origo.core.Pipeline;
import org.origo.model.Catalog;
import org.origo.model.Match;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** Broken catalog bundles installed at run time are refused with precise errors; the others keep working. */
class BadCatalogBundlesTest {

    private static boolean registered(Contributions c, String id) {
        return c.catalogs().stream().anyMatch(e -> e.id().equals(id));
    }

    private static boolean waitFor(Contributions c, String id, boolean present) throws InterruptedException {
        long until = System.currentTimeMillis() + 10_000;
        while (registered(c, id) != present && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        return registered(c, id) == present;
    }

    @Test
    void badCatalogBundlesAreRefusedWithPreciseErrorsWhileTheOthersKeepWorking() throws Exception {
        Contributions reg = TestRuntime.contributions();
        BundleContext ctx = TestRuntime.context();
        String good = Jars.validCatalog("test.good", "Good Terminals");
        String bad = Jars.validCatalog("test.bad", "Bad Terminals").replace("\"amount\": 1000", "\"amount\": -5")
                .replace("\"THIN_CLIENT\"", "\"TERMINAL\"");
        String original = Jars.validCatalog("test.tampered", "Tampered Terminals");
        String tampered = original.replace("\"amount\": 1000", "\"amount\": 1");
        List<Bundle> bundles = new ArrayList<>();
        try {
            bundles.add(install(ctx, "test.good.bundle", Jars.dataCatalogBundle("test.good.bundle", "test.good", "Good Terminals", good, good)));
            bundles.add(install(ctx, "test.bad.bundle", Jars.dataCatalogBundle("test.bad.bundle", "test.bad", "Bad Terminals", bad, bad)));
            bundles.add(install(ctx, "test.tampered.bundle",
                    Jars.dataCatalogBundle("test.tampered.bundle", "test.tampered", "Tampered Terminals", original, tampered)));
            for (String id : List.of("test.good", "test.bad", "test.tampered")) {
                assertTrue(waitFor(reg, id, true), id);
            }
            List<String> problems = new ArrayList<>();
            List<String> ids = new ArrayList<>(TestRuntime.SHIPPED);
            ids.addAll(List.of("test.good", "test.bad", "test.tampered"));
            List<Catalog> loaded = new Pipeline(reg).loadCatalogs(ids, problems);
            List<String> loadedIds = loaded.stream().map(Catalog::getId).toList();
            assertTrue(loadedIds.contains("test.good"), loadedIds.toString());
            assertTrue(loadedIds.containsAll(TestRuntime.SHIPPED), loadedIds.toString());
            assertFalse(loadedIds.contains("test.bad"));
            assertFalse(loadedIds.contains("test.tampered"));
            assertEquals(2, problems.size(), problems.toString());
            String badProblem = problems.stream().filter(p -> p.contains("test.bad")).findFirst().orElseThrow();
            // line 12 holds the unknown category; the message names file and line
            assertTrue(badProblem.contains("test.bad.bundle/catalog/test.bad.json:12"), badProblem);
            assertTrue(badProblem.contains("TERMINAL"), badProblem);
            String tamperedProblem = problems.stream().filter(p -> p.contains("test.tampered")).findFirst().orElseThrow();
            assertTrue(tamperedProblem.contains("altered"), tamperedProblem);
            // the same problems in the user's language
            List<String> zhProblems = new ArrayList<>();
            new Pipeline(reg).loadCatalogs(ids, zhProblems, Locale.SIMPLIFIED_CHINESE);
            assertEquals(2, zhProblems.size(), zhProblems.toString());
            assertFalse(zhProblems.equals(problems), "described in Chinese: " + zhProblems);
            assertTrue(zhProblems.stream().anyMatch(p -> p.contains("test.bad.bundle/catalog/test.bad.json:12")
                    && p.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)), zhProblems.toString());
            // matching goes on with the catalogs that loaded
            Estate e = Estate.financeBureau();
            new Pipeline(reg).match(e.project, Estate.PROFILE, loaded, MatchPolicy.defaults(), org.origo.api.Progress.NONE);
            assertTrue(e.project.getMatches().stream().anyMatch(m -> "test.good".equals(m.getCatalogId())));
            // every problem of the bad catalog, with its location, in both languages
            ReplacementCatalog badService = reg.catalogs().stream().filter(x -> x.id().equals("test.bad")).findFirst().orElseThrow()
                    .service();
            org.origo.catalog.sdk.CatalogFormatException ex = org.junit.jupiter.api.Assertions
                    .assertThrows(org.origo.catalog.sdk.CatalogFormatException.class, badService::load);
            String all = ex.describeAll(Locale.ENGLISH);
            assertTrue(all.contains(":12: field 'products[0].category' unknown category 'TERMINAL'"), all);
            assertTrue(all.contains(":15: field 'products[0].price.amount' the price must not be negative (found -5)"), all);
            String zh = ex.describeAll(Locale.SIMPLIFIED_CHINESE);
            assertTrue(zh.contains("价格不能为负数"), zh);
        } finally {
            for (Bundle b : bundles) {
                b.uninstall();
            }
        }
        assertTrue(waitFor(reg, "test.good", false));
        assertFalse(registered(reg, "test.bad"));
    }

    private static Bundle install(BundleContext ctx, String name, byte[] jar) throws Exception {
        Bundle b = ctx.installBundle("origo-test:" + name, new ByteArrayInputStream(jar));
        b.start();
        assertNotNull(b.getSymbolicName(), new String(jar, 0, 10, StandardCharsets.ISO_8859_1));
        return b;
    }
}
