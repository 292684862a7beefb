package org.origo.inventory.packages.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.api.Progress;
import org.origo.inventory.api.ImportReport;
import org.origo.inventory.api.ImportRequest;
import org.origo.inventory.engine.InventoryEngine;
import org.origo.inventory.engine.Sources;
import org.origo.inventory.packages.internal.i18n.PackagesMessages;
import org.origo.model.Asset;
import org.origo.model.OrigoFactory;
import org.origo.model.Project;
import org.origo.model.Severity;
import org.origo.model.SoftwareInstall;

class PackagesImporterTest {

    @TempDir
    Path tmp;

    private final InventoryEngine engine = new InventoryEngine(() -> List.of(new PackagesImporter()), List::of);

    private static Path data() {
        String prop = System.getProperty("origo.shared.data");
        Path d = prop == null ? null : Path.of(prop, "glpi-agent", "packaging");
        Assumptions.assumeTrue(d != null && Files.isDirectory(d),
                "shared inventory data not found (system property origo.shared.data): skipping real package lists");
        return d;
    }

    private ImportReport run(Project p, Path f) throws Exception {
        return engine.importInto(p, List.of(f), null, ImportRequest.defaults(), Progress.NONE);
    }

    private static SoftwareInstall sw(Asset a, String name) {
        return a.getSoftware().stream().filter(s -> name.equals(s.getTitle().getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no package " + name));
    }

    @Test
    void dpkgAsTheAgentRunsIt() throws Exception {
        Project p = OrigoFactory.eINSTANCE.createProject();
        ImportReport r = run(p, data().resolve("dpkg"));
        Asset a = p.getSnapshots().get(0).getAssets().get(0);
        assertEquals(16, a.getSoftware().size(), "17 lines, one removed package with configuration left");
        assertEquals("3.112+nmu2", sw(a, "adduser").getTitle().getVersion());
        assertNull(sw(a, "adduser").getTitle().getPublisher());
        assertTrue(a.getSoftware().stream().noneMatch(s -> s.getTitle().getName().equals("vlc-nox")));
        assertTrue(r.problems().stream().anyMatch(x -> x.getSeverity() == Severity.INFO && x.getMessageEn().contains("1 package")));
    }

    @Test
    void rpmWithVendorsAndInstallTimes() throws Exception {
        Project p = OrigoFactory.eINSTANCE.createProject();
        run(p, data().resolve("rpm"));
        Asset a = p.getSnapshots().get(0).getAssets().get(0);
        assertEquals(10, a.getSoftware().size());
        SoftwareInstall lib = sw(a, "libpciaccess0");
        assertEquals("0.12.1-1.mga1", lib.getTitle().getVersion());
        assertEquals("Mageia.Org", lib.getTitle().getPublisher());
        assertEquals(Instant.ofEpochSecond(1311080703L), lib.getInstallDate().toInstant());
        assertEquals("Mageia.Org", sw(a, "firebird-devel").getTitle().getRawPublisher());
    }

    @Test
    void aLoneInstallTimeImportsNothingAndSaysWhy() throws Exception {
        PackagesImporter imp = new PackagesImporter();
        assertTrue(imp.sniff(Sources.file(data().resolve("fedora-35"))) > 0);
        Project p = OrigoFactory.eINSTANCE.createProject();
        ImportReport r = run(p, data().resolve("fedora-35"));
        assertEquals(0, r.assets());
        assertTrue(r.problems().stream().anyMatch(x -> x.getMessageEn().contains("2022-01-26") && x.getMessageZh().contains("安装时间")));
    }

    @Test
    void sniffingKnowsTheLayouts() throws Exception {
        PackagesImporter imp = new PackagesImporter();
        Path dpkg = tmp.resolve("pc-9.dpkg");
        Files.writeString(dpkg, "kylin-os-release\tarm64\t10.1-1\t20\tadmin\tinstall ok installed\n"
                + "wps-office\tarm64\t11.1.0.11698\t1200000\tvendor\tinstall ok installed\n");
        assertEquals(85, imp.sniff(Sources.file(dpkg)));
        Path csv = tmp.resolve("ledger.txt");
        Files.writeString(csv, "hostname\tserial\tbrand\npc\t123\tLenovo\n");
        assertEquals(0, imp.sniff(Sources.file(csv)));
        Project p = OrigoFactory.eINSTANCE.createProject();
        run(p, dpkg);
        assertEquals("11.1.0.11698", sw(p.getSnapshots().get(0).getAssets().get(0), "wps-office").getTitle().getVersion());
    }

    @Test
    void everyMessageExistsInChinese() {
        assertEquals(Set.of(), PackagesMessages.all().missingInChinese());
    }
}
