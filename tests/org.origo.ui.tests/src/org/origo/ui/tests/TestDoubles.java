package org.origo.ui.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.origo.api.OrigoException;
import org.origo.api.Progress;
import org.origo.api.Text;
import org.origo.catalog.api.ReplacementCatalog;
import org.origo.inventory.api.ImportPreview;
import org.origo.inventory.api.ImportReport;
import org.origo.inventory.api.ImportRequest;
import org.origo.inventory.api.InventoryImporter;
import org.origo.inventory.api.InventoryService;
import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Catalog;
import org.origo.model.CatalogProduct;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.InventorySnapshot;
import org.origo.model.OriginFact;
import org.origo.model.OriginFacts;
import org.origo.model.OriginRole;
import org.origo.model.OrigoFactory;
import org.origo.model.Phase;
import org.origo.model.Plan;
import org.origo.model.PlanItem;
import org.origo.model.ProductCategory;
import org.origo.model.Project;
import org.origo.model.Verdict;
import org.origo.model.VerdictOutcome;
import org.origo.origin.api.OriginProfile;
import org.origo.plan.api.PlanRequest;
import org.origo.plan.api.ReplacementPlanner;

/**
 * TEST-ONLY doubles of the service contracts, registered by the tests where the real services
 * (written in their own bundles) are not part of this test runtime. They are deliberately small:
 * the workbench must work with whatever services are registered.
 */
public final class TestDoubles {

    private TestDoubles() {
    }

    static final OrigoFactory F = OrigoFactory.eINSTANCE;

    /**
     * Test-only importer of {@code key: value} files ({@code .kv}), which has no preview of its own:
     * the inventory engine previews it from the assets it reads, as for dmidecode or lshw.
     */
    static final class KeyValueImporter implements org.origo.inventory.api.InventoryImporter {
        @Override
        public String id() {
            return "test-keyvalue";
        }

        @Override
        public Text label() {
            return new Text("key: value lines", "键值行");
        }

        @Override
        public int sniff(org.origo.inventory.api.ImportSource source) {
            return source.name().endsWith(".kv") ? 90 : 0;
        }

        @Override
        public void read(org.origo.inventory.api.ImportSource source, org.origo.inventory.api.AssetSink sink,
                org.origo.inventory.api.ImportContext context) throws OrigoException {
            Map<String, String> v = new HashMap<>();
            try {
                for (String l : Files.readAllLines(source.path(), StandardCharsets.UTF_8)) {
                    int i = l.indexOf(':');
                    if (i > 0) {
                        v.put(l.substring(0, i).strip(), l.substring(i + 1).strip());
                    }
                }
            } catch (IOException e) {
                throw new OrigoException(new Text("cannot read", "无法读取"), source.name(), -1, null, e);
            }
            sink.accept(asset(v.get("hostname"), v.get("hostname"), v.get("serial"), AssetKind.SERVER, v.get("manufacturer"),
                    v.get("cpu"), null, null, null, null), 1);
        }
    }

    /** Test-only: reads a semicolon CSV with a header row (UTF-8). */
    static final class CsvInventoryService implements InventoryService {
        static final Map<String, String> SYNONYMS = Map.of("主机名", "hostname", "序列号", "serial", "品牌", "manufacturer",
                "处理器", "cpu", "操作系统", "os", "地点", "site", "使用人", "owner");

        @Override
        public List<ImportPreview> preview(List<Path> inputs, ImportRequest request) throws OrigoException {
            List<ImportPreview> out = new ArrayList<>();
            for (Path p : inputs) {
                List<String> lines = read(p);
                if (p.getFileName().toString().endsWith(".dmi")) {
                    // like the importers without columns (dmidecode, lshw): the fields read per asset
                    Map<String, String> r = new LinkedHashMap<>();
                    for (String l : lines) {
                        int i = l.indexOf(':');
                        if (i > 0) {
                            r.put(l.substring(0, i).strip(), l.substring(i + 1).strip());
                        }
                    }
                    out.add(new ImportPreview(p.toString(), "test-dmi", Map.of(), List.of(), List.of(), List.of(r), List.of()));
                    continue;
                }
                List<String> columns = List.of(lines.get(0).split(";", -1));
                List<String> mapping = new ArrayList<>();
                for (String c : columns) {
                    mapping.add(SYNONYMS.getOrDefault(c, ""));
                }
                List<Map<String, String>> rows = new ArrayList<>();
                for (String l : lines.subList(1, Math.min(lines.size(), 6))) {
                    String[] f = l.split(";", -1);
                    Map<String, String> r = new LinkedHashMap<>();
                    // keyed by field id, mapped non-empty cells only, as the ledger importers' previews are
                    for (int i = 0; i < columns.size(); i++) {
                        if (!mapping.get(i).isEmpty() && i < f.length && !f[i].isBlank()) {
                            r.put(mapping.get(i), f[i]);
                        }
                    }
                    rows.add(r);
                }
                out.add(new ImportPreview(p.toString(), "test-csv", Map.of("encoding", "UTF-8", "delimiter", ";"), columns,
                        mapping, rows, List.of(new Text("1 column not mapped", "1 列未映射"))));
            }
            return out;
        }

        private static List<String> read(Path p) throws OrigoException {
            try {
                return Files.readAllLines(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new OrigoException(new Text("cannot read", "无法读取"), p.toString(), -1, null, e);
            }
        }

        @Override
        public ImportReport importInto(Project project, List<Path> inputs, ImportRequest request, Progress progress)
                throws OrigoException {
            Map<String, String> mapping = new HashMap<>(SYNONYMS);
            if (request.mapping() != null) {
                for (String l : read(request.mapping())) {
                    if (l.startsWith("#") || !l.contains("=")) {
                        continue;
                    }
                    int i = l.indexOf('=');
                    mapping.put(l.substring(0, i).replace("\\", ""), l.substring(i + 1));
                }
            }
            InventorySnapshot s = F.createInventorySnapshot();
            s.setId("s" + (project.getSnapshots().size() + 1));
            s.setImportedAt(new Date());
            int n = 0;
            for (Path p : inputs) {
                List<String> lines = read(p);
                String[] cols = lines.get(0).split(";", -1);
                progress.begin(new Text("Importing", "正在导入"), lines.size() - 1);
                for (String l : lines.subList(1, lines.size())) {
                    progress.checkCancelled();
                    String[] f = l.split(";", -1);
                    Map<String, String> v = new HashMap<>();
                    for (int i = 0; i < cols.length && i < f.length; i++) {
                        v.put(mapping.getOrDefault(cols[i], ""), f[i]);
                    }
                    Asset a = asset("IMP-" + (++n), v.get("hostname"), v.get("serial"), AssetKind.DESKTOP, v.get("manufacturer"),
                            v.get("cpu"), v.get("os"), v.get("site"), v.get("department"), v.get("owner"));
                    a.getSources().add(p.getFileName().toString());
                    s.getAssets().add(a);
                    progress.worked(1);
                }
                s.getSourceFiles().add(p.toString());
            }
            project.getSnapshots().add(s);
            return new ImportReport(s, inputs.size(), n, n, n, 0, 0, List.of());
        }

        @Override
        public List<InventoryImporter> importers() {
            return List.of();
        }
    }

    static Asset asset(String id, String host, String serial, AssetKind kind, String brand, String cpu, String os, String site,
            String dept, String owner) {
        Asset a = F.createAsset();
        a.setId(id);
        a.setHostname(host);
        a.setSerial(serial);
        a.setKind(kind);
        a.setSite(site);
        a.setDepartment(dept);
        a.setOwner(owner);
        if (brand != null && !brand.isEmpty()) {
            a.getComponents().add(component(ComponentKind.SYSTEM, brand, null));
        }
        if (cpu != null && !cpu.isEmpty()) {
            a.getComponents().add(component(ComponentKind.CPU, null, cpu));
        }
        if (os != null && !os.isEmpty()) {
            a.getComponents().add(component(ComponentKind.OS, null, os));
        }
        return a;
    }

    static Component component(ComponentKind k, String vendor, String product) {
        Component c = F.createComponent();
        c.setKind(k);
        c.setVendor(vendor);
        c.setRawVendor(vendor);
        c.setProduct(product);
        return c;
    }

    /** Test-only: a tiny origin profile (US brands/CPUs/OS replace, a few domestic ones keep). */
    public static final class SmallProfile implements OriginProfile {
        static final Map<String, String> COUNTRY = Map.ofEntries(Map.entry("dell", "US"), Map.entry("hp", "US"),
                Map.entry("intel", "US"), Map.entry("windows", "US"), Map.entry("lenovo", "CN"), Map.entry("huawei", "CN"),
                Map.entry("great wall", "CN"), Map.entry("phytium", "CN"), Map.entry("hygon", "CN"), Map.entry("kylin", "CN"),
                Map.entry("kunpeng", "CN"), Map.entry("uos", "CN"));

        @Override
        public String id() {
            return "test-profile";
        }

        @Override
        public Text label() {
            return new Text("Test profile", "测试规则集");
        }

        @Override
        public Text description() {
            return label();
        }

        @Override
        public Verdict evaluate(Asset asset) {
            Verdict v = F.createVerdict();
            boolean foreign = false;
            boolean unknown = false;
            StringBuilder en = new StringBuilder();
            StringBuilder zh = new StringBuilder();
            for (Component c : asset.getComponents()) {
                String what = (c.getVendor() != null ? c.getVendor() : c.getProduct());
                String country = country(what);
                OriginFacts facts = F.createOriginFacts();
                OriginFact f = F.createOriginFact();
                f.setRole(c.getKind() == ComponentKind.CPU ? OriginRole.DESIGNER : OriginRole.BRAND_OWNER);
                f.setParty(what);
                f.setCountry(country == null ? "" : country);
                f.setSource("test table");
                f.setConfidence(country == null ? 0 : 0.9);
                facts.getFacts().add(f);
                c.setOrigin(keep(asset, facts));
                if (country == null) {
                    unknown = true;
                    v.getRuleIds().add("test.unknown");
                    en.append(c.getKind().getLiteral()).append(' ').append(what).append(" is not recognised\n");
                    zh.append(c.getKind().getLiteral()).append(' ').append(what).append(" 无法识别\n");
                } else if (!"CN".equals(country)) {
                    foreign = true;
                    v.getRuleIds().add("test.foreign." + c.getKind().getLiteral().toLowerCase(Locale.ROOT));
                    en.append(c.getKind().getLiteral()).append(' ').append(what).append(" comes from ").append(country).append('\n');
                    zh.append(c.getKind().getLiteral()).append(' ').append(what).append(" 来自 ").append(country).append('\n');
                }
            }
            v.setOutcome(foreign ? VerdictOutcome.REPLACE : unknown ? VerdictOutcome.REVIEW : VerdictOutcome.KEEP);
            v.setAnyUs(foreign);
            if (!foreign && !unknown) {
                v.getRuleIds().add("test.domestic");
                en.append("every key component is Chinese");
                zh.append("所有关键部件均为国产");
            }
            v.setReasonEn(en.toString().trim());
            v.setReasonZh(zh.toString().trim());
            return v;
        }

        /** Origin facts are shared objects contained in the project (as a real profile keeps them). */
        private static OriginFacts keep(Asset asset, OriginFacts facts) {
            if (asset.eContainer() == null || !(asset.eContainer().eContainer() instanceof Project p)) {
                return facts; // a detached asset (e.g. one component asked about on its own)
            }
            synchronized (p) {
                p.getOrigins().add(facts);
            }
            return facts;
        }

        static String country(String s) {
            if (s == null) {
                return null;
            }
            String l = s.toLowerCase(Locale.ROOT);
            for (Map.Entry<String, String> e : COUNTRY.entrySet()) {
                if (l.contains(e.getKey())) {
                    return e.getValue();
                }
            }
            return null;
        }
    }

    /** Test-only: puts REPLACE assets into phases in snapshot order, US first, with sample costs. */
    static final class SmallPlanner implements ReplacementPlanner {
        @Override
        public Plan plan(Project project, PlanRequest request, Progress progress) {
            List<Asset> replace = new ArrayList<>();
            for (Asset a : project.getSnapshots().get(project.getSnapshots().size() - 1).getAssets()) {
                for (Verdict v : a.getVerdicts()) {
                    if (v.getOutcome() == VerdictOutcome.REPLACE) {
                        replace.add(a);
                    }
                }
            }
            Plan plan = F.createPlan();
            plan.setName("test plan");
            int start = 0;
            for (int i = 0; i < request.shares().size(); i++) {
                Phase ph = F.createPhase();
                ph.setIndex(i + 1);
                ph.setYear(request.firstYear() + i);
                ph.setTargetShare(request.shares().get(i));
                int n = i == request.shares().size() - 1 ? replace.size() - start
                        : (int) Math.round(request.shares().get(i) / 100.0 * replace.size());
                for (Asset a : replace.subList(start, Math.min(replace.size(), start + n))) {
                    PlanItem it = F.createPlanItem();
                    it.setAsset(a);
                    it.setAssetId(a.getId());
                    it.setPhase(ph);
                    it.setCost(5200);
                    it.setProductId("GW-UT6000");
                    it.setReasonEn("US-origin first");
                    it.setReasonZh("美国来源优先");
                    plan.getItems().add(it);
                }
                start += n;
                ph.setPlannedCount(n);
                ph.setPlannedCost(n * 5200.0);
                Double b = request.budgets().get(ph.getYear());
                ph.setBudget(b != null ? b : n * 5200.0);
                plan.getPhases().add(ph);
            }
            return plan;
        }
    }

    /** Test-only: a catalog with two products. */
    static final class SmallCatalog implements ReplacementCatalog {
        @Override
        public String id() {
            return "test-greatwall";
        }

        @Override
        public Text label() {
            return new Text("Great Wall desktops (test)", "长城台式机（测试）");
        }

        @Override
        public Catalog load() {
            Catalog c = F.createCatalog();
            c.setId(id());
            c.setVendor("Great Wall");
            c.getProducts().add(product("GW-UT6000", "Great Wall", "Great Wall UT6000 desktop", "长城 UT6000 台式机",
                    ProductCategory.DESKTOP, "aarch64", "Phytium"));
            c.getProducts().add(product("GW-TF-SERVER", "Great Wall", "Great Wall Qingtian server", "长城擎天服务器",
                    ProductCategory.SERVER, "x86_64", "Hygon"));
            return c;
        }
    }

    static CatalogProduct product(String id, String vendor, String en, String zh, ProductCategory cat, String arch, String cpu) {
        CatalogProduct p = F.createCatalogProduct();
        p.setId(id);
        p.setVendor(vendor);
        p.setNameEn(en);
        p.setNameZh(zh);
        p.setCategory(cat);
        p.setArchitecture(arch);
        p.setCpuPlatform(cpu);
        p.getCertifiedOs().add("Kylin V10");
        p.setPrice(5200);
        p.setCurrency("CNY");
        p.setLeadTimeDays(30);
        return p;
    }
}
