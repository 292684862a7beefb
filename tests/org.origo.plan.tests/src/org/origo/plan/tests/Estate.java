package org.origo.plan.tests;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.InventorySnapshot;
import org.origo.model.Match;
import org.origo.model.OrigoFactory;
import org.origo.model.Project;
import org.origo.model.SoftwareCategory;
import org.origo.model.SoftwareInstall;
import org.origo.model.SoftwareTitle;
import org.origo.model.Verdict;
import org.origo.model.VerdictOutcome;

/** Builds small, realistic test estates of a Chinese municipal administration in code. */
final class Estate {

    static final String PROFILE = "cn-2020";
    static final OrigoFactory F = OrigoFactory.eINSTANCE;
    static final String[] SITES = { "市政府大楼", "财政局", "教育局东区" };
    static final String[] DEPTS = { "办公室", "预算科", "信息中心", "人事科" };

    final Project project = F.createProject();
    final InventorySnapshot snapshot = F.createInventorySnapshot();
    private SoftwareTitle database;

    Estate() {
        project.setName("某市人民政府");
        project.setProfileId(PROFILE);
        snapshot.setId("s1");
        snapshot.setImportedAt(date(2025, 11, 3));
        project.getSnapshots().add(snapshot);
    }

    static Date date(int y, int m, int d) {
        return Date.from(LocalDate.of(y, m, d).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    Asset asset(String id, AssetKind kind, String site, String dept, VerdictOutcome outcome, boolean anyUs) {
        Asset a = F.createAsset();
        a.setId(id);
        a.setHostname(site + "-" + id);
        a.setSerial("SN" + id);
        a.setKind(kind);
        a.setSite(site);
        a.setDepartment(dept);
        a.setOwner("张伟");
        Component sys = F.createComponent();
        sys.setKind(ComponentKind.SYSTEM);
        sys.setVendor(anyUs ? "Dell" : "Lenovo");
        sys.setProduct(anyUs ? "OptiPlex 7070" : "ThinkCentre M720t");
        a.getComponents().add(sys);
        Verdict v = F.createVerdict();
        v.setProfileId(PROFILE);
        v.setOutcome(outcome);
        v.setAnyUs(anyUs);
        v.getRuleIds().add(outcome == VerdictOutcome.REPLACE ? "cn.brand.foreign" : "cn.keep");
        v.setReasonEn("test verdict");
        v.setReasonZh("测试判定");
        a.getVerdicts().add(v);
        snapshot.getAssets().add(a);
        return a;
    }

    Asset desktop(String id, String site, String dept, boolean anyUs) {
        return asset(id, AssetKind.DESKTOP, site, dept, VerdictOutcome.REPLACE, anyUs);
    }

    /** Marks the asset as a database host (an installed DATABASE title). */
    void hostsDatabase(Asset a) {
        if (database == null) {
            database = F.createSoftwareTitle();
            database.setKey("oracle|oracle database 19c");
            database.setName("Oracle Database 19c");
            database.setPublisher("Oracle");
            database.setCategory(SoftwareCategory.DATABASE);
            project.getSoftwareTitles().add(database);
        }
        SoftwareInstall i = F.createSoftwareInstall();
        i.setTitle(database);
        a.getSoftware().add(i);
    }

    Match match(Asset a, String target, int rank, String productId, String name, double price) {
        Match m = F.createMatch();
        m.setAsset(a);
        m.setAssetId(a.getId());
        m.setTarget(target);
        m.setRank(rank);
        m.setProductId(productId);
        m.setProductName(name);
        m.setVendor("麒麟软件");
        m.setPrice(price);
        m.setScore(0.9);
        project.getMatches().add(m);
        return m;
    }

    /** n foreign desktops spread over sites and departments, a third of them US-origin. */
    static Estate spread(int n) {
        Estate e = new Estate();
        for (int i = 0; i < n; i++) {
            Asset a = e.desktop(String.format("PC-%04d", i), SITES[i % SITES.length], DEPTS[(i / 3) % DEPTS.length], i % 3 == 0);
            a.setCriticality(i % 4);
            a.setPurchaseDate(date(2012 + i % 9, 1 + i % 12, 1 + i % 27));
        }
        return e;
    }
}
