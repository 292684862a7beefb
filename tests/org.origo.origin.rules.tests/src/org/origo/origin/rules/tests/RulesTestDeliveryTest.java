package org.origo.origin.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.api.OrigoCommand;
import org.origo.testing.RecordingContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * {@code origo rules test} takes a profile bundle as it is shipped — a jar, or a p2 repository zip —
 * and runs the rule tests it carries against the rules it carries, without installing it.
 */
class RulesTestDeliveryTest {

    @TempDir
    Path dir;

    /** The third-party example profile's files under a new profile id no installed bundle has. */
    private static String renamed(String entry) throws Exception {
        Bundle example = null;
        for (Bundle b : FrameworkUtil.getBundle(RulesTestDeliveryTest.class).getBundleContext().getBundles()) {
            if ("com.example.origo.profile".equals(b.getSymbolicName())) {
                example = b;
            }
        }
        assertTrue(example != null, "the example profile bundle is in the test runtime");
        try (InputStream in = example.getEntry(entry).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("example-no-us", "vendor-next");
        }
    }

    private Path jar(String name, String rules, String tests) throws Exception {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        m.getMainAttributes().putValue("Bundle-SymbolicName", "com.example.vendor.next");
        m.getMainAttributes().putValue("Bundle-Version", "1.0.0");
        Path jar = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), m)) {
            out.putNextEntry(new JarEntry("rules/vendor-next.rules.json"));
            out.write(rules.getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new JarEntry("rules/vendor-next.tests.json"));
            out.write(tests.getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    @Test
    void runsTheTestsABundleCarriesAgainstItsOwnRulesWithoutInstallingIt() throws Exception {
        String rules = renamed("rules/example-no-us.rules.json");
        String tests = renamed("rules/example-no-us.tests.json");
        jar("vendor-next.jar", rules, tests);
        OrigoCommand rulesCommand = Services.service(OrigoCommand.class, "(" + OrigoCommand.PROP_NAME + "=rules)");
        RecordingContext ok = RecordingContext.merged(dir, Locale.ENGLISH, "test", "vendor-next.jar");
        assertEquals(0, rulesCommand.run(ok), ok.stdout());
        assertTrue(ok.stdout().contains("vendor-next.jar!/rules/vendor-next.tests.json") && ok.stdout().contains("profile vendor-next"),
                ok.stdout());

        Path zip = dir.resolve("vendor-repository.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("plugins/com.example.vendor.next_1.0.0.jar"));
            Files.copy(dir.resolve("vendor-next.jar"), out);
        }
        RecordingContext fromZip = RecordingContext.merged(dir, Locale.ENGLISH, "test", "vendor-repository.zip");
        assertEquals(0, rulesCommand.run(fromZip), fromZip.stdout());
        assertTrue(fromZip.stdout().contains("vendor-repository.zip!/plugins/com.example.vendor.next_1.0.0.jar!/rules/"),
                fromZip.stdout());

        // a rule that no longer gives the expected verdict fails with the test file inside the jar
        jar("broken.jar", rules.replace("\"outcome\": \"REPLACE\"", "\"outcome\": \"KEEP\""), tests);
        RecordingContext bad = RecordingContext.merged(dir, Locale.ENGLISH, "test", "broken.jar");
        assertEquals(1, rulesCommand.run(bad), bad.stdout());
        assertTrue(bad.stdout().contains("broken.jar!/rules/vendor-next.tests.json"), bad.stdout());
        assertTrue(Services.findProfile("vendor-next").isEmpty(), "nothing was installed");
    }
}
