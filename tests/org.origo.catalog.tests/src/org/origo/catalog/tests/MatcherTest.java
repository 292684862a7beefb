package org.origo.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.origo.catalog.api.MatchPolicy;
import org.origo.catalog.sdk.CatalogVerifier;
import org.origo.catalog.sdk.MatchText;
import org.origo.catalog.sdk.Products;
import org.origo.core.Pipeline;
import org.origo.model.Asset;
import org.origo.model.Catalog;
import org.origo.model.CatalogProduct;
import org.origo.model.Match;
import org.origo.model.ProductCategory;
import org.origo.model.VerdictOutcome;

class MatcherTest {

    private static List<Catalog> catalogs;
    private static Map<String, CatalogProduct> index;

    @BeforeAll
    static void loadShippedCatalogs() throws Exception {
        catalogs = TestRuntime.catalogs(TestRuntime.SHIPPED);
        assertEquals(TestRuntime.SHIPPED.size(), catalogs.size());
        index = CatalogVerifier.index(catalogs);
    }

    private static CatalogProduct product(Match m) {
        CatalogProduct p = index.get(m.getCatalogId() + ":" + m.getProductId());
        assertNotNull(p, TestRuntime.describe(m));
        return p;
    }

    private static boolean certified(String a, String b) {
        for (String[] pair : new String[][] { { a, b }, { b, a } }) {
            CatalogProduct p = index.get(pair[0]);
            String cat = pair[0].substring(0, pair[0].indexOf(':'));
            List<String> refs = new ArrayList<>(p.getCertifiedOs());
            refs.addAll(p.getCertifiedWith());
            for (String r : refs) {
                if ((r.contains(":") ? r : cat + ":" + r).equals(pair[1])) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Match> of(List<Match> all, String asset, String target) {
        return all.stream().filter(m -> m.getAssetId().equals(asset) && m.getTarget().equals(target)).toList();
    }

    @Test
    void everyAssetToReplaceGetsCandidatesWithACertifiedArchitectureAndOsPairing() throws Exception {
        Estate e = Estate.financeBureau();
        List<Match> all = TestRuntime.match(e.project, catalogs, MatchPolicy.defaults());
        int replace = 0;
        for (Asset a : Pipeline.currentAssets(e.project)) {
            VerdictOutcome v = Pipeline.verdict(a, Estate.PROFILE).getOutcome();
            List<Match> mine = all.stream().filter(m -> m.getAssetId().equals(a.getId()) && m.getRank() > 0).toList();
            if (v != VerdictOutcome.REPLACE) {
                assertTrue(all.stream().noneMatch(m -> m.getAssetId().equals(a.getId())), a.getId() + " is not to be replaced");
                continue;
            }
            replace++;
            assertFalse(mine.isEmpty(), a.getId() + " got no candidate");
            List<Match> hw = of(all, a.getId(), "hardware");
            List<Match> os = of(all, a.getId(), "os");
            String arch = "x86_64";
            if (!hw.isEmpty() && Products.isMachine(product(hw.get(0)).getCategory())) {
                Match top = hw.get(0);
                assertEquals(1, top.getRank());
                CatalogProduct machine = product(top);
                arch = Products.architectures(machine).get(0);
                String machineRef = top.getCatalogId() + ":" + top.getProductId();
                assertFalse(os.isEmpty(), a.getId() + " replaces Windows: an operating system is proposed");
                Match topOs = os.get(0);
                CatalogProduct osProduct = product(topOs);
                assertEquals(ProductCategory.OPERATING_SYSTEM, osProduct.getCategory());
                assertTrue(certified(machineRef, topOs.getCatalogId() + ":" + topOs.getProductId()),
                        a.getId() + ": " + TestRuntime.describe(topOs) + " is not certified for " + machineRef);
                assertTrue(Products.supports(osProduct, arch, machine.getAbi()), TestRuntime.describe(topOs));
            }
            for (Match m : mine) {
                CatalogProduct p = product(m);
                if (Products.isSoftware(p.getCategory())) {
                    assertTrue(Products.architectures(p).contains(arch), TestRuntime.describe(m) + " has no build for " + arch);
                }
            }
        }
        assertEquals(10, replace);
        // concrete expectations on what an expert would propose
        assertEquals(ProductCategory.SERVER, product(of(all, "FIN-SRV-001", "hardware").get(0)).getCategory());
        assertEquals("server", Products.spec(product(of(all, "FIN-SRV-001", "os").get(0)), "edition"));
        assertEquals("desktop", Products.spec(product(of(all, "FIN-PC-001", "os").get(0)), "edition"));
        assertEquals(ProductCategory.DATABASE, product(of(all, "FIN-SRV-001", "database").get(0)).getCategory());
        assertEquals(ProductCategory.MIDDLEWARE, product(of(all, "FIN-SRV-001", "middleware").get(0)).getCategory());
        assertEquals(ProductCategory.OFFICE_SUITE, product(of(all, "FIN-LT-001", "office").get(0)).getCategory());
        assertEquals(ProductCategory.LAPTOP, product(of(all, "FIN-LT-001", "hardware").get(0)).getCategory());
        assertEquals(ProductCategory.PRINTER, product(of(all, "FIN-PRN-001", "hardware").get(0)).getCategory());
        assertEquals(ProductCategory.NETWORK_SWITCH, product(of(all, "FIN-NET-001", "hardware").get(0)).getCategory());
        assertEquals(ProductCategory.FIREWALL, product(of(all, "FIN-NET-002", "hardware").get(0)).getCategory());
        assertTrue(of(all, "FIN-VM-001", "hardware").isEmpty(), "a virtual machine needs no hardware");
        assertEquals("server", Products.spec(product(of(all, "FIN-VM-001", "os").get(0)), "edition"), "a Windows Server guest gets a server OS");
        assertTrue(of(all, "FIN-PC-001", "os").get(0).getReasons().stream()
                .anyMatch(r -> MatchText.in(r, Locale.ENGLISH).equals("meant to replace Microsoft Windows 10 Pro")));
        assertEquals(ProductCategory.DATABASE, product(of(all, "FIN-VM-001", "database").get(0)).getCategory());
        assertTrue(of(all, "FIN-PC-002", "office").isEmpty(), "WPS is already domestic");
        List<Match> browser = of(all, "FIN-PC-001", "browser");
        assertEquals(1, browser.size());
        assertEquals(0, browser.get(0).getRank(), "no browser catalog installed: recorded as no candidate");
        // bilingual reasons and the sample-price mark
        Match top = of(all, "FIN-PC-001", "hardware").get(0);
        assertTrue(top.getReasons().stream().anyMatch(r -> MatchText.in(r, Locale.ENGLISH).contains("sample data")));
        assertTrue(top.getReasons().stream().anyMatch(r -> MatchText.in(r, Locale.SIMPLIFIED_CHINESE).contains("示例数据")));
        assertTrue(top.getScore() > 0 && top.getScore() <= 100);
    }

    @Test
    void windowsOnlyLineOfBusinessTitleIsFlaggedOnArmButNotOnX86() throws Exception {
        Estate e = Estate.financeBureau();
        List<Match> hw = of(TestRuntime.match(e.project, catalogs, new MatchPolicy(List.of(), List.of(), false, 0, 20)), "FIN-PC-001",
                "hardware");
        int arm = 0;
        int x86 = 0;
        for (Match m : hw) {
            String arch = Products.architectures(product(m)).get(0);
            List<String> findings = m.getFindings().stream().map(f -> MatchText.in(f, Locale.ENGLISH)).toList();
            boolean flagged = findings.stream().anyMatch(f -> f.contains(Estate.LOB_TITLE) && f.contains("Windows application")
                    && f.contains("aarch64") && f.contains("needs porting"));
            if ("aarch64".equals(arch)) {
                arm++;
                assertTrue(flagged, TestRuntime.describe(m) + " findings " + findings);
                assertTrue(m.getFindings().stream().anyMatch(f -> MatchText.in(f, Locale.SIMPLIFIED_CHINESE).contains("需要移植")));
                assertFalse(findings.stream().anyMatch(f -> f.contains("Office")), "Office is replaced, not a porting finding");
                assertFalse(findings.stream().anyMatch(f -> f.contains("Redistributable")), "runtimes are not findings");
            } else if ("x86_64".equals(arch)) {
                x86++;
                assertFalse(findings.stream().anyMatch(f -> f.contains(Estate.LOB_TITLE)), TestRuntime.describe(m));
            }
        }
        assertTrue(arm >= 2 && x86 >= 2, "both platforms were proposed: arm " + arm + ", x86 " + x86);
        // the porting burden ranks x86 machines first for this desktop
        assertEquals("x86_64", Products.architectures(product(hw.get(0))).get(0));
    }

    @Test
    void anExcludedVendorNeverAppears() throws Exception {
        Estate e = Estate.financeBureau();
        List<Match> before = TestRuntime.match(e.project, catalogs, new MatchPolicy(List.of(), List.of(), false, 0, 20));
        assertTrue(before.stream().anyMatch(m -> "Huawei".equals(m.getVendor())), "Huawei is offered without the exclusion");
        assertTrue(before.stream().anyMatch(m -> "Lenovo".equals(m.getVendor())));
        List<Match> after = TestRuntime.match(e.project, catalogs,
                new MatchPolicy(List.of(), List.of("huawei", "Lenovo"), false, 0, 20));
        assertFalse(after.isEmpty());
        for (Match m : after) {
            assertFalse(String.valueOf(m.getVendor()).contains("Huawei") || String.valueOf(m.getVendor()).contains("Lenovo"),
                    TestRuntime.describe(m));
        }
        // the old matches were replaced, not appended
        assertEquals(after.size(), e.project.getMatches().size());
    }

    @Test
    void preferredVendorsMaxPriceAndCandidateCountAreHonoured() throws Exception {
        Estate e = Estate.financeBureau();
        List<Match> all = TestRuntime.match(e.project, catalogs, new MatchPolicy(List.of("Great Wall"), List.of(), false, 7000, 2));
        assertEquals("Great Wall", of(all, "FIN-PC-001", "hardware").get(0).getVendor());
        assertTrue(of(all, "FIN-PC-001", "hardware").get(0).getReasons().stream()
                .anyMatch(r -> MatchText.in(r, Locale.ENGLISH).contains("preferred vendor")));
        for (Match m : all) {
            assertTrue(m.getRank() <= 2, TestRuntime.describe(m));
            if (m.getRank() > 0) {
                assertTrue(m.getPrice() <= 7000, TestRuntime.describe(m));
            }
        }
        // servers cost more than the ceiling: recorded as having no candidate
        assertEquals(0, of(all, "FIN-SRV-001", "hardware").get(0).getRank());
    }

    @Test
    void oneTargetPlatformPerSite() throws Exception {
        Estate e = Estate.financeBureau();
        List<Match> all = TestRuntime.match(e.project, catalogs, new MatchPolicy(List.of(), List.of(), true, 0, 3));
        Map<String, Set<String>> platforms = new HashMap<>();
        for (Asset a : Pipeline.currentAssets(e.project)) {
            for (Match m : of(all, a.getId(), "hardware")) {
                CatalogProduct p = product(m);
                if (m.getRank() > 0 && Products.isMachine(p.getCategory())) {
                    platforms.computeIfAbsent(a.getSite(), k -> new HashSet<>()).add(Products.architectures(p).get(0));
                }
            }
        }
        assertEquals(Set.of(Estate.OFFICE_SITE, Estate.DC_SITE), platforms.keySet());
        platforms.forEach((site, archs) -> assertEquals(1, archs.size(), site + " " + archs));
    }

    private static String product(String id, String category, String platform, String extra) {
        return "{ \"id\": \"" + id + "\", \"vendor\": \"T\", \"name\": { \"en\": \"" + id + "\", \"zh\": \"测试\" },"
                + " \"category\": \"" + category + "\", \"platform\": " + platform + extra
                + ", \"price\": { \"amount\": 100, \"currency\": \"CNY\", \"sample\": true },"
                + " \"leadTimeDays\": 10, \"supportYears\": 5, \"sources\": [\"test\"] }";
    }

    @Test
    void loongArchAbiDecidesWhichBuildsQualify() throws Exception {
        String json = "{ \"formatVersion\": 1, \"id\": \"t.la\", \"vendor\": \"T\", \"name\": { \"en\": \"t\", \"zh\": \"测试\" },"
                + " \"source\": \"test\", \"products\": ["
                + product("pc", "DESKTOP", "{ \"cpu\": \"Loongson 3A5000\", \"architectures\": [\"loongarch64\"], \"abis\": [\"old-world\"] }",
                        ", \"certifiedOs\": [\"os-old\", \"os-new\"]")
                + ", " + product("os-old", "OPERATING_SYSTEM", "{ \"architectures\": [\"loongarch64\"], \"abis\": [\"old-world\"] }", "")
                + ", " + product("os-new", "OPERATING_SYSTEM", "{ \"architectures\": [\"loongarch64\"], \"abis\": [\"new-world\"] }", "")
                + ", " + product("office-new", "OFFICE_SUITE", "{ \"architectures\": [\"loongarch64\"], \"abis\": [\"new-world\"] }",
                        ", \"replaces\": [\"family:Microsoft Office\"]")
                + ", " + product("office-both", "OFFICE_SUITE",
                        "{ \"architectures\": [\"loongarch64\", \"x86_64\"], \"abis\": [\"old-world\", \"new-world\"] }", "")
                + "] }";
        Catalog la = org.origo.catalog.sdk.CatalogReader.read("la.json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8)).orThrow("la.json");
        Estate e = Estate.financeBureau();
        List<Match> all = TestRuntime.match(e.project, List.of(la), new MatchPolicy(List.of(), List.of(), false, 0, 5));
        Match pc = of(all, "FIN-PC-001", "hardware").get(0);
        assertEquals("pc", pc.getProductId());
        assertTrue(pc.getReasons().stream().anyMatch(r -> MatchText.in(r, Locale.ENGLISH).equals("LoongArch old-world ABI")), pc.getReasons().toString());
        assertTrue(pc.getFindings().stream().anyMatch(f -> MatchText.in(f, Locale.ENGLISH).contains(Estate.LOB_TITLE + " (某市软件开发中心) is a Windows application with no build for loongarch64")),
                pc.getFindings().toString());
        List<String> oses = of(all, "FIN-PC-001", "os").stream().map(Match::getProductId).toList();
        assertEquals(List.of("os-old"), oses, "only the OS built for the machine's ABI qualifies");
        List<String> office = of(all, "FIN-PC-001", "office").stream().map(Match::getProductId).toList();
        assertEquals(List.of("office-both"), office, "a new-world-only build does not run on an old-world machine");
    }

    @Test
    void deterministic() throws Exception {
        String first = run();
        for (int i = 0; i < 3; i++) {
            assertEquals(first, run());
        }
    }

    private static String run() throws Exception {
        Estate e = Estate.financeBureau();
        return TestRuntime.match(e.project, catalogs, MatchPolicy.defaults()).stream().map(TestRuntime::describe)
                .collect(Collectors.joining("\n"));
    }
}
