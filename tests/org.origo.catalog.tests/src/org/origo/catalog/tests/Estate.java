package org.origo.catalog.tests;

import java.util.HashMap;
import java.util.Map;

import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.InventorySnapshot;
import org.origo.model.OriginFact;
import org.origo.model.OriginFacts;
import org.origo.model.OriginRole;
import org.origo.model.OrigoFactory;
import org.origo.model.Project;
import org.origo.model.SoftwareCategory;
import org.origo.model.SoftwareInstall;
import org.origo.model.SoftwareTitle;
import org.origo.model.Verdict;
import org.origo.model.VerdictOutcome;

/**
 * A small city finance bureau as an import and the cn-2020 profile would leave it: components as
 * the shared conventions record them, origin facts on the components, verdicts per asset.
 */
final class Estate {

    static final String PROFILE = "cn-2020";
    static final String LOB_TITLE = "预算一体化管理系统客户端";
    static final String OFFICE_SITE = "市财政局";
    static final String DC_SITE = "市数据中心";

    private static final OrigoFactory F = OrigoFactory.eINSTANCE;

    final Project project = F.createProject();
    final InventorySnapshot snapshot = F.createInventorySnapshot();
    private final Map<String, OriginFacts> origins = new HashMap<>();
    private final Map<String, SoftwareTitle> titles = new HashMap<>();

    static Estate financeBureau() {
        Estate e = new Estate();
        e.project.setName("市财政局 2026");
        e.project.setProfileId(PROFILE);
        e.snapshot.setId("s1");
        e.project.getSnapshots().add(e.snapshot);

        Asset a = e.asset("FIN-PC-001", AssetKind.DESKTOP, OFFICE_SITE, VerdictOutcome.REPLACE);
        e.sys(a, "Dell", "OptiPlex 7070", "Dell", "US");
        e.cpu(a, "Intel", "Intel(R) Core(TM) i5-9500 CPU @ 3.00GHz", "x86_64", 6, "Intel", "US");
        e.mem(a, 8192);
        e.disk(a, 256_000);
        e.os(a, "Microsoft", "Microsoft Windows 10 Pro", "x86_64", "Microsoft", "US");
        e.install(a, "Microsoft Office Professional Plus 2016", "Microsoft", SoftwareCategory.OFFICE, "US");
        e.install(a, LOB_TITLE, "某市软件开发中心", SoftwareCategory.BUSINESS, null);
        e.install(a, "Google Chrome", "Google", SoftwareCategory.BROWSER, "US");
        e.install(a, "Microsoft Visual C++ 2015 Redistributable", "Microsoft", SoftwareCategory.RUNTIME, "US");

        a = e.asset("FIN-PC-002", AssetKind.DESKTOP, OFFICE_SITE, VerdictOutcome.REPLACE);
        e.sys(a, "HP", "HP ProDesk 400 G6 MT", "HP", "US");
        e.cpu(a, "Intel", "Intel(R) Core(TM) i3-9100 CPU @ 3.60GHz", "x86_64", 4, "Intel", "US");
        e.mem(a, 8192);
        e.disk(a, 500_000);
        e.os(a, "Microsoft", "Microsoft Windows 10 Pro", "x86_64", "Microsoft", "US");
        e.install(a, "WPS Office", "Kingsoft Office", SoftwareCategory.OFFICE, "CN");

        a = e.asset("FIN-LT-001", AssetKind.LAPTOP, OFFICE_SITE, VerdictOutcome.REPLACE);
        e.sys(a, "Lenovo", "ThinkPad T480", "Lenovo", "CN");
        e.cpu(a, "Intel", "Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz", "x86_64", 4, "Intel", "US");
        e.mem(a, 8192);
        e.disk(a, 256_000);
        e.os(a, "Microsoft", "Microsoft Windows 10 Pro", "x86_64", "Microsoft", "US");
        e.install(a, "Microsoft 365 Apps for enterprise", "Microsoft", SoftwareCategory.OFFICE, "US");

        a = e.asset("FIN-SRV-001", AssetKind.SERVER, DC_SITE, VerdictOutcome.REPLACE);
        e.sys(a, "Dell", "PowerEdge R740", "Dell", "US");
        e.cpu(a, "Intel", "Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz", "x86_64", 20, "Intel", "US");
        e.cpu(a, "Intel", "Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz", "x86_64", 20, "Intel", "US");
        e.mem(a, 131_072);
        e.disk(a, 2_000_000);
        e.os(a, "Microsoft", "Microsoft Windows Server 2016 Standard", "x86_64", "Microsoft", "US");
        e.install(a, "Microsoft SQL Server 2016", "Microsoft", SoftwareCategory.DATABASE, "US");
        e.install(a, "Oracle WebLogic Server 12c", "Oracle", SoftwareCategory.MIDDLEWARE, "US");

        a = e.asset("FIN-SRV-002", AssetKind.SERVER, DC_SITE, VerdictOutcome.REPLACE);
        e.sys(a, "Hewlett Packard Enterprise", "ProLiant DL380 Gen10", "HPE", "US");
        e.cpu(a, "Intel", "Intel(R) Xeon(R) Silver 4214 CPU @ 2.20GHz", "x86_64", 12, "Intel", "US");
        e.mem(a, 65_536);
        e.disk(a, 1_200_000);
        e.os(a, "Red Hat", "CentOS Linux 7 (Core)", "x86_64", "Red Hat", "US");
        e.install(a, "Oracle Database 19c Enterprise Edition", "Oracle", SoftwareCategory.DATABASE, "US");

        a = e.asset("FIN-VM-001", AssetKind.VIRTUAL_MACHINE, DC_SITE, VerdictOutcome.REPLACE);
        e.os(a, "Microsoft", "Microsoft Windows Server 2019 Datacenter", "x86_64", "Microsoft", "US");
        e.install(a, "Microsoft SQL Server 2019", "Microsoft", SoftwareCategory.DATABASE, "US");

        a = e.asset("FIN-PRN-001", AssetKind.PRINTER, OFFICE_SITE, VerdictOutcome.REPLACE);
        e.sys(a, "HP", "HP LaserJet Pro M404dn", "HP", "US");

        a = e.asset("FIN-NET-001", AssetKind.NETWORK, DC_SITE, VerdictOutcome.REPLACE);
        e.sys(a, "Cisco", "Catalyst 2960X-48TS-L", "Cisco", "US");

        a = e.asset("FIN-NET-002", AssetKind.NETWORK, DC_SITE, VerdictOutcome.REPLACE);
        e.sys(a, "Cisco", "ASA 5506-X firewall", "Cisco", "US");

        a = e.asset("FIN-TC-001", AssetKind.THIN_CLIENT, OFFICE_SITE, VerdictOutcome.REPLACE);
        e.sys(a, "Dell", "Wyse 5070 Thin Client", "Dell", "US");
        e.cpu(a, "Intel", "Intel(R) Celeron(R) J4105 CPU @ 1.50GHz", "x86_64", 4, "Intel", "US");
        e.mem(a, 4096);
        e.disk(a, 32_000);
        e.os(a, "Microsoft", "Microsoft Windows 10 IoT Enterprise", "x86_64", "Microsoft", "US");

        a = e.asset("FIN-PC-010", AssetKind.DESKTOP, OFFICE_SITE, VerdictOutcome.KEEP);
        e.sys(a, "Great Wall", "长城世恒", "Great Wall", "CN");
        e.cpu(a, "Zhaoxin", "ZHAOXIN KaiXian KX-U6780A@2.7GHz", "x86_64", 8, "Zhaoxin", "CN");
        e.os(a, "KylinSoft", "Kylin Desktop V10 SP1", "x86_64", "KylinSoft", "CN");

        a = e.asset("FIN-PC-011", AssetKind.DESKTOP, OFFICE_SITE, VerdictOutcome.REVIEW);
        Component c = F.createComponent();
        c.setKind(ComponentKind.SYSTEM);
        c.setRawVendor("To be filled by O.E.M.");
        a.getComponents().add(c);
        return e;
    }

    Asset asset(String id, AssetKind kind, String site, VerdictOutcome outcome) {
        Asset a = F.createAsset();
        a.setId(id);
        a.setHostname(id.toLowerCase());
        a.setKind(kind);
        a.setSite(site);
        a.setDepartment("预算科");
        Verdict v = F.createVerdict();
        v.setProfileId(PROFILE);
        v.setOutcome(outcome);
        v.setReasonEn("test estate");
        v.setReasonZh("测试资产");
        a.getVerdicts().add(v);
        snapshot.getAssets().add(a);
        return a;
    }

    OriginFacts origin(String party, String country) {
        return origins.computeIfAbsent(party + "/" + country, k -> {
            OriginFacts o = F.createOriginFacts();
            o.setKey(k);
            OriginFact f = F.createOriginFact();
            f.setRole(OriginRole.BRAND_OWNER);
            f.setParty(party);
            f.setCountry(country);
            f.setSource("test");
            f.setConfidence(1.0);
            o.getFacts().add(f);
            project.getOrigins().add(o);
            return o;
        });
    }

    Component component(Asset a, ComponentKind kind, String vendor, String product) {
        Component c = F.createComponent();
        c.setKind(kind);
        c.setVendor(vendor);
        c.setRawVendor(vendor);
        c.setProduct(product);
        a.getComponents().add(c);
        return c;
    }

    void sys(Asset a, String vendor, String product, String party, String country) {
        component(a, ComponentKind.SYSTEM, vendor, product).setOrigin(origin(party, country));
    }

    void cpu(Asset a, String vendor, String product, String arch, int cores, String party, String country) {
        Component c = component(a, ComponentKind.CPU, vendor, product);
        c.setArchitecture(arch);
        c.setCores(cores);
        c.setOrigin(origin(party, country));
    }

    void os(Asset a, String vendor, String product, String arch, String party, String country) {
        Component c = component(a, ComponentKind.OS, vendor, product);
        c.setArchitecture(arch);
        c.setOrigin(origin(party, country));
    }

    void mem(Asset a, long mb) {
        component(a, ComponentKind.MEMORY, null, null).setCapacityMb(mb);
    }

    void disk(Asset a, long mb) {
        component(a, ComponentKind.STORAGE, null, null).setCapacityMb(mb);
    }

    void install(Asset a, String name, String publisher, SoftwareCategory category, String country) {
        SoftwareTitle t = titles.computeIfAbsent(publisher + "|" + name, k -> {
            SoftwareTitle s = F.createSoftwareTitle();
            s.setKey(k);
            s.setName(name);
            s.setPublisher(publisher);
            s.setCategory(category);
            if (country != null) {
                s.setOrigin(origin(publisher, country));
            }
            project.getSoftwareTitles().add(s);
            return s;
        });
        SoftwareInstall si = F.createSoftwareInstall();
        si.setTitle(t);
        a.getSoftware().add(si);
    }
}
