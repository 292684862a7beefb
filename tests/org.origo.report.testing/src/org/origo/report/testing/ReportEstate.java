package org.origo.report.testing;

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
import org.origo.model.Phase;
import org.origo.model.Plan;
import org.origo.model.PlanItem;
import org.origo.model.Project;
import org.origo.model.ShareBasis;
import org.origo.model.Verdict;
import org.origo.model.VerdictOutcome;

/**
 * A realistic small estate of a municipal administration, built in code: US-brand and
 * Lenovo/Intel/Windows machines to replace, Great Wall/Zhaoxin/Kylin machines to keep, a
 * placeholder-brand machine to review, matches with a software finding, a three-phase plan, and
 * hostile text (formula payloads, HTML) in asset fields.
 */
public final class ReportEstate {

    public static final String PROFILE = "cn-2020";
    public static final OrigoFactory F = OrigoFactory.eINSTANCE;
    public static final String FORMULA = "=cmd|' /C calc'!A0";
    public static final String SUM = "@SUM(1)";
    public static final String SCRIPT = "<script>alert('x')</script>";
    public static final String FINDING = "Foxit PhantomPDF 9 (Windows only) has no build for aarch64: needs porting or Foxit PDF for Kylin";

    public final Project project = F.createProject();
    public final InventorySnapshot snapshot = F.createInventorySnapshot();
    public int replace, keep, review, anyUs;

    public static Date date(int y, int m, int d) {
        return Date.from(LocalDate.of(y, m, d).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    public ReportEstate() {
        project.setName("某市人民政府信息化办公室");
        project.setProfileId(PROFILE);
        snapshot.setId("2025-11-盘点");
        snapshot.setImportedAt(date(2025, 11, 3));
        snapshot.getSourceFiles().add("资产台账2025.xlsx");
        project.getSnapshots().add(snapshot);
        String[] sites = { "市政府大楼", "财政局", "教育局东区" };
        String[] depts = { "办公室", "预算科", "信息中心" };
        String[] owners = { "王芳", "李娜", "张伟", "刘洋", "陈静" };
        for (int i = 0; i < 60; i++) {
            String site = sites[i % 3];
            String dept = depts[(i / 3) % 3];
            int type = i % 6;
            Asset a;
            switch (type) {
            case 0, 1 -> {
                a = asset(String.format("ZC-%04d", i), AssetKind.DESKTOP, site, dept);
                comp(a, ComponentKind.SYSTEM, "Dell", "OptiPlex 7080");
                comp(a, ComponentKind.CPU, "Intel", "Intel(R) Core(TM) i5-10500 CPU @ 3.10GHz");
                comp(a, ComponentKind.OS, "Microsoft", "Microsoft Windows 10 专业版");
                verdict(a, VerdictOutcome.REPLACE, true, "cn.brand.foreign;cn.cpu.foreign;cn.os.foreign",
                        "Brand Dell (United States), CPU Intel (United States), OS Microsoft Windows (United States) are foreign",
                        "品牌 Dell（美国）、处理器 Intel（美国）、操作系统 Microsoft Windows（美国）均为境外产品");
            }
            case 2 -> {
                a = asset(String.format("ZC-%04d", i), AssetKind.LAPTOP, site, dept);
                comp(a, ComponentKind.SYSTEM, "Lenovo", "ThinkPad T14");
                comp(a, ComponentKind.CPU, "Intel", "Intel(R) Core(TM) i7-1165G7");
                comp(a, ComponentKind.OS, "Microsoft", "Microsoft Windows 11 Pro");
                verdict(a, VerdictOutcome.REPLACE, true, "cn.cpu.foreign;cn.os.foreign",
                        "CPU Intel (United States) and OS Microsoft Windows (United States) are foreign; brand Lenovo is Chinese",
                        "处理器 Intel（美国）和操作系统 Microsoft Windows（美国）为境外产品；品牌联想为国产");
            }
            case 3 -> {
                a = asset(String.format("ZC-%04d", i), AssetKind.SERVER, site, "信息中心");
                comp(a, ComponentKind.SYSTEM, "Inspur", "NF5280M5");
                comp(a, ComponentKind.CPU, "Intel", "Intel(R) Xeon(R) Silver 4210");
                comp(a, ComponentKind.OS, "Red Hat", "Red Hat Enterprise Linux 7.9");
                verdict(a, VerdictOutcome.REPLACE, true, "cn.cpu.foreign;cn.os.foreign",
                        "CPU Intel (United States) and OS Red Hat Enterprise Linux (United States) are foreign",
                        "处理器 Intel（美国）和操作系统 Red Hat Enterprise Linux（美国）为境外产品");
            }
            case 4 -> {
                a = asset(String.format("ZC-%04d", i), AssetKind.DESKTOP, site, dept);
                comp(a, ComponentKind.SYSTEM, "Great Wall", "长城 世恒 TD120A2");
                comp(a, ComponentKind.CPU, "Zhaoxin", "ZHAOXIN KaiXian KX-U6780A@2.7GHz");
                comp(a, ComponentKind.OS, "Kylin", "银河麒麟桌面操作系统 V10");
                verdict(a, VerdictOutcome.KEEP, false, "cn.keep.domestic",
                        "Brand Great Wall, CPU Zhaoxin (x86 under VIA licence) and OS Kylin are Chinese",
                        "品牌长城、处理器兆芯（VIA 授权的 x86）和操作系统银河麒麟均为国产");
            }
            default -> {
                a = asset(String.format("ZC-%04d", i), AssetKind.DESKTOP, site, dept);
                Component c = comp(a, ComponentKind.SYSTEM, null, "To be filled by O.E.M.");
                c.setRawVendor("To Be Filled By O.E.M.");
                verdict(a, VerdictOutcome.REVIEW, false, "cn.review.placeholder",
                        "Brand is a placeholder (To Be Filled By O.E.M.); CPU not inventoried",
                        "品牌为占位值（To Be Filled By O.E.M.）；处理器未盘点");
            }
            }
        }
        // hostile values in text fields
        Asset bad = snapshot.getAssets().get(0);
        bad.setHostname(FORMULA);
        bad.setSerial(SUM);
        bad.setOwner("-2+3");
        Asset html = snapshot.getAssets().get(1);
        html.setHostname(SCRIPT);
        html.getComponents().get(0).setProduct("OptiPlex <b>7080</b> & \"Pro\"");

        for (Asset a : snapshot.getAssets()) {
            Verdict v = a.getVerdicts().get(0);
            if (v.getOutcome() != VerdictOutcome.REPLACE) {
                continue;
            }
            boolean server = a.getKind() == AssetKind.SERVER;
            match(a, "SYSTEM", 1, server ? "SUGON-I620-G30" : "GW-TD120A2", server ? "曙光 I620-G30" : "长城 世恒 TD120A2",
                    server ? "Sugon" : "Great Wall", server ? 52000 : 5200, null);
            match(a, "SYSTEM", 2, "TF-CHAOXIANG-Z8000", "清华同方 超翔 Z8000", "Tsinghua Tongfang", 5600, null);
            match(a, "OS", 1, "KYLIN-V10", "银河麒麟 V10", "Kylin", 800, a == html ? FINDING : null);
        }
        Plan plan = F.createPlan();
        plan.setName("Plan 2026\u20132028 (30/50/20)");
        plan.setBasis(ShareBasis.COUNT);
        plan.setCreatedAt(date(2025, 12, 1));
        int[] years = { 2026, 2027, 2028 };
        double[] shares = { 30, 50, 20 };
        Phase[] phases = new Phase[3];
        for (int k = 0; k < 3; k++) {
            phases[k] = F.createPhase();
            phases[k].setIndex(k + 1);
            phases[k].setYear(years[k]);
            phases[k].setTargetShare(shares[k]);
            phases[k].setBudget(k == 0 ? 220000 : 0);
            plan.getPhases().add(phases[k]);
        }
        int n = 0;
        for (Asset a : snapshot.getAssets()) {
            if (a.getVerdicts().get(0).getOutcome() != VerdictOutcome.REPLACE) {
                continue;
            }
            int k = n < 12 ? 0 : n < 32 ? 1 : 2;
            n++;
            PlanItem it = F.createPlanItem();
            it.setAsset(a);
            it.setAssetId(a.getId());
            it.setPhase(phases[k]);
            it.setProductId(a.getKind() == AssetKind.SERVER ? "SUGON-I620-G30" : "GW-TD120A2");
            it.setCost(a.getKind() == AssetKind.SERVER ? 52800 : 6000);
            it.setReasonEn("phase " + (k + 1) + " (" + years[k] + "); US-origin components: replaced first");
            it.setReasonZh("第 " + (k + 1) + " 期（" + years[k] + " 年）；含美国来源部件：优先替换");
            plan.getItems().add(it);
            phases[k].setPlannedCount(phases[k].getPlannedCount() + 1);
            phases[k].setPlannedCost(phases[k].getPlannedCost() + it.getCost());
        }
        plan.getRelaxations().add("phase 1 (2026): the budget of 220000 covers 12 assets\n第 1 期（2026 年）：预算 220000 只够 12 台资产");
        project.setPlan(plan);
    }

    private Asset asset(String id, AssetKind kind, String site, String dept) {
        Asset a = F.createAsset();
        a.setId(id);
        a.setHostname(site.substring(0, 2) + "-" + id);
        a.setSerial("CN0" + id.substring(3) + "X7");
        a.setKind(kind);
        a.setSite(site);
        a.setDepartment(dept);
        a.setOwner("张伟");
        a.setPurchaseDate(date(2014 + (id.hashCode() & 7), 3, 15));
        a.setCriticality(id.hashCode() & 3);
        a.getSources().add("资产台账2025.xlsx");
        snapshot.getAssets().add(a);
        return a;
    }

    private static Component comp(Asset a, ComponentKind kind, String vendor, String product) {
        Component c = F.createComponent();
        c.setKind(kind);
        c.setVendor(vendor);
        c.setProduct(product);
        a.getComponents().add(c);
        return c;
    }

    private void verdict(Asset a, VerdictOutcome o, boolean us, String rules, String en, String zh) {
        Verdict v = F.createVerdict();
        v.setProfileId(PROFILE);
        v.setOutcome(o);
        v.setAnyUs(us);
        for (String r : rules.split(";")) {
            v.getRuleIds().add(r);
        }
        v.setReasonEn(en);
        v.setReasonZh(zh);
        a.getVerdicts().add(v);
        switch (o) {
        case REPLACE -> replace++;
        case KEEP -> keep++;
        case REVIEW -> review++;
        }
        if (us) {
            anyUs++;
        }
    }

    private void match(Asset a, String target, int rank, String id, String name, String vendor, double price, String finding) {
        Match m = F.createMatch();
        m.setAsset(a);
        m.setAssetId(a.getId());
        m.setTarget(target);
        m.setRank(rank);
        m.setProductId(id);
        m.setProductName(name);
        m.setVendor(vendor);
        m.setCatalogId("cn-sample");
        m.setPrice(price);
        m.setScore(rank == 1 ? 0.92 : 0.81);
        m.getReasons().add("same category");
        m.getReasons().add("certified with Kylin V10");
        if (finding != null) {
            m.getFindings().add(finding);
        }
        project.getMatches().add(m);
    }
}
