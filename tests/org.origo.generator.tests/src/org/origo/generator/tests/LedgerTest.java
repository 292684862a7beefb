package org.origo.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.generator.EstateGenerator;
import org.origo.generator.GeneratedAsset;
import org.origo.generator.GenerationResult;
import org.origo.generator.GeneratorSettings;

class LedgerTest {

    static final List<String> HEADER = List.of("资产编号", "主机名", "序列号", "类型", "品牌", "型号", "处理器", "操作系统",
            "部门", "位置", "使用人", "购置日期", "软件");

    @TempDir
    static Path dir;
    static Path csv;
    static List<List<String>> rows;
    static GenerationResult result;
    static EstateGenerator generator;

    @BeforeAll
    static void write() throws Exception {
        generator = new EstateGenerator(GeneratorSettings.of(20_000, 5).withSoftware(3, 6));
        csv = dir.resolve("estate.csv");
        result = generator.write(csv, false, null);
        rows = Csv.read(csv);
    }

    @Test
    void startsWithBomAndChineseHeaderAndUsesCrlf() throws Exception {
        byte[] head = new byte[64];
        try (var in = Files.newInputStream(csv)) {
            in.read(head);
        }
        assertEquals((byte) 0xEF, head[0]);
        assertEquals((byte) 0xBB, head[1]);
        assertEquals((byte) 0xBF, head[2]);
        assertEquals(HEADER, rows.get(0));
        String first = new String(Files.readAllBytes(csv), 0, 400, StandardCharsets.UTF_8);
        assertTrue(first.contains("软件\r\n"), "CRLF line ends");
    }

    @Test
    void everyAssetRowHasThirteenColumnsAndTheRowCountMatches() {
        assertEquals(result.rows() + 1, rows.size(), "header + rows");
        assertEquals(generator.ledgerRows(), result.rows());
        Set<String> tags = new HashSet<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            if (r.size() == 1 && r.get(0).isEmpty()) {
                continue;
            }
            assertEquals(13, r.size(), r.toString());
            if (r.equals(HEADER) || r.stream().allMatch(String::isEmpty)) {
                continue;
            }
            assertTrue(r.get(0).matches("ZC\\d{8}"), r.get(0));
            tags.add(r.get(0));
        }
        assertEquals(20_000, tags.size(), "every asset listed");
    }

    @Test
    void reExportNoiseIsPresentInSmallShares() {
        int blank = 0;
        int headers = 0;
        int damaged = 0;
        int spaced = 0;
        int slashDates = 0;
        Map<List<String>, Integer> seen = new HashMap<>();
        int duplicates = 0;
        for (List<String> r : rows.subList(1, rows.size())) {
            if (r.stream().allMatch(String::isEmpty)) {
                blank++;
                continue;
            }
            if (r.equals(HEADER)) {
                headers++;
                continue;
            }
            if (seen.merge(r, 1, Integer::sum) > 1) {
                duplicates++;
            }
            if (r.get(2).matches("\\d(\\.\\d+)?E\\+\\d+")) {
                damaged++;
            }
            if (r.get(4).startsWith(" ") || r.get(5).endsWith("  ")) {
                spaced++;
            }
            if (r.get(11).matches("\\d{4}/\\d{1,2}/\\d{1,2}")) {
                slashDates++;
            } else {
                assertTrue(r.get(11).matches("\\d{4}-\\d{2}-\\d{2}"), r.get(11));
            }
        }
        between(10, 100, blank, "blank rows");
        between(1, 20, headers, "repeated headers");
        between(100, 350, duplicates, "duplicate rows");
        between(10, 400, damaged, "Excel-damaged serials");
        between(100, 800, spaced, "rows with stray spaces");
        between(300, 1000, slashDates, "second date format");
    }

    private static void between(int low, int high, int v, String what) {
        assertTrue(v >= low && v <= high, what + " = " + v + ", expected " + low + ".." + high);
    }

    @Test
    void rowsCarryTheGeneratedValuesAndTheSoftwareColumnFormat() {
        List<String> r = rows.stream().filter(x -> x.get(0).equals("ZC00000001")).findFirst().orElseThrow();
        GeneratedAsset a = generator.asset(0);
        assertEquals(a.hostname(), r.get(1));
        assertEquals(a.kind().label(), r.get(3));
        assertEquals(a.brand(), r.get(4).trim());
        assertEquals(a.cpu(), r.get(6));
        assertEquals(a.os(), r.get(7));
        assertEquals(a.site(), r.get(9));
        assertEquals(a.softwareCell(), r.get(12));
        int withSoftware = 0;
        for (List<String> row : rows) {
            if (row.size() == 13 && !row.get(12).isEmpty() && !row.equals(HEADER)) {
                withSoftware++;
                for (String entry : row.get(12).split(";")) {
                    String[] parts = entry.split("\\|", -1);
                    assertEquals(3, parts.length, "Publisher|Name|Version: " + entry);
                    assertTrue(!parts[1].isEmpty(), entry);
                }
            }
        }
        assertTrue(withSoftware > 10_000, "computers list software: " + withSoftware);
    }

    @Test
    void existingOutputIsKeptUnlessReplaceIsAsked() throws Exception {
        Path f = dir.resolve("keep.csv");
        Files.writeString(f, "precious");
        EstateGenerator g = new EstateGenerator(GeneratorSettings.of(10, 1));
        org.junit.jupiter.api.Assertions.assertThrows(java.nio.file.FileAlreadyExistsException.class,
                () -> g.write(f, false, null));
        assertEquals("precious", Files.readString(f));
        g.write(f, true, null);
        assertTrue(Files.readString(f, StandardCharsets.UTF_8).contains("资产编号"));
    }

    @Test
    void cancelledRunLeavesNothingBehind() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("cancel"));
        Path f = sub.resolve("big.csv");
        EstateGenerator g = new EstateGenerator(GeneratorSettings.of(50_000, 1));
        class Stop extends RuntimeException {
            private static final long serialVersionUID = 1L;
        }
        long[] done = new long[1];
        org.junit.jupiter.api.Assertions.assertThrows(Stop.class, () -> g.write(f, false, n -> {
            done[0] += n;
            if (done[0] >= 5000) {
                throw new Stop();
            }
        }));
        try (var list = Files.list(sub)) {
            assertEquals(0, list.count(), "no file and no temporary file left");
        }
    }
}
