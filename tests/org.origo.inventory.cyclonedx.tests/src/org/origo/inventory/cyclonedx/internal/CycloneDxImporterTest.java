package org.origo.inventory.cyclonedx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.api.OrigoException;
import org.origo.api.Progress;
import org.origo.inventory.api.ImportReport;
import org.origo.inventory.api.ImportRequest;
import org.origo.inventory.cyclonedx.internal.i18n.CyclonedxMessages;
import org.origo.inventory.engine.InventoryEngine;
import org.origo.model.Asset;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.OrigoFactory;
import org.origo.model.Project;

class CycloneDxImporterTest {

    @TempDir
    Path tmp;

    private final InventoryEngine engine = new InventoryEngine(() -> List.of(new CycloneDxImporter()), List::of);

    private static Component comp(Asset a, ComponentKind k) {
        return a.getComponents().stream().filter(c -> c.getKind() == k).findFirst().orElse(null);
    }

    @Test
    void deviceFirmwareOsAndApplications() throws Exception {
        String bom = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.5\",\"version\":1,"
                + "\"metadata\":{\"component\":{\"type\":\"device\",\"name\":\"ThinkCentre M90t\",\"manufacturer\":{\"name\":\"LENOVO\"},"
                + "\"properties\":[{\"name\":\"origo:serialNumber\",\"value\":\"MJ0ABC12\"}]}},"
                + "\"components\":[{\"type\":\"firmware\",\"name\":\"BIOS\",\"version\":\"M3AKT4AA\",\"supplier\":{\"name\":\"Insyde Corp.\"}},"
                + "{\"type\":\"operating-system\",\"name\":\"UOS Desktop\",\"version\":\"20\",\"supplier\":{\"name\":\"统信软件\"}},"
                + "{\"type\":\"application\",\"name\":\"WPS Office\",\"version\":\"11.1\",\"publisher\":\"Kingsoft\","
                + "\"components\":[{\"type\":\"library\",\"name\":\"libqt5core\",\"version\":\"5.11\"}]},"
                + "{\"type\":\"application\",\"name\":\"Google Chrome\",\"version\":\"120.0\",\"supplier\":{\"name\":\"Google LLC\"}}]}";
        Path f = tmp.resolve("pc.cdx.json");
        Files.writeString(f, bom, StandardCharsets.UTF_8);
        Project p = OrigoFactory.eINSTANCE.createProject();
        ImportReport r = engine.importInto(p, List.of(f), null, ImportRequest.defaults(), Progress.NONE);
        Asset a = p.getSnapshots().get(0).getAssets().get(0);
        assertEquals("Lenovo", comp(a, ComponentKind.SYSTEM).getVendor());
        assertEquals("ThinkCentre M90t", comp(a, ComponentKind.SYSTEM).getProduct());
        assertEquals("MJ0ABC12", a.getSerial());
        assertEquals("Insyde", comp(a, ComponentKind.FIRMWARE).getVendor());
        assertEquals("M3AKT4AA", comp(a, ComponentKind.FIRMWARE).getVersion());
        assertEquals("UOS Desktop", comp(a, ComponentKind.OS).getProduct());
        assertEquals("UnionTech", comp(a, ComponentKind.OS).getVendor());
        assertEquals(2, a.getSoftware().size());
        assertEquals("Google", a.getSoftware().get(1).getTitle().getPublisher());
        assertTrue(r.problems().stream().anyMatch(x -> x.getMessageEn().contains("1 library")));
    }

    @Test
    void notABomOrEmpty() throws Exception {
        Path f = tmp.resolve("x.json");
        Files.writeString(f, "{\"bomFormat\":\"SPDX\",\"components\":[]}");
        Project p = OrigoFactory.eINSTANCE.createProject();
        OrigoException e = assertThrows(OrigoException.class, () -> engine.importInto(p, List.of(f), null,
                new ImportRequest("cyclonedx", null, false, ImportRequest.DEFAULT_MERGE_KEYS, null, java.util.Map.of()), Progress.NONE));
        assertEquals("bomFormat", e.field());
        Path g = tmp.resolve("libs.json");
        Files.writeString(g, "{\"bomFormat\":\"CycloneDX\",\"components\":[{\"type\":\"library\",\"name\":\"a\"}]}");
        OrigoException e2 = assertThrows(OrigoException.class,
                () -> engine.importInto(p, List.of(g), null, ImportRequest.defaults(), Progress.NONE));
        assertTrue(e2.describe(Locale.SIMPLIFIED_CHINESE).contains("没有描述"));
        assertTrue(p.getSnapshots().isEmpty());
    }

    @Test
    void everyMessageExistsInChinese() {
        assertEquals(Set.of(), CyclonedxMessages.all().missingInChinese());
    }
}
