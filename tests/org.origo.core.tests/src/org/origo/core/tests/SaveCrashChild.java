package org.origo.core.tests;

import java.nio.file.Path;

import org.origo.core.ProjectStore;
import org.origo.model.Asset;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.InventorySnapshot;
import org.origo.model.OrigoFactory;
import org.origo.model.Project;

/**
 * Run in a separate JVM by {@link CrashDurabilityTest}: saves a large project over and over, each
 * generation with a different number of assets, printing the generation after each completed save,
 * until it is killed.
 */
public final class SaveCrashChild {

    private SaveCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int base = Integer.parseInt(args[1]);
        for (int generation = 1;; generation++) {
            Project p = build(base + generation);
            ProjectStore.save(p, dir);
            System.out.println("saved " + (base + generation));
            System.out.flush();
        }
    }

    /** A project whose asset count identifies its generation. */
    static Project build(int assets) {
        OrigoFactory f = OrigoFactory.eINSTANCE;
        Project p = f.createProject();
        p.setName("crash-" + assets);
        InventorySnapshot s = f.createInventorySnapshot();
        s.setId("s1");
        p.getSnapshots().add(s);
        for (int i = 0; i < assets; i++) {
            Asset a = f.createAsset();
            a.setId("A-" + i);
            a.setHostname("财政局-PC-" + i);
            a.setSerial("SN" + (1_000_000 + i));
            Component c = f.createComponent();
            c.setKind(ComponentKind.SYSTEM);
            c.setVendor("Lenovo");
            c.setProduct("ThinkCentre M720t");
            a.getComponents().add(c);
            s.getAssets().add(a);
        }
        return p;
    }
}
