package org.origo.origin.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.origo.api.OrigoException;
import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.InventorySnapshot;
import org.origo.model.OriginRole;
import org.origo.model.OrigoFactory;
import org.origo.model.Project;
import org.origo.model.Verdict;
import org.origo.model.VerdictOutcome;
import org.origo.origin.api.OriginProfile;
import org.origo.origin.knowledge.Knowledge;
import org.origo.origin.rules.RuleProfile;
import org.origo.origin.rules.RuleSet;
import org.origo.origin.rules.internal.i18n.RulesMessages;

class RuleSetTest {

    static final String HEAD = "{\n \"format\": \"origo-rules/1\",\n"
            + " \"profile\": {\"id\": \"t\", \"label\": {\"en\": \"T\", \"zh\": \"测\"}, \"description\": {\"en\": \"T\", \"zh\": \"测\"}},\n"
            + " \"verdicts\": {\"REPLACE\": {\"en\": \"R\", \"zh\": \"替\"}, \"KEEP\": {\"en\": \"K\", \"zh\": \"保\"}, \"REVIEW\": {\"en\": \"V\", \"zh\": \"复\"}},\n"
            + " \"basis\": [{\"id\": \"all\", \"assetKinds\": [\"*\"], \"key\": [\"SYSTEM\", \"CPU\"], \"required\": [\"SYSTEM\"]}],\n"
            + " \"rules\": [\n"; // rules start on line 6

    static String rules(String... lines) {
        return HEAD + String.join(",\n", lines) + "\n ]\n}\n";
    }

    static RuleSet load(String json) throws OrigoException {
        return RuleSet.load("t.rules.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Knowledge.builtIn());
    }

    static OrigoException bad(String json) {
        return assertThrows(OrigoException.class, () -> load(json));
    }

    static final String OK_RULE = "  {\"id\": \"ok\", \"when\": {\"country\": \"CN\"}, \"outcome\": \"KEEP\", \"message\": {\"en\": \"{vendor} ok\", \"zh\": \"{vendor} 好\"}}";

    @Test
    void badRuleFilesGiveLinePreciseErrors() {
        OrigoException e = bad(rules(OK_RULE, "  {\"id\": \"x\", \"when\": {\"country\": \"CN\"}, \"outcome\": \"KEEP\",\n   \"message\": {\"en\": \"{vendr}\", \"zh\": \"{vendor}\"}}"));
        assertEquals("t.rules.json", e.file());
        assertEquals(9, e.line());
        assertTrue(e.describe(Locale.ENGLISH).contains("vendr"), e.describe(Locale.ENGLISH));
        assertTrue(e.describe(Locale.SIMPLIFIED_CHINESE).contains("未知的占位符"), e.describe(Locale.SIMPLIFIED_CHINESE));

        e = bad(rules(OK_RULE, "  {\"id\": \"x\", \"when\": {\"product\": \"(oops\"}, \"outcome\": \"KEEP\", \"message\": {\"en\": \"a\", \"zh\": \"甲\"}}"));
        assertEquals(8, e.line());
        assertEquals("rules[1].when.product", e.field());

        e = bad(rules(OK_RULE, "\n  {\"id\": \"x\", \"when\": {\"vendor\": \"no-such-company\"}, \"outcome\": \"KEEP\", \"message\": {\"en\": \"a\", \"zh\": \"甲\"}}"));
        assertEquals(9, e.line());

        e = bad(rules(OK_RULE, OK_RULE));
        assertEquals(8, e.line(), "duplicate id");

        e = bad(rules(OK_RULE, "  {\"id\": \"x\", \"when\": {\"colour\": \"red\"}, \"outcome\": \"KEEP\", \"message\": {\"en\": \"a\", \"zh\": \"甲\"}}"));
        assertEquals(8, e.line());

        e = bad(rules(OK_RULE, "  {\"id\": \"x\", \"when\": {\"country\": \"CN\"}, \"outcome\": \"MAYBE\", \"message\": {\"en\": \"a\", \"zh\": \"甲\"}}"));
        assertEquals(8, e.line());

        e = bad(rules(OK_RULE, "  {\"id\": \"x\", \"when\": {\"country\": \"CN\"}, \"outcome\": \"KEEP\", \"message\": {\"en\": \"a\"}}"));
        assertEquals(8, e.line(), "Chinese message missing");

        e = bad(rules(OK_RULE, "  {\"id\": \"x\", \"when\": {\"kind\": \"CPUU\"}, \"outcome\": \"KEEP\", \"message\": {\"en\": \"a\", \"zh\": \"甲\"}}"));
        assertEquals(8, e.line());

        e = bad(rules(OK_RULE, "  {\"id\": \"x\", \"when\": {\"country\": \"CN\"}, \"outcome\": \"KEEP\", \"message\": {\"en\": \"{kind}\", \"zh\": \"甲\"}}"));
        assertEquals(8, e.line(), "placeholders differ between languages");

        e = bad(rules(OK_RULE, "  {\"id\": \"x\" \"when\": {}}"));
        assertEquals(8, e.line(), "JSON syntax");

        e = bad(HEAD.replace("[\"*\"]", "[\"DESKTOP\"]") + OK_RULE + "\n ]\n}\n");
        assertEquals(5, e.line(), "asset kinds without a basis");
    }

    @Test
    void loadsAndExposesRules() throws Exception {
        RuleSet rs = load(rules(OK_RULE));
        assertEquals("t", rs.id());
        assertEquals(1, rs.rules().size());
        assertNotNull(rs.basis(AssetKind.PRINTER));
    }

    @Test
    void chineseMessagesComplete() {
        assertEquals(Set.of(), RulesMessages.messages().missingInChinese());
    }

    private static Component comp(ComponentKind kind, String vendor, String product) {
        Component c = OrigoFactory.eINSTANCE.createComponent();
        c.setKind(kind);
        c.setRawVendor(vendor);
        c.setVendor(vendor);
        c.setProduct(product);
        return c;
    }

    static Asset lenovoIntel(String id) {
        Asset a = OrigoFactory.eINSTANCE.createAsset();
        a.setId(id);
        a.setKind(AssetKind.DESKTOP);
        a.getComponents().add(comp(ComponentKind.SYSTEM, "Lenovo", "ThinkCentre M720q"));
        a.getComponents().add(comp(ComponentKind.CPU, "Intel", "Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz"));
        return a;
    }

    @Test
    void originFactsAreSharedFlyweightsInTheProject() throws Exception {
        RuleSet rs = load(rules(OK_RULE, "  {\"id\": \"foreign\", \"when\": {\"status\": \"IDENTIFIED\"}, \"outcome\": \"REPLACE\", \"message\": {\"en\": \"{vendor} ({country})\", \"zh\": \"{vendor}（{country}）\"}}"));
        OriginProfile p = RuleProfile.of(rs, Knowledge.builtIn());
        Project project = OrigoFactory.eINSTANCE.createProject();
        InventorySnapshot s = OrigoFactory.eINSTANCE.createInventorySnapshot();
        project.getSnapshots().add(s);
        for (int i = 0; i < 500; i++) {
            s.getAssets().add(lenovoIntel("A" + i));
        }
        List<Verdict> verdicts = IntStream.range(0, 500).parallel().mapToObj(i -> p.evaluate(s.getAssets().get(i))).toList();
        assertEquals(2, project.getOrigins().size(), "one OriginFacts per distinct component identity");
        Component cpu0 = s.getAssets().get(0).getComponents().get(1);
        Component cpu9 = s.getAssets().get(499).getComponents().get(1);
        assertSame(cpu0.getOrigin(), cpu9.getOrigin());
        assertEquals(OriginRole.DESIGNER, cpu0.getOrigin().getFacts().get(0).getRole());
        assertEquals("US", cpu0.getOrigin().getFacts().get(0).getCountry());
        for (Verdict v : verdicts) {
            assertEquals(VerdictOutcome.REPLACE, v.getOutcome());
            assertTrue(v.isAnyUs());
            assertSame(verdicts.get(0).getReasonEn(), v.getReasonEn(), "explanations are shared, not rebuilt per asset");
        }
        assertTrue(verdicts.get(0).getReasonEn().contains("Intel (United States)"), verdicts.get(0).getReasonEn());
        assertTrue(verdicts.get(0).getReasonZh().contains("英特尔（美国）"), verdicts.get(0).getReasonZh());
        assertTrue(verdicts.get(0).getReasonEn().contains("[ok]"), "Lenovo decided by rule ok: " + verdicts.get(0).getReasonEn());
        assertEquals(List.of("foreign", "ok"), verdicts.get(0).getRuleIds());

        Asset detached = lenovoIntel("D");
        p.evaluate(detached);
        assertNotNull(detached.getComponents().get(0).getOrigin());
        assertFalse(project.getOrigins().contains(detached.getComponents().get(0).getOrigin()), "detached asset, detached facts");
    }

    @Test
    void unknownIsNeverDomestic() throws Exception {
        RuleSet rs = load(rules(OK_RULE));
        OriginProfile p = RuleProfile.of(rs, Knowledge.builtIn());
        Asset a = OrigoFactory.eINSTANCE.createAsset();
        a.setId("x");
        a.getComponents().add(comp(ComponentKind.SYSTEM, "Acme Widgets", "Box"));
        Verdict v = p.evaluate(a);
        assertEquals(VerdictOutcome.REVIEW, v.getOutcome(), v.getReasonEn());
        assertTrue(v.getRuleIds().contains("t.no-rule"), v.getRuleIds().toString());
        assertTrue(v.getReasonEn().contains("Not inventoried: CPU"), v.getReasonEn());
    }
}
