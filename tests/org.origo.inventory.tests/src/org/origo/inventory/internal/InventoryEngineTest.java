package org.origo.inventory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.api.OrigoException;
import org.origo.api.Progress;
import org.origo.api.Text;
import org.origo.inventory.api.ImportReport;
import org.origo.inventory.api.ImportRequest;
import org.origo.inventory.engine.InventoryEngine;
import org.origo.inventory.internal.i18n.EngineMessages;
import org.origo.model.Asset;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.MergeAction;
import org.origo.model.MergeRecord;
import org.origo.model.OrigoFactory;
import org.origo.model.Party;
import org.origo.model.Project;
import org.origo.model.Severity;
import org.origo.model.SoftwareTitle;
import org.origo.origin.api.VendorDirectory;

class InventoryEngineTest {

    @TempDir
    Path dir;

    /** The same syntax under another format id ("#k2" first line), standing for a second per-host file format. */
    static final class SecondFormat extends KeyValueImporter {
        @Override
        public String id() {
            return "kv2";
        }

        @Override
        public int sniff(org.origo.inventory.api.ImportSource source) throws IOException {
            byte[] h = source.head(3);
            return h.length == 3 && h[0] == '#' && h[1] == 'k' && h[2] == '2' ? 100 : 0;
        }
    }

    private final InventoryEngine engine = new InventoryEngine(() -> List.of(new KeyValueImporter(), new SecondFormat()), List::of);

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static Project project() {
        Project p = OrigoFactory.eINSTANCE.createProject();
        p.setName("test");
        return p;
    }

    private ImportReport run(Project p, ImportRequest req, Path... inputs) throws OrigoException {
        return engine.importInto(p, List.of(inputs), null, req, Progress.NONE);
    }

    private static ImportRequest complete() {
        return new ImportRequest(null, null, false, ImportRequest.DEFAULT_MERGE_KEYS, null, Map.of(InventoryEngine.OPTION_COMPLETE, "true"));
    }

    private static ImportRequest scoped(String key, String value) {
        return new ImportRequest(null, null, false, ImportRequest.DEFAULT_MERGE_KEYS, null, Map.of(key, value));
    }

    private static long count(Project p, MergeAction action) {
        return p.getSnapshots().get(p.getSnapshots().size() - 1).getMergeLog().stream().filter(m -> m.getAction() == action).count();
    }

    private static final String ESTATE = "#kv\nhostname=fin-1\ntag=ZC-1\nserial=0123456789\nsite=City hall\ndepartment=Finance\n\n"
            + "hostname=fin-2\ntag=ZC-2\nsite=City hall\ndepartment=Finance\n\n"
            + "hostname=hr-1\ntag=ZC-3\nserial=SN-3\nsite=City hall\ndepartment=HR\n\n"
            + "hostname=hr-2\ntag=ZC-4\nsite=City hall\ndepartment=HR\n\n"
            + "hostname=edu-1\nmac=00-1A-2B-3C-4D-5E\nsite=School\ndepartment=Office\n";

    @Test
    void anIdenticalReimportIsAllUnchangedByAssetNumberEvenWithPlaceholderSerials() throws Exception {
        Project p = project();
        run(p, ImportRequest.defaults(), write("a.kv", ESTATE));
        Asset fin1 = byHost(p.getSnapshots().get(0).getAssets(), "fin-1");
        assertNull(fin1.getSerial(), "0123456789 is a placeholder, not a serial");
        fin1.getVerdicts().add(verdict(org.origo.model.VerdictOutcome.REPLACE, false));
        ImportReport r = run(p, ImportRequest.defaults(), write("b.kv", ESTATE));
        assertEquals(0, r.newAssets());
        assertEquals(5, r.mergedAssets(), "every asset is matched with the previous snapshot");
        assertEquals(0, r.goneAssets());
        assertEquals(5, count(p, MergeAction.UNCHANGED));
        assertEquals(5, InventoryEngine.unchanged(p.getSnapshots().get(1)));
        assertEquals(fin1.getId(), byHost(p.getSnapshots().get(1).getAssets(), "fin-1").getId());
        assertEquals("assettag", p.getSnapshots().get(1).getMergeLog().get(0).getKey());
        assertEquals(1, byHost(p.getSnapshots().get(1).getAssets(), "fin-1").getVerdicts().size(), "an unchanged asset keeps its verdict");
        assertTrue(p.getSnapshots().get(1).isComplete());
    }

    @Test
    void anAssetWithoutAnyIdentityIsTheSameWhenReadFromTheSamePlace() throws Exception {
        Project p = project();
        Path f = write("keyless.kv", "#kv\nvendor=HP\nproduct=LaserJet\n\nvendor=Dell\n");
        run(p, ImportRequest.defaults(), f);
        ImportReport r = run(p, ImportRequest.defaults(), f);
        assertEquals(0, r.newAssets());
        assertEquals(2, count(p, MergeAction.UNCHANGED));
        assertEquals("source", p.getSnapshots().get(1).getMergeLog().get(0).getKey());
    }

    private static org.origo.model.Verdict verdict(org.origo.model.VerdictOutcome o, boolean override) {
        org.origo.model.Verdict v = OrigoFactory.eINSTANCE.createVerdict();
        v.setProfileId("cn-2020");
        v.setOutcome(o);
        v.setOverride(override);
        return v;
    }

    @Test
    void aPartialReimportChangesNothingOutsideItsScopeAndCanBeUndone() throws Exception {
        Project p = project();
        run(p, ImportRequest.defaults(), write("a.kv", ESTATE));
        List<Asset> first = p.getSnapshots().get(0).getAssets();
        // HR sends its ledger: hr-2 has left, hr-1 got a new host name, a new machine arrived
        String hr = "#kv\nhostname=hr-1-new\ntag=ZC-3\nserial=SN-3\nsite=City hall\ndepartment=HR\n\n"
                + "hostname=hr-3\ntag=ZC-9\nsite=City hall\ndepartment=HR\n";
        OrigoException refused = assertThrows(OrigoException.class, () -> run(p, ImportRequest.defaults(), write("hr.kv", hr)));
        assertTrue(refused.describe(Locale.ENGLISH).contains("--department"), refused.describe(Locale.ENGLISH));
        ImportReport r = run(p, scoped(InventoryEngine.OPTION_SCOPE_DEPARTMENTS, "HR"), write("hr.kv", hr));
        assertEquals(1, r.newAssets());
        assertEquals(1, r.mergedAssets());
        assertEquals(1, r.goneAssets(), "only hr-2, inside the scope, is gone");
        List<Asset> now = p.getSnapshots().get(1).getAssets();
        assertEquals(5, now.size());
        for (String host : List.of("fin-1", "fin-2", "edu-1")) {
            Asset before = byHost(first, host);
            Asset after = byHost(now, host);
            assertEquals(before.getId(), after.getId());
            assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.equals(before, after), host + " is exactly as it was");
        }
        assertFalse(p.getSnapshots().get(1).isComplete());
        assertEquals(List.of("HR"), p.getSnapshots().get(1).getScopeDepartments());
        assertEquals("department=HR", InventoryEngine.describeScope(p.getSnapshots().get(1)));
        assertEquals(5, first.size(), "the previous snapshot is kept as it was");

        InventoryEngine.Undone u = InventoryEngine.undo(p);
        assertEquals(1, p.getSnapshots().size());
        assertSame(first, u.current().getAssets());

        // scoped by source file name and by site work alike
        run(p, scoped(InventoryEngine.OPTION_SCOPE_SITES, "School"), write("school.kv", "#kv\nhostname=edu-2\nsite=School\n"));
        assertEquals(1, p.getSnapshots().get(1).getMergeLog().stream().filter(m -> m.getAction() == MergeAction.GONE).count());
        assertEquals(5, p.getSnapshots().get(1).getAssets().size());
        InventoryEngine.undo(p);
        run(p, scoped(InventoryEngine.OPTION_SCOPE_SOURCES, "a.kv"), write("a.kv", ESTATE.replace("hostname=edu-1", "hostname=edu-1b")));
        assertEquals(4, count(p, MergeAction.UNCHANGED));
        assertEquals(1, count(p, MergeAction.MERGED), "edu-1 merges on its MAC");
    }

    @Test
    void overridesFollowTheirAssetAndAGoneOneIsReported() throws Exception {
        Project p = project();
        run(p, ImportRequest.defaults(), write("a.kv", ESTATE));
        Asset hr2 = byHost(p.getSnapshots().get(0).getAssets(), "hr-2");
        hr2.getVerdicts().add(verdict(org.origo.model.VerdictOutcome.KEEP, true));
        hr2.getVerdicts().add(verdict(org.origo.model.VerdictOutcome.REPLACE, false));
        hr2.getVerdicts().get(1).setProfileId("us-fcc-covered");
        for (int round = 1; round <= 3; round++) {
            ImportReport r = run(p, ImportRequest.defaults(), write("r" + round + ".kv", ESTATE.replace("hostname=hr-2", "hostname=hr-2-" + round)));
            Asset a = byHost(p.getSnapshots().get(round).getAssets(), "hr-2-" + round);
            assertEquals(hr2.getId(), a.getId());
            assertEquals(1, a.getVerdicts().size(), "a changed asset keeps the override, not the computed verdicts");
            assertTrue(a.getVerdicts().get(0).isOverride());
            assertTrue(r.problems().stream().anyMatch(x -> x.getMessageEn().contains("1 manual override(s) carried over")));
        }
        ImportReport r = run(p, ImportRequest.defaults(), write("r4.kv", ESTATE.replace("hostname=hr-2\ntag=ZC-4\nsite=City hall\ndepartment=HR\n\n", "")));
        assertEquals(1, r.goneAssets());
        assertTrue(r.problems().stream().anyMatch(x -> x.getSeverity() == Severity.WARNING
                && x.getMessageEn().startsWith("asset " + hr2.getId() + " (hr-2-3) had a manual override (KEEP) and is gone")), r.problems().toString());
    }

    private static Asset byHost(List<Asset> assets, String host) {
        return assets.stream().filter(a -> host.equals(a.getHostname())).findFirst().orElseThrow();
    }

    @Test
    void reimportLinksAssetsAndLogsNewMergedGone() throws Exception {
        Project p = project();
        Path first = write("estate-2024.kv", "#kv\nhostname=pc-a\nserial=SN-A\nsw=Microsoft Corporation|Office|16.0\n\n"
                + "hostname=pc-b\nuuid=6f1c2d3e-0000-4000-8000-00000000000b\n\nhostname=pc-c\nserial=SN-C\n");
        ImportReport r1 = run(p, ImportRequest.defaults(), first);
        assertEquals(3, r1.assets());
        assertEquals(3, r1.newAssets());
        List<Asset> s1 = p.getSnapshots().get(0).getAssets();
        String idA = byHost(s1, "pc-a").getId();
        String idB = byHost(s1, "pc-b").getId();
        String idC = byHost(s1, "pc-c").getId();

        Path second = write("estate-2025.kv", "#kv\nhostname=pc-a-renamed\nserial=sn-a\nsw=Microsoft Corporation|Office|16.0\n\n"
                + "hostname=pc-b\nuuid={6F1C2D3E-0000-4000-8000-00000000000B}\n\nhostname=pc-d\nserial=SN-D\n");
        // a third of the estate would be gone: refused unless declared a complete re-inventory
        OrigoException refused = assertThrows(OrigoException.class, () -> run(p, ImportRequest.defaults(), second));
        assertTrue(refused.describe(Locale.ENGLISH).contains("would make 1 of the 3 assets of the previous snapshot gone"),
                refused.describe(Locale.ENGLISH));
        assertEquals(1, p.getSnapshots().size());
        ImportReport r2 = run(p, complete(), second);
        assertEquals(2, p.getSnapshots().size());
        assertEquals(3, r2.assets());
        assertEquals(1, r2.newAssets());
        assertEquals(2, r2.mergedAssets());
        assertEquals(1, r2.goneAssets());
        List<Asset> s2 = p.getSnapshots().get(1).getAssets();
        assertEquals(idA, byHost(s2, "pc-a-renamed").getId());
        assertEquals(idB, byHost(s2, "pc-b").getId());
        String idD = byHost(s2, "pc-d").getId();
        assertFalse(Set.of(idA, idB, idC).contains(idD));
        Set<String> ids = new HashSet<>();
        for (Asset a : s2) {
            assertTrue(ids.add(a.getId()), "duplicate id " + a.getId());
        }
        List<MergeRecord> log = p.getSnapshots().get(1).getMergeLog();
        assertEquals(4, log.size());
        MergeRecord ra = log.stream().filter(m -> idA.equals(m.getAssetId())).findFirst().orElseThrow();
        assertEquals(MergeAction.MERGED, ra.getAction());
        assertEquals("serial", ra.getKey());
        MergeRecord rb = log.stream().filter(m -> idB.equals(m.getAssetId())).findFirst().orElseThrow();
        assertEquals(MergeAction.MERGED, rb.getAction());
        assertEquals("uuid", rb.getKey());
        MergeRecord rc = log.stream().filter(m -> idC.equals(m.getAssetId())).findFirst().orElseThrow();
        assertEquals(MergeAction.GONE, rc.getAction());
        MergeRecord rd = log.stream().filter(m -> idD.equals(m.getAssetId())).findFirst().orElseThrow();
        assertEquals(MergeAction.NEW, rd.getAction());
        // the title is shared between snapshots: one SoftwareTitle in the project
        SoftwareTitle t1 = byHost(s1, "pc-a").getSoftware().get(0).getTitle();
        SoftwareTitle t2 = byHost(s2, "pc-a-renamed").getSoftware().get(0).getTitle();
        assertSame(t1, t2);
        assertEquals(1, p.getSoftwareTitles().size());
        assertEquals("Microsoft", t1.getPublisher());
        assertEquals("Microsoft Corporation", t1.getRawPublisher());
    }

    @Test
    void mergeKeysAreConfigurable() throws Exception {
        Project p = project();
        run(p, ImportRequest.defaults(), write("a.kv", "#kv\nhostname=PC-7\nserial=ONE\n"));
        String id = p.getSnapshots().get(0).getAssets().get(0).getId();
        ImportRequest byHost = new ImportRequest(null, null, false, List.of("hostname"), null, Map.of());
        ImportReport r = run(p, byHost, write("b.kv", "#kv\nhostname=pc-7\nserial=TWO\n"));
        assertEquals(1, r.mergedAssets());
        assertEquals(id, p.getSnapshots().get(1).getAssets().get(0).getId());
        assertEquals("hostname", p.getSnapshots().get(1).getMergeLog().get(0).getKey());
        OrigoException e = assertThrows(OrigoException.class,
                () -> run(p, new ImportRequest(null, null, false, List.of("colour"), null, Map.of()), write("c.kv", "#kv\nserial=X\n")));
        assertTrue(e.describe(Locale.ENGLISH).contains("colour"));
        assertEquals(2, p.getSnapshots().size());
    }

    @Test
    void idsAreStableAndDeterministic() throws Exception {
        Path f = write("same.kv", "#kv\nserial=S1\n\nuuid=0c1d2e3f-1111-4222-8333-444455556666\n\nhostname=only-a-name\n");
        Project p1 = project();
        Project p2 = project();
        run(p1, ImportRequest.defaults(), f);
        run(p2, ImportRequest.defaults(), f);
        for (int i = 0; i < 3; i++) {
            assertEquals(p1.getSnapshots().get(0).getAssets().get(i).getId(), p2.getSnapshots().get(0).getAssets().get(i).getId());
        }
        assertTrue(p1.getSnapshots().get(0).getAssets().get(0).getId().startsWith("A-"));
        Text label = Text.decode(p1.getSnapshots().get(0).getLabel());
        assertTrue(label.en().startsWith("Import of "), label.en());
        assertTrue(label.zh().startsWith("导入 "), label.zh());
    }

    @Test
    void duplicateRowsBecomeOneAssetWithAWarning() throws Exception {
        Project p = project();
        ImportReport r = run(p, ImportRequest.defaults(),
                write("dup.kv", "#kv\nhostname=x1\nserial=DUP-1\n\nhostname=x1-again\nserial=dup-1\ncpu=Hygon C86 3250 8-core Processor\n"));
        assertEquals(1, r.assets());
        Asset a = p.getSnapshots().get(0).getAssets().get(0);
        assertEquals("x1", a.getHostname());
        assertNotNull(a.getComponents().stream().filter(c -> c.getKind() == ComponentKind.CPU).findFirst().orElse(null));
        assertTrue(r.problems().stream().anyMatch(pr -> pr.getSeverity() == Severity.WARNING && pr.getLine() == 5
                && pr.getMessageEn().contains("DUP-1") && pr.getMessageZh().contains("重复")));
    }

    @Test
    void placeholdersAreNeitherIdentitiesNorVendors() throws Exception {
        Project p = project();
        run(p, ImportRequest.defaults(), write("ph.kv", "#kv\nhostname=h1\nserial=To be filled by O.E.M.\n"
                + "uuid=00000000-0000-0000-0000-000000000000\nvendor=System manufacturer\nproduct=System Product Name\n\n"
                + "hostname=h2\nserial=Default string\nvendor=Default string\nmac=20:41:53:59:4E:FF\n"));
        List<Asset> assets = p.getSnapshots().get(0).getAssets();
        assertEquals(2, assets.size(), "placeholder serials must not merge two machines");
        Asset h1 = byHost(assets, "h1");
        assertNull(h1.getSerial());
        assertNull(h1.getUuid());
        Component sys = h1.getComponents().get(0);
        assertNull(sys.getVendor());
        assertEquals("System manufacturer", sys.getRawVendor());
        assertTrue(h1.getProperties().stream().anyMatch(pr -> pr.getKey().equals("placeholder.serial")
                && pr.getValue().equals("To be filled by O.E.M.")));
        assertNull(byHost(assets, "h2").getMacAddress());
    }

    @Test
    void vendorsAndPublishersAreNormalizedKeepingRawValues() throws Exception {
        Project p = project();
        run(p, ImportRequest.defaults(), write("v.kv", "#kv\nhostname=v1\nvendor=LENOVO\nsw=3.0.6, Copyright 2002-2014 Apple|Safari|3.0.6\n\n"
                + "hostname=v2\nvendor=联想\nnic=0x8086\n\nhostname=v3\nvendor=  Inspur Electronic Information Industry Co., Ltd.  \n"));
        List<Asset> assets = p.getSnapshots().get(0).getAssets();
        assertEquals("Lenovo", byHost(assets, "v1").getComponents().get(0).getVendor());
        assertEquals("LENOVO", byHost(assets, "v1").getComponents().get(0).getRawVendor());
        assertEquals("Lenovo", byHost(assets, "v2").getComponents().get(0).getVendor());
        assertEquals("联想", byHost(assets, "v2").getComponents().get(0).getRawVendor());
        Component nic = byHost(assets, "v2").getComponents().stream().filter(c -> c.getKind() == ComponentKind.NIC).findFirst()
                .orElseThrow();
        assertEquals("8086", nic.getVendorId());
        assertEquals("Intel", nic.getVendor());
        assertEquals("Inspur", byHost(assets, "v3").getComponents().get(0).getVendor());
        SoftwareTitle safari = byHost(assets, "v1").getSoftware().get(0).getTitle();
        assertEquals("Apple", safari.getPublisher());
        assertEquals("3.0.6, Copyright 2002-2014 Apple", safari.getRawPublisher());
    }

    @Test
    void vendorDirectoriesComeFirst() throws Exception {
        VendorDirectory dir1 = new VendorDirectory() {
            @Override
            public Optional<Party> party(String raw) {
                if (raw.toLowerCase(Locale.ROOT).contains("greatwall") || raw.contains("长城")) {
                    Party party = OrigoFactory.eINSTANCE.createParty();
                    party.setName("China Great Wall Technology");
                    return Optional.of(party);
                }
                return Optional.empty();
            }

            @Override
            public Optional<Party> byId(String id) {
                return Optional.empty();
            }
        };
        VendorDirectory broken = new VendorDirectory() {
            @Override
            public Optional<Party> party(String raw) {
                throw new IllegalStateException("broken directory");
            }

            @Override
            public Optional<Party> byId(String id) {
                return Optional.empty();
            }
        };
        InventoryEngine e = new InventoryEngine(() -> List.of(new KeyValueImporter()), () -> List.of(broken, dir1));
        Project p = project();
        e.importInto(p, List.of(write("d.kv", "#kv\nhostname=g1\nvendor=GREATWALL\n\nhostname=g2\nvendor=Dell Inc.\n")), null,
                ImportRequest.defaults(), Progress.NONE);
        List<Asset> assets = p.getSnapshots().get(0).getAssets();
        assertEquals("China Great Wall Technology", byHost(assets, "g1").getComponents().get(0).getVendor());
        assertEquals("Dell", byHost(assets, "g2").getComponents().get(0).getVendor());
    }

    @Test
    void aFailingFileLeavesTheProjectUnchanged() throws Exception {
        Project p = project();
        run(p, ImportRequest.defaults(), write("ok.kv", "#kv\nhostname=keep\nsw=Kingsoft|WPS Office|11.1\n"));
        int titles = p.getSoftwareTitles().size();
        Path good = write("good.kv", "#kv\nhostname=new-1\nsw=Mozilla|Firefox|115\n");
        Path bad = write("bad.kv", "#kv\nhostname=new-2\nfail=yes\n");
        OrigoException e = assertThrows(OrigoException.class, () -> run(p, ImportRequest.defaults(), good, bad));
        assertEquals(3, e.line());
        assertTrue(e.file().endsWith("bad.kv"));
        assertTrue(e.describe(Locale.SIMPLIFIED_CHINESE).contains("损坏的记录"));
        assertEquals(1, p.getSnapshots().size());
        assertEquals(titles, p.getSoftwareTitles().size());
    }

    @Test
    void strictStopsAtTheFirstRowProblemWithItsLocation() throws Exception {
        Project p = project();
        Path f = write("warn.kv", "#kv\nhostname=w1\n\nhostname=w2\nwarn=odd\n");
        ImportReport lenient = run(p, ImportRequest.defaults(), f);
        assertEquals(2, lenient.assets());
        assertEquals(1, lenient.problems().stream().filter(x -> x.getSeverity() == Severity.WARNING).count());
        ImportRequest strict = new ImportRequest(null, null, true, ImportRequest.DEFAULT_MERGE_KEYS, null, Map.of());
        OrigoException e = assertThrows(OrigoException.class, () -> run(p, strict, f));
        assertEquals(5, e.line());
        assertEquals("warn", e.field());
        assertTrue(e.describe(Locale.ENGLISH).contains("--strict"));
        assertEquals(1, p.getSnapshots().size());
    }

    @Test
    void cancellationLeavesTheProjectUnchanged() throws Exception {
        Project p = project();
        StringBuilder sb = new StringBuilder("#kv\n");
        for (int i = 0; i < 2000; i++) {
            sb.append("hostname=c").append(i).append("\nserial=S").append(i).append("\n\n");
        }
        Path f = write("many.kv", sb.toString());
        Progress cancelled = new Progress() {
            @Override
            public void begin(Text task, long totalWork) {
            }

            @Override
            public void worked(long units) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        OrigoException e = assertThrows(OrigoException.class,
                () -> engine.importInto(p, List.of(f), null, ImportRequest.defaults(), cancelled));
        assertTrue(e.describe(Locale.SIMPLIFIED_CHINESE).contains("取消"));
        assertTrue(p.getSnapshots().isEmpty());
    }

    @Test
    void perHostFoldersAndZipsGroupFilesOfOneHost() throws Exception {
        Path estate = dir.resolve("estate");
        write("estate/pc-01/hw.kv", "#kv\nserial=PC01-SN\nvendor=Dell Inc.\nproduct=OptiPlex 7070\n");
        write("estate/pc-01/sw.kv", "#k2\nsw=Microsoft Corporation|Microsoft Office Professional Plus 2016|16.0\n");
        write("estate/pc-02/hw.kv", "#kv\nserial=PC02-SN\n");
        write("estate/.hidden.kv", "#kv\nserial=HIDDEN\n");
        write("estate/README.txt", "not an inventory");
        Project p = project();
        ImportReport r = run(p, ImportRequest.defaults(), estate);
        assertEquals(2, r.assets());
        Asset pc1 = p.getSnapshots().get(0).getAssets().stream().filter(a -> "PC01-SN".equals(a.getSerial())).findFirst()
                .orElseThrow();
        assertEquals(1, pc1.getSoftware().size());
        assertEquals(2, pc1.getSources().size());
        assertTrue(r.problems().stream().anyMatch(x -> x.getFile().endsWith("README.txt") && x.getSeverity() == Severity.WARNING));

        Path zip = dir.resolve("estate.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(z, "hosts/pc-01/hw.kv", "#kv\nserial=PC01-SN\n");
            entry(z, "hosts/pc-01/sw.kv", "#k2\nsw=Kingsoft|WPS Office|11.1\n");
            entry(z, "hosts/pc-03/hw.kv", "#kv\nserial=PC03-SN\n");
        }
        ImportReport rz = run(p, complete(), zip);
        assertEquals(2, rz.assets());
        assertEquals(1, rz.mergedAssets());
        assertEquals(1, rz.newAssets());
        assertTrue(p.getSnapshots().get(1).getSourceFiles().get(0).contains("estate.zip!/hosts/pc-01/hw.kv"));
    }

    @Test
    void aFolderOfOneFormatHoldsManyMachines() throws Exception {
        write("collected/dmidecode/pc-a", "#kv\nhostname=pc-a\n");
        write("collected/dmidecode/pc-b", "#kv\nhostname=pc-b\n");
        write("collected/dmidecode/pc-c", "#kv\nvendor=Dell Inc.\n");
        write("collected/dmidecode/pc-d", "#kv\nvendor=HP\n");
        Project p = project();
        ImportReport r = run(p, ImportRequest.defaults(), dir.resolve("collected"));
        assertEquals(4, r.assets());
    }

    private static void entry(ZipOutputStream z, String name, String content) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(content.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    @Test
    void hostileZipsAreRefusedAndChangeNothing() throws Exception {
        Project p = project();
        Path traversal = dir.resolve("evil.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(traversal))) {
            entry(z, "../../etc/cron.d/x.kv", "#kv\nserial=EVIL\n");
        }
        OrigoException e1 = assertThrows(OrigoException.class, () -> run(p, ImportRequest.defaults(), traversal));
        assertTrue(e1.describe(Locale.ENGLISH).contains("outside the archive"), e1.describe(Locale.ENGLISH));
        assertEquals("../../etc/cron.d/x.kv", e1.field());

        Path bomb = dir.resolve("bomb.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(bomb))) {
            z.putNextEntry(new ZipEntry("zeros.kv"));
            byte[] block = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                z.write(block);
            }
            z.closeEntry();
        }
        OrigoException e2 = assertThrows(OrigoException.class, () -> run(p, ImportRequest.defaults(), bomb));
        assertTrue(e2.describe(Locale.ENGLISH).contains("expands"), e2.describe(Locale.ENGLISH));
        assertTrue(e2.describe(Locale.SIMPLIFIED_CHINESE).contains("解压后"));

        Path notZip = write("broken.zip", "PK this is not really a zip");
        assertThrows(OrigoException.class, () -> run(p, ImportRequest.defaults(), notZip));
        assertTrue(p.getSnapshots().isEmpty());
    }

    @Test
    void unknownInputsAreLocatedErrors() throws Exception {
        Project p = project();
        OrigoException missing = assertThrows(OrigoException.class,
                () -> run(p, ImportRequest.defaults(), dir.resolve("nope.csv")));
        assertTrue(missing.describe(Locale.ENGLISH).contains("nope.csv"));
        Path other = write("other.bin", "something else");
        OrigoException unknown = assertThrows(OrigoException.class, () -> run(p, ImportRequest.defaults(), other));
        assertTrue(unknown.describe(Locale.ENGLISH).contains("no importer recognizes"));
        assertTrue(unknown.describe(Locale.SIMPLIFIED_CHINESE).contains("没有导入器"));
        OrigoException format = assertThrows(OrigoException.class, () -> run(p,
                new ImportRequest("nosuch", null, false, ImportRequest.DEFAULT_MERGE_KEYS, null, Map.of()), other));
        assertTrue(format.describe(Locale.ENGLISH).contains("kv"));
        assertTrue(p.getSnapshots().isEmpty());
    }

    @Test
    void everyMessageExistsInChinese() {
        assertEquals(Set.of(), EngineMessages.all().missingInChinese());
        assertNotEquals(EngineMessages.get("import.cancelled").en(), EngineMessages.get("import.cancelled").zh());
    }

}
