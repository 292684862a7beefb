package org.origo.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.api.OrigoException;
import org.origo.core.Contributions;
import org.origo.core.ProjectStore;
import org.origo.core.internal.CoreMessages;
import org.origo.model.Asset;
import org.origo.model.AuditEntry;
import org.origo.model.InventorySnapshot;
import org.origo.model.OrigoFactory;
import org.origo.model.OrigoPackage;
import org.origo.model.Project;
import org.origo.store.api.tests.SampleProjects;
import org.origo.store.api.tests.Writers;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

class ProjectStoreTest {

    @TempDir
    Path dir;

    @Test
    void createSaveAndReopen() throws Exception {
        Project p = ProjectStore.create(dir, "Testshi");
        assertTrue(Files.isRegularFile(dir.resolve(ProjectStore.STORE_FILE)));
        InventorySnapshot s = OrigoFactory.eINSTANCE.createInventorySnapshot();
        s.setId("s1");
        Asset a = OrigoFactory.eINSTANCE.createAsset();
        a.setId("A-1");
        a.setHostname("财政局-PC-001");
        s.getAssets().add(a);
        p.getSnapshots().add(s);
        ProjectStore.save(p, dir);
        Project again = ProjectStore.open(dir);
        assertEquals("财政局-PC-001", again.getSnapshots().get(0).getAssets().get(0).getHostname());
        assertEquals(List.of("project.create", "project.save"), again.getAuditLog().stream().map(AuditEntry::getAction).toList());
        assertThrows(OrigoException.class, () -> ProjectStore.create(dir, "twice"));
    }

    @Test
    void openingAFolderWithoutProjectSaysSo() {
        OrigoException e = assertThrows(OrigoException.class, () -> ProjectStore.open(dir));
        assertTrue(e.describe(Locale.ENGLISH).contains("no Origo project"), e.describe(Locale.ENGLISH));
        assertTrue(e.describe(Locale.SIMPLIFIED_CHINESE).contains("没有 Origo 项目"));
        assertFalse(Files.exists(dir.resolve(ProjectStore.STORE_FILE)), "opening creates nothing");
    }

    @Test
    void aCorruptOldProjectFileIsReportedAndLeftAsItWas() throws Exception {
        Files.writeString(dir.resolve(ProjectStore.XMI_FILE), "<xmi:XMI broken");
        OrigoException e = assertThrows(OrigoException.class, () -> ProjectStore.open(dir));
        assertTrue(e.describe(Locale.ENGLISH).contains("project.xmi"), e.describe(Locale.ENGLISH));
        assertEquals("<xmi:XMI broken", Files.readString(dir.resolve(ProjectStore.XMI_FILE)));
        assertFalse(Files.exists(dir.resolve(ProjectStore.STORE_FILE)), "no half-made store is left behind");
    }

    @Test
    void anXmiProjectIsBroughtIntoTheStoreOnFirstOpenWithItsAuditAndTheOldFilesAreKept() throws Exception {
        Project old = SampleProjects.rich(2, 6);
        writeLegacy(old, dir.resolve(ProjectStore.XMI_FILE), false);
        String log = "2025-03-01T08:00:00Z\tli.wei\tproject.create\tcity\n2025-03-02T09:30:00Z\tli.wei\timport\tledger.csv -> S1 (6 assets)\n"
                + "2025-03-02T09:31:00Z\tzhang\\tsan\tclassify\tcn-2020\n2025-03-02T09:3"; // the last line was torn by a crash
        Files.writeString(dir.resolve(ProjectStore.AUDIT_FILE), log, StandardCharsets.UTF_8);
        byte[] xmi = Files.readAllBytes(dir.resolve(ProjectStore.XMI_FILE));
        assertTrue(ProjectStore.isProject(dir));

        Project p = ProjectStore.open(dir);
        List<AuditEntry> audit = List.copyOf(p.getAuditLog());
        p.getAuditLog().clear();
        assertTrue(EcoreUtil.equals(old, p), "the migrated project equals the old one");
        assertTrue(Files.isRegularFile(dir.resolve(ProjectStore.STORE_FILE)));
        assertArrayEquals(xmi, Files.readAllBytes(dir.resolve(ProjectStore.XMI_FILE)), "the old file is kept as it was");
        assertEquals(log, Files.readString(dir.resolve(ProjectStore.AUDIT_FILE)));
        assertEquals(List.of("project.create", "import", "classify", "project.migrate"), audit.stream().map(AuditEntry::getAction).toList());
        assertEquals("zhang\tsan", audit.get(2).getUser());
        assertTrue(ProjectStore.read(dir, s -> s.verifyAudit()).isValid());

        // the second open reads the store; nothing is migrated twice
        Project again = ProjectStore.open(dir);
        assertEquals(4, again.getAuditLog().size());
    }

    @Test
    void aBinaryProjectIsBroughtIntoTheStoreToo() throws Exception {
        Project old = SampleProjects.rich(1, 9);
        writeLegacy(old, dir.resolve(ProjectStore.BINARY_FILE), true);
        Project p = ProjectStore.open(dir);
        p.getAuditLog().clear();
        assertTrue(EcoreUtil.equals(old, p));
        assertTrue(Files.isRegularFile(dir.resolve(ProjectStore.BINARY_FILE)));
    }

    @Test
    void aWholeSaveDoesNotOverwriteAChangeAnotherProcessCommittedSinceItLoaded() throws Exception {
        ProjectStore.save(SampleProjects.rich(1, 4), dir);
        Project mine = ProjectStore.open(dir);
        Project theirs = ProjectStore.open(dir);
        theirs.setName("theirs");
        ProjectStore.save(theirs, dir, "rename", "theirs");
        mine.setName("mine");
        OrigoException e = assertThrows(OrigoException.class, () -> ProjectStore.save(mine, dir));
        assertTrue(e.describe(Locale.ENGLISH).contains("rename"), e.describe(Locale.ENGLISH));
        assertFalse(e.describe(Locale.SIMPLIFIED_CHINESE).isBlank());
        assertEquals("theirs", ProjectStore.open(dir).getName(), "the other change is kept");
        // this process's own audit entries and saves do not count as someone else's change
        ProjectStore.audit(dir, "report", "html");
        theirs.setName("theirs again");
        ProjectStore.save(theirs, dir);
        assertEquals("theirs again", ProjectStore.open(dir).getName());
    }

    @Test
    void twoThreadsChangingDifferentAssetsBothLand() throws Exception {
        ProjectStore.save(SampleProjects.rich(1, 10), dir);
        Writers.atOnce(10, List.of(n -> ProjectStore.write(dir, "owner", "A-3", tx -> Writers.setOwner(tx, "S1", "A-3", "A-3/" + n)),
                n -> ProjectStore.write(dir, "owner", "A-7", tx -> Writers.setOwner(tx, "S1", "A-7", "A-7/" + n))));
        Project p = ProjectStore.open(dir);
        assertEquals("A-3/9", p.getSnapshots().get(0).getAssets().get(3).getOwner());
        assertEquals("A-7/9", p.getSnapshots().get(0).getAssets().get(7).getOwner());
        assertEquals(20, p.getAuditLog().stream().filter(a -> a.getAction().equals("owner")).count());
    }

    /** Writes a project the way earlier versions did (XMI, or EMF binary), for the migration tests. */
    static void writeLegacy(Project p, Path file, boolean binary) throws Exception {
        // the old formats could only hold origins the project lists
        java.util.Set<org.origo.model.OriginFacts> detached = new java.util.LinkedHashSet<>();
        p.eAllContents().forEachRemaining(o -> {
            if (o instanceof org.origo.model.Component c && c.getOrigin() != null && c.getOrigin().eContainer() == null) {
                detached.add(c.getOrigin());
            }
        });
        p.getOrigins().addAll(detached);
        ResourceSetImpl rs = new ResourceSetImpl();
        rs.getPackageRegistry().put(OrigoPackage.eNS_URI, OrigoPackage.eINSTANCE);
        URI uri = URI.createFileURI(file.toAbsolutePath().toString());
        Resource r = binary ? new BinaryResourceImpl(uri) : new XMIResourceImpl(uri);
        rs.getResources().add(r);
        r.getContents().add(p);
        Map<Object, Object> o = new HashMap<>();
        o.put(XMLResource.OPTION_ENCODING, "UTF-8");
        o.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
        o.put(BinaryResourceImpl.OPTION_VERSION, BinaryResourceImpl.BinaryIO.Version.VERSION_1_1);
        o.put(BinaryResourceImpl.OPTION_STYLE_DATA_CONVERTER, Boolean.TRUE);
        try (OutputStream out = Files.newOutputStream(file)) {
            r.save(out, o);
        }
        r.getContents().clear();
    }

    @Test
    void everyMessageExistsInChinese() {
        assertEquals(java.util.Set.of(), CoreMessages.all().missingInChinese());
    }

    @Test
    void contributionsRegistryIsADeclarativeServicesComponent() {
        BundleContext ctx = FrameworkUtil.getBundle(ProjectStore.class).getBundleContext();
        if (ctx == null) {
            // lazy bundle not yet started: starting it activates its components
            try {
                FrameworkUtil.getBundle(ProjectStore.class).start();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            ctx = FrameworkUtil.getBundle(ProjectStore.class).getBundleContext();
        }
        ServiceReference<Contributions> ref = ctx.getServiceReference(Contributions.class);
        assertTrue(ref != null, "Contributions service is registered by SCR");
        assertTrue(ctx.getService(ref) != null);
    }
}
