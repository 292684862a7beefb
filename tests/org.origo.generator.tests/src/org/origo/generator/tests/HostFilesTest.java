package org.origo.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.generator.EstateGenerator;
import org.origo.generator.GeneratedAsset;
import org.origo.generator.GenerationResult;
import org.origo.generator.GeneratorSettings;

class HostFilesTest {

    @TempDir
    static Path dir;
    static Path out;
    static GenerationResult result;
    static EstateGenerator generator;

    @BeforeAll
    static void write() throws Exception {
        generator = new EstateGenerator(GeneratorSettings.of(600, 8).withHostDirectories(true));
        out = dir.resolve("estate");
        result = generator.write(out, false, null);
    }

    private static Map<String, GeneratedAsset> byTag() {
        Map<String, GeneratedAsset> m = new HashMap<>();
        for (int i = 0; i < 600; i++) {
            GeneratedAsset a = generator.asset(i);
            m.put(a.assetTag(), a);
        }
        return m;
    }

    @Test
    void folderHoldsLedgerAndOneFolderPerInventoriedComputer() throws Exception {
        assertTrue(Files.isRegularFile(out.resolve("ledger.csv")));
        List<Path> hosts;
        try (Stream<Path> s = Files.list(out.resolve("hosts"))) {
            hosts = s.toList();
        }
        long computers = byTag().values().stream().filter(a -> a.kind().computer()).count();
        assertTrue(hosts.size() > computers * 8 / 10 && hosts.size() <= computers,
                hosts.size() + " host folders for " + computers + " computers");
        long files = 0;
        for (Path h : hosts) {
            try (Stream<Path> s = Files.list(h)) {
                files += s.count();
            }
        }
        assertEquals(result.hostFiles(), files);
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary folder left beside the output");
        }
    }

    @Test
    void dmidecodeMatchesTheLedger() throws Exception {
        Map<String, GeneratedAsset> assets = byTag();
        int checked = 0;
        try (Stream<Path> s = Files.list(out.resolve("hosts"))) {
            for (Path h : s.toList()) {
                GeneratedAsset a = assets.get(h.getFileName().toString().substring(0, 10));
                String dmi = Files.readString(h.resolve("dmidecode.txt"), StandardCharsets.UTF_8);
                assertTrue(dmi.contains("System Information\n\tManufacturer: "), dmi);
                assertTrue(dmi.contains("Chassis Information"), dmi);
                if (!a.model().isEmpty()) {
                    assertTrue(dmi.contains("\tProduct Name: " + a.model() + "\n"), a + "\n" + dmi);
                }
                if (!a.cpu().isEmpty()) {
                    assertTrue(dmi.contains("\tVersion: " + a.cpu() + "\n"), a.cpu() + "\n" + dmi);
                }
                if (a.serial().matches("[A-Z0-9]{7,20}")) {
                    assertTrue(dmi.contains("\tSerial Number: " + a.serial() + "\n"), a.serial() + "\n" + dmi);
                }
                checked++;
            }
        }
        assertTrue(checked > 300, "checked " + checked);
    }

    @Test
    void softwareListingsHaveTheFormatsAgentsWrite() throws Exception {
        Map<String, GeneratedAsset> assets = byTag();
        int reg = 0;
        int dpkg = 0;
        int rpm = 0;
        try (Stream<Path> s = Files.list(out.resolve("hosts"))) {
            for (Path h : s.toList()) {
                GeneratedAsset a = assets.get(h.getFileName().toString().substring(0, 10));
                if (Files.exists(h.resolve("uninstall.reg"))) {
                    reg++;
                    byte[] b = Files.readAllBytes(h.resolve("uninstall.reg"));
                    assertEquals((byte) 0xFF, b[0]);
                    assertEquals((byte) 0xFE, b[1]);
                    String text = new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
                    assertTrue(text.startsWith("Windows Registry Editor Version 5.00\r\n"));
                    assertTrue(a.os().contains("Windows"), a.os());
                    for (var sw : a.software()) {
                        assertTrue(text.contains("\"DisplayName\"=\"" + sw.name().replace("\\", "\\\\") + "\""), sw.name());
                    }
                    assertTrue(text.contains("\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\"));
                } else if (Files.exists(h.resolve("dpkg.txt"))) {
                    dpkg++;
                    for (String line : Files.readAllLines(h.resolve("dpkg.txt"))) {
                        assertEquals(5, line.split("\t", -1).length, line);
                    }
                    assertTrue(Files.readString(h.resolve("dpkg.txt")).contains("bash\t"));
                } else if (Files.exists(h.resolve("rpm.txt"))) {
                    rpm++;
                    for (String line : Files.readAllLines(h.resolve("rpm.txt"))) {
                        assertEquals(8, line.split("\t", -1).length, line);
                    }
                }
            }
        }
        assertTrue(reg > 200, "registry exports: " + reg);
        assertTrue(dpkg > 20, "dpkg listings: " + dpkg);
        assertTrue(rpm >= 1, "rpm listings: " + rpm);
    }
}
