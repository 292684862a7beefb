package org.origo.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.origo.api.OrigoException;
import org.origo.api.Progress;
import org.origo.core.Pipeline;
import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Match;
import org.origo.model.Phase;
import org.origo.model.Plan;
import org.origo.model.PlanItem;
import org.origo.model.ShareBasis;
import org.origo.model.VerdictOutcome;
import org.origo.plan.api.PlanRequest;
import org.origo.plan.internal.Planner;
import org.origo.plan.internal.i18n.PlanMessages;
import org.origo.plan.tracking.PlanTexts;

class PlannerTest {

    private final Planner planner = new Planner();

    private Plan plan(Estate e, PlanRequest r) throws OrigoException {
        return planner.plan(e.project, r, Progress.NONE, Map.of());
    }

    private static Map<String, Integer> phaseOf(Plan p) {
        Map<String, Integer> m = new HashMap<>();
        for (PlanItem i : p.getItems()) {
            m.put(i.getAssetId(), i.getPhase().getIndex());
        }
        return m;
    }

    @Test
    void directiveSplitIsHonouredWithinOneAssetPerPhase() throws Exception {
        for (int n : new int[] { 1, 2, 7, 101, 1000 }) {
            Estate e = Estate.spread(n);
            e.asset("KEEP-1", AssetKind.DESKTOP, "财政局", "预算科", VerdictOutcome.KEEP, false);
            e.asset("REVIEW-1", AssetKind.DESKTOP, "财政局", "预算科", VerdictOutcome.REVIEW, false);
            Plan p = plan(e, PlanRequest.directive(Estate.PROFILE, 2026));
            assertEquals(n, p.getItems().size(), "only REPLACE assets are planned");
            assertEquals(3, p.getPhases().size());
            double[] shares = { 30, 50, 20 };
            for (int k = 0; k < 3; k++) {
                Phase ph = p.getPhases().get(k);
                assertEquals(2026 + k, ph.getYear());
                assertTrue(Math.abs(ph.getPlannedCount() - n * shares[k] / 100.0) <= 1.0,
                        "n=" + n + " phase " + (k + 1) + " has " + ph.getPlannedCount());
            }
            assertTrue(p.getRelaxations().isEmpty(), p.getRelaxations().toString());
        }
    }

    @Test
    void anyNumberOfPhasesAndCostBasis() throws Exception {
        Estate e = Estate.spread(60);
        int i = 0;
        for (Asset a : e.snapshot.getAssets()) {
            e.match(a, "SYSTEM", 1, "GW-TS-" + (i % 3), "长城 世恒 TD120A2", 3000 + 1000 * (i++ % 5));
        }
        PlanRequest r = new PlanRequest(Estate.PROFILE, 2030, List.of(10.0, 20.0, 30.0, 40.0), Map.of(), ShareBasis.COST);
        Plan p = plan(e, r);
        assertEquals(4, p.getPhases().size());
        double total = 0;
        for (PlanItem it : p.getItems()) {
            total += it.getCost();
        }
        double cum = 0;
        double[] shares = { 10, 20, 30, 40 };
        for (int k = 0; k < 4; k++) {
            Phase ph = p.getPhases().get(k);
            cum += ph.getPlannedCost();
            double target = total * (k == 0 ? 10 : k == 1 ? 30 : k == 2 ? 60 : 100) / 100.0;
            assertTrue(Math.abs(cum - target) <= 7000, "phase " + (k + 1) + " cumulative cost " + cum + " vs " + target);
            assertEquals(shares[k], ph.getTargetShare());
        }
        assertEquals(ShareBasis.COST, p.getBasis());
    }

    @Test
    void budgetShortfallIsReportedNeverOverrun() throws Exception {
        Estate e = Estate.spread(100); // no matches: default estimate 5500 per desktop
        PlanRequest r = new PlanRequest(Estate.PROFILE, 2026, PlanRequest.DIRECTIVE_SPLIT, Map.of(2026, 100_000.0),
                ShareBasis.COUNT);
        Plan p = plan(e, r);
        Phase first = p.getPhases().get(0);
        assertEquals(18, first.getPlannedCount(), "18 x 5500 = 99000 fits in 100000, 19 would not");
        assertTrue(first.getPlannedCost() <= 100_000.0);
        assertEquals(62, p.getPhases().get(1).getPlannedCount(), "phase 2 catches up to the cumulative 80 %");
        assertEquals(20, p.getPhases().get(2).getPlannedCount());
        assertEquals(2, p.getRelaxations().size(), p.getRelaxations().toString());
        String budget = PlanTexts.relaxation(p.getRelaxations().get(0), Locale.ENGLISH);
        assertTrue(budget.contains("phase 1 (2026)") && budget.contains("covers 18 assets")
                && budget.contains("missed by 12 assets"), budget);
        String zh = PlanTexts.relaxation(p.getRelaxations().get(0), Locale.SIMPLIFIED_CHINESE);
        assertTrue(zh.contains("第 1 期") && zh.contains("差 12 台"), zh);
        String catchUp = PlanTexts.relaxation(p.getRelaxations().get(1), Locale.ENGLISH);
        assertTrue(catchUp.contains("62.0 % of the assets instead of 50.0 %") && catchUp.contains("catch up 12 assets"), catchUp);
        for (PlanItem it : p.getItems()) {
            if (it.getPhase().getIndex() == 2 && it.getReasonEn().contains("deferred from phase 1")) {
                return;
            }
        }
        throw new AssertionError("the deferred items say why");
    }

    @Test
    void budgetsTooSmallForEverythingAddAnExtraPhaseAndSaySo() throws Exception {
        Estate e = Estate.spread(30);
        Map<Integer, Double> budgets = Map.of(2026, 11_000.0, 2027, 11_000.0, 2028, 11_000.0);
        Plan p = plan(e, new PlanRequest(Estate.PROFILE, 2026, PlanRequest.DIRECTIVE_SPLIT, budgets, ShareBasis.COUNT));
        assertEquals(4, p.getPhases().size());
        Phase extra = p.getPhases().get(3);
        assertEquals(2029, extra.getYear());
        assertEquals(24, extra.getPlannedCount());
        for (int k = 0; k < 3; k++) {
            assertTrue(p.getPhases().get(k).getPlannedCost() <= 11_000.0);
        }
        String last = PlanTexts.relaxation(p.getRelaxations().get(p.getRelaxations().size() - 1), Locale.ENGLISH);
        assertTrue(last.contains("24 assets") && last.contains("2029") && last.contains("relaxed by one year"), last);
    }

    @Test
    void serversAndDatabasesMoveBeforeOrWithTheirDesktopsAndOsBeforeOffice() throws Exception {
        Estate e = new Estate();
        // other units with US-origin machines and high criticality fill the first phase
        for (int i = 0; i < 40; i++) {
            Asset a = e.desktop("URG-" + i, "市政府大楼", "办公室", true);
            a.setCriticality(5);
        }
        // the finance office: US desktops of low criticality depend on a non-US server and a database host
        List<Asset> desktops = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            desktops.add(e.desktop("FIN-PC-" + i, "财政局", "预算科", true));
        }
        Asset server = e.asset("FIN-SRV-1", AssetKind.SERVER, "财政局", "预算科", VerdictOutcome.REPLACE, false);
        Asset dbHost = e.asset("FIN-DB-1", AssetKind.DESKTOP, "财政局", "预算科", VerdictOutcome.REPLACE, false);
        e.hostsDatabase(dbHost);
        Asset siteWide = e.asset("FIN-SRV-SITE", AssetKind.SERVER, "财政局", "", VerdictOutcome.REPLACE, false);
        for (int i = 0; i < 30; i++) {
            e.desktop("EDU-" + i, "教育局东区", "人事科", false);
        }
        Asset both = desktops.get(0);
        e.match(both, "OFFICE", 1, "YOZO-OFFICE-8", "永中 Office 8", 300);
        e.match(both, "OS", 1, "KYLIN-DESKTOP-V10", "银河麒麟桌面操作系统 V10", 500);
        e.match(both, "OS", 2, "UOS-DESKTOP-20", "统信 UOS 桌面版 20", 450);
        e.match(both, "SYSTEM", 1, "LENOVO-KT-M90", "联想开天 M90z", 5200);

        Plan p = plan(e, PlanRequest.directive(Estate.PROFILE, 2026));
        Map<String, Integer> ph = phaseOf(p);
        int firstDesktop = Integer.MAX_VALUE;
        for (Asset d : desktops) {
            firstDesktop = Math.min(firstDesktop, ph.get(d.getId()));
        }
        assertTrue(ph.get(server.getId()) <= firstDesktop, "server before or with the desktops");
        assertTrue(ph.get(dbHost.getId()) <= firstDesktop, "database host before or with the desktops");
        assertTrue(ph.get(siteWide.getId()) <= firstDesktop, "site-wide server before or with the desktops");
        List<String> order = new ArrayList<>();
        for (PlanItem it : p.getItems()) {
            order.add(it.getAssetId());
        }
        assertTrue(order.indexOf("FIN-SRV-1") < order.indexOf("FIN-PC-0"));
        assertTrue(order.indexOf("FIN-DB-1") < order.indexOf("FIN-PC-1"));
        PlanItem serverItem = p.getItems().get(order.indexOf("FIN-SRV-1"));
        assertTrue(serverItem.getReasonEn().contains("server or database host") && serverItem.getReasonEn().contains("财政局/预算科"),
                serverItem.getReasonEn());
        assertTrue(serverItem.getReasonZh().contains("服务器或数据库主机"), serverItem.getReasonZh());

        PlanItem bothItem = p.getItems().get(order.indexOf(both.getId()));
        assertEquals(6000.0, bothItem.getCost(), 0.001, "rank-1 prices of hardware, OS and office suite");
        assertEquals("LENOVO-KT-M90", bothItem.getProductId());
        String en = bothItem.getReasonEn();
        int hw = en.indexOf("hardware (联想开天 M90z)");
        int os = en.indexOf("operating system (银河麒麟桌面操作系统 V10)");
        int office = en.indexOf("office suite (永中 Office 8)");
        assertTrue(hw >= 0 && hw < os && os < office, en);
        assertTrue(bothItem.getReasonZh().contains("操作系统（银河麒麟桌面操作系统 V10） → 办公软件（永中 Office 8）"), bothItem.getReasonZh());
        // US-origin units come before non-US ones
        for (int i = 0; i < 30; i++) {
            assertTrue(ph.get("EDU-" + i) >= ph.get("URG-" + i), "US-origin first");
        }
    }

    @Test
    void samePlanForTheSameInputInAnyOrder() throws Exception {
        Estate a = Estate.spread(257);
        Estate b = Estate.spread(257);
        List<Asset> shuffled = new ArrayList<>(b.snapshot.getAssets());
        Collections.shuffle(shuffled, new Random(42));
        b.snapshot.getAssets().clear();
        b.snapshot.getAssets().addAll(shuffled);
        Map<Integer, Double> budgets = Map.of(2026, 300_000.0);
        PlanRequest r = new PlanRequest(Estate.PROFILE, 2026, PlanRequest.DIRECTIVE_SPLIT, budgets, ShareBasis.COUNT);
        Plan p1 = plan(a, r);
        Plan p2 = plan(b, r);
        Plan p3 = plan(a, r);
        assertEquals(render(p1), render(p2));
        assertEquals(render(p1), render(p3));
        assertFalse(p1.getRelaxations().isEmpty());
    }

    private static String render(Plan p) {
        StringBuilder sb = new StringBuilder(p.getName()).append('\n');
        for (Phase ph : p.getPhases()) {
            sb.append(ph.getIndex()).append(' ').append(ph.getYear()).append(' ').append(ph.getPlannedCount()).append(' ')
                    .append(ph.getPlannedCost()).append('\n');
        }
        for (PlanItem i : p.getItems()) {
            sb.append(i.getAssetId()).append('|').append(i.getPhase().getIndex()).append('|').append(i.getCost()).append('|')
                    .append(i.getReasonEn()).append('|').append(i.getReasonZh()).append('\n');
        }
        sb.append(p.getRelaxations());
        return sb.toString();
    }

    @Test
    void estimatesAreMarked() throws Exception {
        Estate e = new Estate();
        e.asset("SRV-1", AssetKind.SERVER, "市政府大楼", "信息中心", VerdictOutcome.REPLACE, true);
        Plan p = plan(e, PlanRequest.directive(Estate.PROFILE, 2026));
        PlanItem it = p.getItems().get(0);
        assertEquals(65000.0, it.getCost(), 0.001);
        assertTrue(PlanTexts.isEstimate(it));
        assertTrue(it.getReasonEn().contains("is an estimate (default for kind SERVER"), it.getReasonEn());
        assertTrue(it.getReasonZh().contains("估算值"), it.getReasonZh());
    }

    @Test
    void leadTimesFromTheCatalogsGiveAnOrderDate() throws Exception {
        Estate e = new Estate();
        Asset a = e.desktop("PC-1", "财政局", "预算科", true);
        e.match(a, "SYSTEM", 1, "HW-QINGYUN-L420", "华为擎云 L420", 6800);
        e.match(a, "OS", 1, "UOS-DESKTOP-20", "统信 UOS 桌面版 20", 600);
        Plan p = planner.plan(e.project, PlanRequest.directive(Estate.PROFILE, 2026), Progress.NONE,
                Map.of("HW-QINGYUN-L420", 90, "UOS-DESKTOP-20", 14));
        PlanItem it = p.getItems().get(0);
        assertEquals(2027, it.getPhase().getYear(), "one asset: 30 % of it rounds to none, 80 % to one");
        assertTrue(it.getReasonEn().contains("lead time 90 days: order by 2027-10-02"), it.getReasonEn());
        assertTrue(it.getReasonZh().contains("交货期 90 天：最迟于 2027-10-02 下单"), it.getReasonZh());
        assertEquals(7400.0, it.getCost(), 0.001);
    }

    @Test
    void eachComponentGetsItsOwnActionCostAndCurrency() throws Exception {
        Estate e = new Estate();
        Asset a = e.desktop("PC-1", "财政局", "预算科", true);
        e.match(a, "hardware", 0, null, null, 0).setAction("REVIEW");
        e.match(a, "office", 1, "yozo-office", "Yozo Office", 520).setAction("SWAP");
        e.match(a, "office", 2, "wps-office-linux", "WPS Office for Linux", 600).setAction("SWAP");
        Match db = e.match(a, "database", 1, null, null, 0);
        db.setAction("UNINSTALL");
        Plan p = plan(e, PlanRequest.directive(Estate.PROFILE, 2027));
        PlanItem it = p.getItems().get(0);
        assertEquals("CNY", p.getCurrency());
        assertEquals("CNY", it.getCurrency());
        List<String> actions = it.getActions().stream().map(x -> x.getComponent() + ":" + x.getAction() + ":" + x.getCost()).toList();
        assertEquals(List.of("hardware:REVIEW:5500.0", "database:UNINSTALL:0.0", "office:SWAP:520.0"), actions);
        assertEquals(6020.0, it.getCost(), 0.001, "the default estimate for the machine without candidate plus the office licence");
        assertEquals("yozo-office", it.getProductId());
        assertTrue(PlanTexts.isEstimate(it));
        assertTrue(PlanTexts.needsReview(it));
        assertEquals("hardware: no candidate: REVIEW the catalogs; 5500 CNY is a default estimate; "
                + "database: uninstall the foreign title; a domestic one is already installed (nothing to buy); "
                + "office suite: swap for Yozo Office (licence), 520 CNY", PlanTexts.actions(it, Locale.ENGLISH));
        assertTrue(PlanTexts.actions(it, Locale.SIMPLIFIED_CHINESE).contains("办公套件：改用 Yozo Office（许可），520 CNY"));
        assertTrue(it.getReasonEn().contains("no candidate for at least one component: REVIEW the catalogs"), it.getReasonEn());
        assertTrue(it.getReasonEn().contains("cost 6020 CNY is an estimate"), it.getReasonEn());
    }

    @Test
    void anAssetWhoseOnlyActionIsAnUninstallCostsNothingAndSaysSo() throws Exception {
        Estate e = new Estate();
        Asset a = e.desktop("PC-2", "财政局", "预算科", false);
        e.match(a, "office", 1, null, null, 0).setAction("UNINSTALL");
        PlanItem it = plan(e, PlanRequest.directive(Estate.PROFILE, 2027)).getItems().get(0);
        assertEquals(0.0, it.getCost());
        assertFalse(PlanTexts.isEstimate(it));
        assertTrue(it.getReasonEn().contains("cost 0 CNY: nothing to buy"), it.getReasonEn());
    }

    @Test
    void orderDatesNeverLieInThePast() throws Exception {
        Estate e = new Estate();
        Asset a = e.desktop("PC-1", "财政局", "预算科", true);
        e.match(a, "hardware", 1, "HW-QINGYUN-L420", "华为擎云 L420", 6800);
        try {
            Planner.useClock(java.time.Clock.fixed(java.time.Instant.parse("2027-11-15T08:00:00Z"), java.time.ZoneOffset.UTC));
            Plan p = planner.plan(e.project, PlanRequest.directive(Estate.PROFILE, 2026), Progress.NONE, Map.of("HW-QINGYUN-L420", 90));
            PlanItem it = p.getItems().get(0);
            assertEquals(2027, it.getPhase().getYear());
            assertTrue(it.getReasonEn().contains("lead time 90 days: order at once (2027-11-15); delivery about 2028-02-13"),
                    it.getReasonEn());
            assertFalse(it.getReasonEn().contains("order by"), it.getReasonEn());
        } finally {
            Planner.useClock(null);
        }
    }

    @Test
    void aPlanCostedFromOtherMatchesIsStale() throws Exception {
        Estate e = new Estate();
        Asset a = e.desktop("PC-1", "财政局", "预算科", true);
        Match m = e.match(a, "hardware", 1, "HW-QINGYUN-L420", "华为擎云 L420", 6800);
        e.project.setPlan(plan(e, PlanRequest.directive(Estate.PROFILE, 2027)));
        assertFalse(PlanTexts.isStale(e.project));
        m.setPrice(7200); // the catalog changed and matching ran again
        assertTrue(PlanTexts.isStale(e.project));
        assertTrue(PlanTexts.staleWarning().en().startsWith("STALE PLAN"));
        assertTrue(PlanTexts.staleWarning().zh().startsWith("计划已过期"));
        e.project.setPlan(plan(e, Pipeline.savedPlanRequest(e.project.getPlan(), Estate.PROFILE)));
        assertFalse(PlanTexts.isStale(e.project));
        assertEquals(7200.0, e.project.getPlan().getItems().get(0).getCost(), 0.001);
        assertEquals(2027, e.project.getPlan().getPhases().get(0).getYear(), "planned again with its own years");
        assertEquals(2027, Pipeline.nextBudgetYear(java.time.LocalDate.of(2026, 12, 4)));
        assertEquals(2027, Pipeline.nextBudgetYear(java.time.LocalDate.of(2026, 1, 1)), "a year that has begun is not the next one");
    }

    @Test
    void badRequestsAreRefusedWithTheField() {
        Estate e = Estate.spread(5);
        OrigoException x = assertThrows(OrigoException.class,
                () -> plan(e, new PlanRequest(Estate.PROFILE, 2026, List.of(30.0, 30.0), Map.of(), ShareBasis.COUNT)));
        assertEquals("split", x.field());
        assertTrue(x.describe(Locale.ENGLISH).contains("add up to 60 %"), x.describe(Locale.ENGLISH));
        x = assertThrows(OrigoException.class, () -> plan(e,
                new PlanRequest(Estate.PROFILE, 2026, PlanRequest.DIRECTIVE_SPLIT, Map.of(2031, 5.0), ShareBasis.COUNT)));
        assertEquals("budget", x.field());
        assertTrue(x.describe(Locale.SIMPLIFIED_CHINESE).contains("2031"));
    }

    @Test
    void chineseMessagesAreComplete() {
        assertEquals(java.util.Set.of(), PlanMessages.all().missingInChinese());
    }
}
