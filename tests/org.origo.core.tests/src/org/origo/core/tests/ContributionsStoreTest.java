package org.origo.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.api.Text;
import org.origo.core.Contributions;

/**
 * Failures and warnings outlive the process that recorded them (the command line runs one
 * command per process), so that a later {@code origo bundles} still shows them.
 */
class ContributionsStoreTest {

    @TempDir
    Path dir;

    @Test
    void failuresAndWarningsAreReadBackByALaterRegistry() throws Exception {
        Path file = dir.resolve("health").resolve("contribution-health.tsv");
        Contributions first = new Contributions(file);
        first.markFailed("importer", "hang", new Text("no answer after 2 s; stopped", "2 秒内没有响应，已被停止"));
        first.markFailed("renderer", "pdf", "NoClassDefFoundError: com/example/Pdf");
        first.warn("catalog", "leaky", new Text("left 1 thread\trunning\nline two \\ end", "仍有 1 个线程在运行"));
        assertFalse(first.failureReports().get("importer:hang").earlier());

        Contributions later = new Contributions(file);
        Contributions.Report hang = later.failureReports().get("importer:hang");
        assertNotNull(hang, later.failureReports().toString());
        assertTrue(hang.earlier());
        assertEquals("2 秒内没有响应，已被停止", hang.text().zh());
        assertEquals("no answer after 2 s; stopped", later.failures().get("importer:hang"));
        assertEquals("NoClassDefFoundError: com/example/Pdf", later.failureTexts().get("renderer:pdf").zh());
        assertEquals("left 1 thread\trunning\nline two \\ end", later.warnings().get("catalog:leaky").en());
        assertEquals(hang.at().toEpochMilli(), first.failureReports().get("importer:hang").at().toEpochMilli());
        try (Stream<Path> s = Files.list(file.getParent())) {
            assertEquals(List.of(file.getFileName().toString()), s.map(p -> p.getFileName().toString()).toList(),
                    "written atomically, no temporary file left");
        }
    }

    @Test
    void damagedLinesAreSkipped() throws Exception {
        Path file = dir.resolve("contribution-health.tsv");
        Contributions first = new Contributions(file);
        first.warn("profile", "p", new Text("w", "警告"));
        Files.writeString(file, "garbage\nF\tx\tnot-a-time\ta\tb\nW\tonly\tthree\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Contributions later = new Contributions(file);
        assertEquals(1, later.warnings().size(), later.warnings().toString());
        assertTrue(later.failures().isEmpty(), later.failures().toString());
    }
}
