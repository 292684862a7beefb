package org.origo.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.origo.catalog.api.MatchPolicy;
import org.origo.catalog.sdk.CatalogVerifier;
import org.origo.catalog.sdk.MatchText;
import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Catalog;
import org.origo.model.CatalogProduct;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.Match;
import org.origo.model.OriginFact;
import org.origo.model.OriginFacts;
import org.origo.model.OriginRole;
import org.origo.model.OrigoFactory;
import org.origo.model.ProductCategory;
import org.origo.model.SoftwareCategory;
import org.origo.model.VerdictOutcome;

/**
 * Matching replaces only what is foreign, component by component, each within its own category:
 * a domestic machine keeps its hardware, a foreign runtime or VPN client never brings a database,
 * a switch or a desktop.
 */
class ComponentMatchingTest {

    private static List<Catalog> catalogs;

    @BeforeAll
    static void load() throws Exception {
        catalogs = TestRuntime.catalogs(TestRuntime.SHIPPED);
    }

    /** A Great Wall desktop with a Phytium D2000 (a domestic design under an Arm licence) and Kylin. */
    private static Asset domesticDesktop(Estate e, String id) {
        Asset a = e.asset(id, AssetKind.DESKTOP, Estate.OFFICE_SITE, VerdictOutcome.REPLACE);
        e.sys(a, "Great Wall", "TD120A2", "Great Wall", "CN");
        Component cpu = e.component(a, ComponentKind.CPU, "Phytium", "Phytium,D2000/8");
        cpu.setArchitecture("aarch64");
        cpu.setCores(8);
        OriginFacts facts = OrigoFactory.eINSTANCE.createOriginFacts();
        facts.setKey("CPU|Phytium D2000");
        facts.getFacts().add(fact(OriginRole.DESIGNER, "Phytium", "CN"));
        facts.getFacts().add(fact(OriginRole.ISA_LICENSOR, "Arm", "GB"));
        e.project.getOrigins().add(facts);
        cpu.setOrigin(facts);
        e.os(a, "KylinSoft", "Kylin Desktop V10 SP1", "aarch64", "KylinSoft", "CN");
        e.install(a, "LibreOffice 7.3", "The Document Foundation", SoftwareCategory.OFFICE, "DE");
        e.install(a, "Java 8 Update 281", "Oracle", SoftwareCategory.RUNTIME, "US");
        e.install(a, "Cisco AnyConnect Secure Mobility Client", "Cisco", SoftwareCategory.OTHER, "US");
        e.install(a, "HP Support Assistant", "HP", SoftwareCategory.OTHER, "US");
        return a;
    }

    private static OriginFact fact(OriginRole role, String party, String country) {
        OriginFact f = OrigoFactory.eINSTANCE.createOriginFact();
        f.setRole(role);
        f.setParty(party);
        f.setCountry(country);
        f.setSource("test");
        f.setConfidence(1);
        return f;
    }

    private static List<Match> of(List<Match> all, String asset) {
        return all.stream().filter(m -> m.getAssetId().equals(asset)).toList();
    }

    @Test
    void aDomesticMachineWithAForeignOfficeSuiteGetsAnOfficeSwapAndNothingElse() throws Exception {
        Estate e = new Estate();
        e.project.setProfileId(Estate.PROFILE);
        e.project.getSnapshots().add(e.snapshot);
        domesticDesktop(e, "GW-1");
        List<Match> mine = of(TestRuntime.match(e.project, catalogs, MatchPolicy.defaults()), "GW-1");
        assertFalse(mine.isEmpty());
        var index = CatalogVerifier.index(catalogs);
        for (Match m : mine) {
            assertEquals("office", m.getTarget(), "only the office suite is foreign: " + TestRuntime.describe(m));
            assertEquals("SWAP", m.getAction());
            CatalogProduct p = index.get(m.getCatalogId() + ":" + m.getProductId());
            assertEquals(ProductCategory.OFFICE_SUITE, p.getCategory());
            assertEquals("CNY", m.getCurrency());
            for (String f : m.getFindings()) {
                String en = MatchText.in(f, Locale.ENGLISH);
                assertFalse(en.contains("switch") || en.contains("desktop") || en.contains("Database"), en);
            }
        }
    }

    @Test
    void aForeignTitleBesideADomesticOneOfItsCategoryIsUninstalledNotBought() throws Exception {
        Estate e = new Estate();
        e.project.setProfileId(Estate.PROFILE);
        e.project.getSnapshots().add(e.snapshot);
        Asset a = domesticDesktop(e, "GW-2");
        e.install(a, "WPS Office 2019", "Kingsoft Office", SoftwareCategory.OFFICE, "CN");
        List<Match> mine = of(TestRuntime.match(e.project, catalogs, MatchPolicy.defaults()), "GW-2");
        assertEquals(1, mine.size(), mine.stream().map(TestRuntime::describe).toList().toString());
        Match m = mine.get(0);
        assertEquals("office", m.getTarget());
        assertEquals("UNINSTALL", m.getAction());
        assertEquals(0.0, m.getPrice());
        assertEquals("uninstall The Document Foundation LibreOffice 7.3: the domestic WPS Office 2019 already installed takes its place (nothing to buy)",
                MatchText.in(m.getReasons().get(0), Locale.ENGLISH));
        assertTrue(MatchText.in(m.getReasons().get(0), Locale.SIMPLIFIED_CHINESE).startsWith("卸载"));
    }

    @Test
    void aForeignMachineGetsHardwareButAJavaRuntimeNeverADatabase() throws Exception {
        Estate e = Estate.financeBureau();
        Asset pc = e.snapshot.getAssets().stream().filter(x -> x.getId().equals("FIN-PC-001")).findFirst().orElseThrow();
        e.install(pc, "Java 8 Update 281", "Oracle", SoftwareCategory.RUNTIME, "US");
        e.install(pc, "Oracle VM VirtualBox", "Oracle", SoftwareCategory.OTHER, "US");
        List<Match> mine = of(TestRuntime.match(e.project, catalogs, MatchPolicy.defaults()), "FIN-PC-001");
        assertTrue(mine.stream().anyMatch(m -> m.getTarget().equals("hardware") && "REPLACE".equals(m.getAction())));
        assertTrue(mine.stream().noneMatch(m -> m.getTarget().equals("database")), "no database is installed on FIN-PC-001");
        assertTrue(mine.stream().noneMatch(m -> m.getTarget().equals("middleware")));
    }

    @Test
    void noCandidateSaysToReviewTheCatalogs() throws Exception {
        Estate e = Estate.financeBureau();
        List<Match> all = TestRuntime.match(e.project, catalogs, MatchPolicy.defaults());
        Match browser = all.stream().filter(m -> m.getAssetId().equals("FIN-PC-001") && m.getTarget().equals("browser")).findFirst()
                .orElseThrow();
        assertEquals(0, browser.getRank());
        assertEquals("REVIEW", browser.getAction());
        assertTrue(MatchText.in(browser.getReasons().get(0), Locale.ENGLISH).startsWith("no candidate: REVIEW the catalogs"));
        assertTrue(MatchText.in(browser.getReasons().get(0), Locale.SIMPLIFIED_CHINESE).startsWith("无候选产品：请复核目录"));
    }
}
