package org.origo.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.api.OrigoCommand;
import org.origo.core.Contributions;
import org.origo.testing.RecordingContext;

/**
 * {@code origo catalog validate} takes what a vendor ships — a p2 repository folder or zip — and
 * checks its catalog bundles without installing them; errors name the bundle inside the zip.
 */
class DeliveryValidationTest {

    @TempDir
    Path dir;

    @Test
    void validatesAZippedAndAFolderRepositoryWithoutInstalling() throws Exception {
        Contributions reg = TestRuntime.contributions();
        long until = System.currentTimeMillis() + 10_000;
        while (reg.command("catalog").isEmpty() && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        OrigoCommand cmd = reg.command("catalog").orElseThrow();
        String good = Jars.validCatalog("v.repo", "V");
        byte[] goodJar = Jars.dataCatalogBundle("v.repo", "v.repo", "V", good, good);
        byte[] tamperedJar = Jars.dataCatalogBundle("v.bad", "v.bad", "V", good.replace("v.repo", "v.bad"),
                good.replace("v.repo", "v.bad").replace("\"amount\": 1000", "\"amount\": 900"));
        int bundlesBefore = TestRuntime.context().getBundles().length;

        Path zip = dir.resolve("vendor-repository.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("artifacts.jar"));
            out.write(new byte[0]);
            out.putNextEntry(new ZipEntry("content.jar"));
            out.write(new byte[0]);
            out.putNextEntry(new ZipEntry("plugins/v.repo_1.0.0.jar"));
            out.write(goodJar);
            out.putNextEntry(new ZipEntry("plugins/v.bad_1.0.0.jar"));
            out.write(tamperedJar);
        }
        RecordingContext ctx = new RecordingContext(dir, Locale.ENGLISH, "validate", "vendor-repository.zip");
        assertEquals(1, cmd.run(ctx), ctx.stdout());
        String text = ctx.stdout();
        assertTrue(text.contains("vendor-repository.zip!/plugins/v.bad_1.0.0.jar!/catalog/v.bad.json")
                && text.contains("was altered"), text);
        assertTrue(text.contains("catalog v.repo with 1 products"), text);
        assertTrue(!text.contains("PK") && !text.contains("not valid JSON"), text);

        Path folder = Files.createDirectories(dir.resolve("repository/plugins"));
        Files.write(folder.resolve("v.repo_1.0.0.jar"), goodJar);
        Files.writeString(dir.resolve("repository/artifacts.xml"), "<artifacts/>", StandardCharsets.UTF_8);
        RecordingContext ok = new RecordingContext(dir, Locale.ENGLISH, "validate", "repository");
        assertEquals(0, cmd.run(ok), ok.stdout());
        assertTrue(ok.stdout().contains("valid (0 errors"), ok.stdout());
        assertEquals(bundlesBefore, TestRuntime.context().getBundles().length, "nothing was installed");
    }
}
