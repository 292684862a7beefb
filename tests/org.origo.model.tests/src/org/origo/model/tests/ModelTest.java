package org.origo.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.OrigoFactory;
import org.origo.model.OrigoPackage;
import org.origo.model.SoftwareInstall;
import org.origo.model.SoftwareTitle;

class ModelTest {

    @Test
    void assetsShareSoftwareTitles() {
        OrigoFactory f = OrigoFactory.eINSTANCE;
        SoftwareTitle office = f.createSoftwareTitle();
        office.setName("Microsoft Office Professional Plus 2016");
        Asset a = f.createAsset();
        Asset b = f.createAsset();
        for (Asset x : new Asset[] { a, b }) {
            SoftwareInstall i = f.createSoftwareInstall();
            i.setTitle(office);
            x.getSoftware().add(i);
        }
        assertSame(a.getSoftware().get(0).getTitle(), b.getSoftware().get(0).getTitle());
        assertEquals(AssetKind.DESKTOP, AssetKind.get("DESKTOP"));
        assertEquals("http://origo.org/model/1.0", OrigoPackage.eNS_URI);
    }
}
