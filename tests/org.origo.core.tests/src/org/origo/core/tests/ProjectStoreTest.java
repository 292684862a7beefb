package org.origo.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.api.OrigoException;
import org.origo.core.Contributions;
import org.origo.core.ProjectStore;
import org.origo.core.internal.CoreMessages;
import org.origo.model.Asset;
import org.origo.model.InventorySnapshot;
import org.origo.model.OrigoFactory;
import org.origo.model.Project;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

class ProjectStoreTest {

    @TempDir
    Path dir;

    @Test
    void createSaveAndReopenAsXmiThenBinary() throws Exception {
        Project p = ProjectStore.create(dir, "Testshi");
        assertTrue(Files.isRegularFile(dir.resolve(ProjectStore.XMI_FILE)));
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

        ProjectStore.setSetting(again, ProjectStore.SETTING_FORMAT, "binary");
        ProjectStore.save(again, dir);
        assertTrue(Files.isRegularFile(dir.resolve(ProjectStore.BINARY_FILE)));
        assertFalse(Files.exists(dir.resolve(ProjectStore.XMI_FILE)));
        Project bin = ProjectStore.open(dir);
        assertEquals("A-1", bin.getSnapshots().get(0).getAssets().get(0).getId());
        assertEquals(1, bin.getAuditLog().size());
        assertEquals("project.create", bin.getAuditLog().get(0).getAction());
    }

    @Test
    void openingAFolderWithoutProjectSaysSo() {
        OrigoException e = assertThrows(OrigoException.class, () -> ProjectStore.open(dir));
        assertTrue(e.describe(Locale.ENGLISH).contains("no Origo project"), e.describe(Locale.ENGLISH));
        assertTrue(e.describe(Locale.SIMPLIFIED_CHINESE).contains("没有 Origo 项目"));
    }

    @Test
    void corruptProjectFileIsReportedNotThrownRaw() throws Exception {
        Files.writeString(dir.resolve(ProjectStore.XMI_FILE), "<xmi:XMI broken");
        OrigoException e = assertThrows(OrigoException.class, () -> ProjectStore.open(dir));
        assertTrue(e.describe(Locale.ENGLISH).contains("project.xmi"));
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
