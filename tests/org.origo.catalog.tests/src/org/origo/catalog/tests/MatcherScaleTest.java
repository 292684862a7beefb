package org.origo.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.origo.catalog.api.MatchPolicy;
import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Catalog;
import org.origo.model.Match;
import org.origo.model.SoftwareCategory;
import org.origo.model.VerdictOutcome;

/**
 * Matching a larger estate (shared titles and origin facts, as imports build them). Checks that every
 * machine gets a proposal and prints the throughput; it asserts no timing.
 */
class MatcherScaleTest {

    private static final int ASSETS = 20_000;

    @Test
    void twentyThousandDesktopsAllGetProposals() throws Exception {
        List<Catalog> catalogs = TestRuntime.catalogs(TestRuntime.SHIPPED);
        Estate e = new Estate();
        e.snapshot.setId("big");
        e.project.getSnapshots().add(e.snapshot);
        String[] sites = { "市财政局", "市税务局", "市人社局", "市公安局", "市教育局" };
        for (int i = 0; i < ASSETS; i++) {
            Asset a = e.asset(String.format("PC-%06d", i), i % 10 == 0 ? AssetKind.LAPTOP : AssetKind.DESKTOP, sites[i % sites.length],
                    VerdictOutcome.REPLACE);
            e.sys(a, i % 2 == 0 ? "Dell" : "HP", i % 2 == 0 ? "OptiPlex 7070" : "ProDesk 400 G6", i % 2 == 0 ? "Dell" : "HP", "US");
            e.cpu(a, "Intel", "Intel(R) Core(TM) i5-9500 CPU @ 3.00GHz", "x86_64", 4 + (i % 3) * 2, "Intel", "US");
            e.mem(a, 8192);
            e.disk(a, 256_000);
            e.os(a, "Microsoft", "Microsoft Windows 10 Pro", "x86_64", "Microsoft", "US");
            e.install(a, "Microsoft Office Professional Plus 2016", "Microsoft", SoftwareCategory.OFFICE, "US");
            e.install(a, Estate.LOB_TITLE, "某市软件开发中心", SoftwareCategory.BUSINESS, null);
            e.install(a, "业务系统客户端 " + (i % 40), "某市软件开发中心", SoftwareCategory.BUSINESS, null);
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        List<Match> all = TestRuntime.match(e.project, catalogs, new MatchPolicy(List.of(), List.of(), true, 0, 3));
        double seconds = (System.nanoTime() - t0) / 1e9;
        long after = rt.totalMemory() - rt.freeMemory();
        Set<String> withMachine = new HashSet<>();
        for (Match m : all) {
            if ("hardware".equals(m.getTarget()) && m.getRank() == 1) {
                withMachine.add(m.getAssetId());
            }
        }
        assertEquals(ASSETS, withMachine.size());
        System.out.printf("matching: %d assets, %d proposals in %.2f s (%.0f assets/s), heap growth %d MiB%n", ASSETS, all.size(),
                seconds, ASSETS / seconds, Math.max(0, after - before) >> 20);
    }
}
