package org.origo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.origo.api.Progress;
import org.origo.model.Asset;
import org.origo.model.Project;
import org.origo.model.VerdictOutcome;
import org.origo.ui.internal.inventory.InventoryIndex;
import org.origo.ui.internal.inventory.InventoryIndex.Column;
import org.origo.ui.internal.inventory.InventoryIndex.Filter;

/** The column index behind the inventory table, without a display. */
class InventoryIndexTest {

    private static List<Asset> assets(int n) {
        Project p = UiTestSupport.estate(TestDoubles.F.createProject(), n);
        TestDoubles.SmallProfile profile = new TestDoubles.SmallProfile();
        for (Asset a : p.getSnapshots().get(0).getAssets()) {
            var v = profile.evaluate(a);
            v.setProfileId(profile.id());
            a.getVerdicts().add(v);
        }
        return p.getSnapshots().get(0).getAssets();
    }

    @Test
    void filtersByEveryDimensionAndText() {
        List<Asset> assets = assets(5000);
        InventoryIndex idx = new InventoryIndex(assets, "test-profile", Progress.NONE);
        assertEquals(5000, idx.filter(Filter.all(), Progress.NONE).length);
        int[] rows = idx.filter(new Filter(VerdictOutcome.REVIEW_VALUE, Filter.ANY, null, "北京市财政局", "信息中心", null),
                Progress.NONE);
        assertTrue(rows.length > 0);
        long expected = assets.stream().filter(a -> "北京市财政局".equals(a.getSite()) && "信息中心".equals(a.getDepartment())
                && a.getVerdicts().get(0).getOutcome() == VerdictOutcome.REVIEW).count();
        assertEquals(expected, rows.length);
        for (int r : rows) {
            assertEquals("REVIEW", idx.cell(r, Column.VERDICT));
            assertTrue(List.of("To be filled by O.E.M.", "Tongfang").contains(idx.cell(r, Column.BRAND)));
        }
        int[] text = idx.filter(new Filter(Filter.ANY, Filter.ANY, null, null, null, "czj-pc-004"), Progress.NONE);
        assertEquals(10, text.length); // CZJ-PC-0040 .. 0049
        int[] owner = idx.filter(new Filter(Filter.ANY, Filter.ANY, null, null, null, "王芳"), Progress.NONE);
        assertEquals(5000 / 8, owner.length);
        assertEquals(0, idx.filter(new Filter(Filter.ANY, Filter.ANY, "No Such Brand", null, null, null), Progress.NONE).length);
    }

    @Test
    void sortsByDictionaryAndTextColumnsBothWays() {
        List<Asset> assets = assets(2000);
        InventoryIndex idx = new InventoryIndex(assets, "test-profile", Progress.NONE);
        int[] all = idx.filter(Filter.all(), Progress.NONE);
        int[] bySite = idx.sort(all, Column.SITE, true, Progress.NONE);
        for (int i = 1; i < bySite.length; i++) {
            assertTrue(idx.cell(bySite[i - 1], Column.SITE).compareTo(idx.cell(bySite[i], Column.SITE)) <= 0);
        }
        int[] byHost = idx.sort(all, Column.HOSTNAME, false, Progress.NONE);
        assertEquals("CZJ-PC-2000", idx.cell(byHost[0], Column.HOSTNAME));
        assertEquals("CZJ-PC-0001", idx.cell(byHost[byHost.length - 1], Column.HOSTNAME));
        int[] byVerdict = idx.sort(all, Column.VERDICT, true, Progress.NONE);
        assertEquals("REVIEW", idx.cell(byVerdict[0], Column.VERDICT));
        assertEquals("KEEP", idx.cell(byVerdict[byVerdict.length - 1], Column.VERDICT));
    }
}
