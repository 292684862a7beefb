package org.origo.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.origo.api.Progress;
import org.origo.model.Asset;
import org.origo.model.InventorySnapshot;
import org.origo.model.Plan;
import org.origo.model.PlanItem;
import org.origo.model.VerdictOutcome;
import org.origo.plan.api.PlanRequest;
import org.origo.plan.internal.Planner;
import org.origo.plan.tracking.Burndown;
import org.origo.plan.tracking.GroupProgress;
import org.origo.plan.tracking.PhaseProgress;
import org.origo.plan.tracking.ProgressTracker;

class ProgressTrackerTest {

    @Test
    void reImportShowsReplacedGoneRemainingAndNewForeignPerPhaseSiteAndDepartment() throws Exception {
        Estate e = Estate.spread(100);
        Plan plan = new Planner().plan(e.project, PlanRequest.directive(Estate.PROFILE, 2026), Progress.NONE, Map.of());
        plan.setCreatedAt(Estate.date(2025, 12, 1));
        e.project.setPlan(plan);

        // a year later: the first phase is done except two machines, one was scrapped, one new foreign laptop appeared
        InventorySnapshot s2 = Estate.F.createInventorySnapshot();
        s2.setId("s2");
        s2.setImportedAt(Estate.date(2027, 1, 20));
        int replaced = 0;
        String goneId = null;
        for (PlanItem item : plan.getItems()) {
            Asset copy = EcoreUtil.copy(item.getAsset());
            if (item.getPhase().getIndex() == 1) {
                if (goneId == null) {
                    goneId = copy.getId();
                    continue;
                }
                if (replaced < 27) {
                    copy.getVerdicts().get(0).setOutcome(VerdictOutcome.KEEP);
                    copy.getVerdicts().get(0).setAnyUs(false);
                    replaced++;
                }
            }
            s2.getAssets().add(copy);
        }
        Asset newcomer = Estate.F.createAsset();
        newcomer.setId("LAPTOP-NEW-1");
        newcomer.setSite("财政局");
        newcomer.setDepartment("预算科");
        org.origo.model.Verdict v = Estate.F.createVerdict();
        v.setProfileId(Estate.PROFILE);
        v.setOutcome(VerdictOutcome.REPLACE);
        newcomer.getVerdicts().add(v);
        s2.getAssets().add(newcomer);
        e.project.getSnapshots().add(s2);

        Burndown b = ProgressTracker.track(e.project, Estate.PROFILE).orElseThrow();
        assertEquals("s2", b.snapshotId());
        assertEquals(2027, b.asOfYear());
        assertEquals(100, b.planned());
        assertEquals(27, b.replaced());
        assertEquals(1, b.gone());
        assertEquals(72, b.remaining());
        assertEquals(1, b.newForeign());
        assertEquals(30, b.expectedDone(), "phase 1 (2026) is over in 2027");
        assertEquals(3, b.behind(), "the scrapped machine is gone without confirmation: not done");
        assertEquals(27, b.done());
        PhaseProgress p1 = b.phases().get(0);
        assertEquals(30, p1.planned());
        assertEquals(27, p1.replaced());
        assertEquals(1, p1.gone());
        assertEquals(2, p1.remaining());
        assertEquals(70.0, p1.targetRemainingAfter(), 1e-9);
        int newSum = 0;
        for (PhaseProgress p : b.phases()) {
            newSum += p.newForeign();
        }
        assertEquals(1, newSum);
        GroupProgress fin = b.sites().stream().filter(g -> g.name().equals("财政局")).findFirst().orElseThrow();
        assertEquals(1, fin.newForeign());
        int sitePlanned = 0;
        for (GroupProgress g : b.sites()) {
            sitePlanned += g.planned();
        }
        assertEquals(100, sitePlanned);
        assertTrue(b.departments().stream().anyMatch(g -> g.name().equals("预算科")));
        // curve: start 100, after 2026 target 70, measured at 2027 by s2: 72 remaining + 1 gone unconfirmed + 1 new
        assertEquals(2025, b.curve().get(0).year());
        assertEquals(100, b.curve().get(0).actualRemaining());
        assertEquals(70.0, b.curve().get(1).targetRemaining(), 1e-9);
        assertNull(b.curve().get(1).actualRemaining());
        assertEquals(74, b.curve().get(2).actualRemaining());

        // its retirement recorded with a date: now it is done
        org.origo.model.Retirement r = Estate.F.createRetirement();
        r.setAssetId(goneId);
        r.setStatus("RETIRED");
        r.setDate(Estate.date(2026, 11, 30));
        e.project.getRetirements().add(r);
        Burndown confirmed = ProgressTracker.track(e.project, Estate.PROFILE).orElseThrow();
        assertEquals(28, confirmed.replaced());
        assertEquals(0, confirmed.gone());
        assertEquals(2, confirmed.behind());
        assertEquals(73, confirmed.curve().get(2).actualRemaining());
    }
}
