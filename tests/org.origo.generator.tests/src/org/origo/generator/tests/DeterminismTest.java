package org.origo.generator.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.generator.EstateGenerator;
import org.origo.generator.GenerationResult;
import org.origo.generator.GeneratorSettings;
import org.origo.generator.OutputFormat;

class DeterminismTest {

    @TempDir
    Path dir;

    private byte[] generate(GeneratorSettings s, String name) throws Exception {
        Path out = dir.resolve(name);
        GenerationResult r = new EstateGenerator(s).write(out, false, null);
        assertEquals(s.assets(), r.assets());
        assertEquals(Files.size(out), r.bytes());
        return Files.readAllBytes(out);
    }

    @Test
    void sameSeedGivesSameCsvBytes() throws Exception {
        GeneratorSettings s = GeneratorSettings.of(3000, 77);
        byte[] a = generate(s, "a.csv");
        byte[] b = generate(s, "b.csv");
        assertTrue(a.length > 3000 * 100, "a realistic ledger has hundreds of bytes per asset: " + a.length);
        assertArrayEquals(a, b);
    }

    @Test
    void sameSeedGivesSameXlsxBytes() throws Exception {
        GeneratorSettings s = GeneratorSettings.of(2000, 77).withFormat(OutputFormat.XLSX);
        assertArrayEquals(generate(s, "a.xlsx"), generate(s, "b.xlsx"));
    }

    @Test
    void differentSeedGivesDifferentEstate() throws Exception {
        byte[] a = generate(GeneratorSettings.of(2000, 1), "a.csv");
        byte[] b = generate(GeneratorSettings.of(2000, 2), "b.csv");
        assertFalse(java.util.Arrays.equals(a, b));
        EstateGenerator g1 = new EstateGenerator(GeneratorSettings.of(100, 1));
        EstateGenerator g2 = new EstateGenerator(GeneratorSettings.of(100, 2));
        int differ = 0;
        for (int i = 0; i < 100; i++) {
            if (!g1.asset(i).equals(g2.asset(i))) {
                differ++;
            }
        }
        assertTrue(differ > 95, "almost every asset differs with another seed: " + differ);
    }

    @Test
    void anAssetDoesNotDependOnTheEstateSizeOrOrder() {
        EstateGenerator small = new EstateGenerator(GeneratorSettings.of(500, 9));
        EstateGenerator again = new EstateGenerator(GeneratorSettings.of(500, 9));
        for (int i = 499; i >= 0; i -= 7) {
            assertEquals(small.asset(i), again.asset(i));
        }
        assertNotEquals(small.asset(0), small.asset(1));
    }

    @Test
    void demoPresetIsFixed() throws Exception {
        GeneratorSettings demo = GeneratorSettings.demo();
        assertEquals(4000, demo.assets());
        assertEquals(GeneratorSettings.DEMO_SEED, demo.seed());
        assertEquals(OutputFormat.CSV, demo.format());
        assertEquals(EstateGenerator.demo().asset(123), new EstateGenerator(demo).asset(123));
        assertTrue(EstateGenerator.demo().sites() >= 10, "the demo administration has several sites");
    }
}
