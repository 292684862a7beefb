package org.origo.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.api.OrigoException;
import org.origo.cli.internal.Cli;
import org.origo.cli.internal.commands.BundleInspector;
import org.origo.cli.internal.commands.BundleInstaller;
import org.origo.cli.tests.fixtures.FixtureCommand;
import org.origo.cli.tests.fixtures.ThrowingCommand;
import org.origo.core.Contributions;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Plug-ins installed, failing and removed at run time: a bundle's contribution appears in the
 * registry when it is installed and disappears when it is uninstalled, without a restart; a
 * contribution whose activation throws is reported as failed while everything else works; a bundle
 * with a missing dependency is refused and leaves nothing behind; signatures are checked.
 */
class PluginLifecycleTest {

    static BundleContext context;
    static Contributions contributions;

    @TempDir
    Path dir;

    @BeforeAll
    static void host() throws Exception {
        Bundle cli = FrameworkUtil.getBundle(Cli.class);
        if (cli.getState() != Bundle.ACTIVE) {
            cli.start();
        }
        context = cli.getBundleContext();
        Cli.activateContributors(context);
        ServiceTracker<Contributions, Contributions> t = new ServiceTracker<>(context, Contributions.class, null);
        t.open();
        contributions = t.waitForService(10_000);
        assertTrue(contributions != null, "the contribution registry is running");
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }

    private static String run(int expectedExit, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(context, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        String text = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertEquals(expectedExit, code, "exit code of origo " + Arrays.toString(args) + ":\n" + text);
        return text;
    }

    @Test
    void installedBundleContributesAtOnceAndUninstallRemovesIt() throws Exception {
        Path jar = TestBundles.bundle(dir, "com.example.origo.fixture", FixtureCommand.class.getName(), "fixture", null, false);
        assertTrue(contributions.command("fixture").isEmpty());
        String installed = run(0, "--lang", "en", "install", jar.toString());
        assertTrue(installed.contains("Installed com.example.origo.fixture 1.0.0 (unsigned)"), installed);
        assertTrue(waitFor(() -> contributions.command("fixture").isPresent()), "the new command is registered");
        assertTrue(run(0, "fixture").contains("fixture ran"));
        assertTrue(run(0, "bundles").contains("command fixture"));
        String removed = run(0, "uninstall", "com.example.origo.fixture");
        assertTrue(removed.contains("Uninstalled com.example.origo.fixture"), removed);
        assertTrue(waitFor(() -> contributions.command("fixture").isEmpty()), "the command is gone");
        assertTrue(run(2, "fixture").contains("unknown command 'fixture'"));
    }

    @Test
    void commandWaitingForItsConfigurationDoesNotHoldUpTheStart() throws Exception {
        Path jar = TestBundles.bundle(dir, "com.example.origo.configured", FixtureCommand.class.getName(), "configured", null,
                " configuration-policy=\"require\"");
        run(0, "install", jar.toString());
        try {
            long start = System.nanoTime();
            org.origo.cli.internal.Cli.awaitCommands(context, contributions);
            double seconds = (System.nanoTime() - start) / 1e9;
            // the start-up wait (at most 5 s) is for commands on their way, not for one that needs a configuration first
            assertTrue(seconds < 4, "waited " + seconds + " s for a command that has no configuration");
            assertTrue(contributions.command("configured").isEmpty());
        } finally {
            run(0, "uninstall", "com.example.origo.configured");
        }
    }

    @Test
    void contributionWhoseActivationThrowsIsReportedAndTheRestWorks() throws Exception {
        Path jar = TestBundles.bundle(dir, "com.example.origo.broken", ThrowingCommand.class.getName(), "throwing", null, true);
        run(0, "install", jar.toString());
        try {
            String listing = run(0, "bundles", "--failed");
            assertTrue(listing.contains("com.example.origo.broken"), listing);
            assertTrue(listing.contains("FAILED") && listing.contains("catalog data file is missing"), listing);
            assertTrue(contributions.command("throwing").isEmpty());
            // the host goes on: other commands run
            assertTrue(run(0, "bundles").contains("command bundles"));
            var state = BundleInspector.inspect(context, false).stream()
                    .filter(s -> s.bundle().getSymbolicName().equals("com.example.origo.broken")).findFirst().orElseThrow();
            assertTrue(state.failed());
        } finally {
            run(0, "uninstall", "com.example.origo.broken");
        }
    }

    @Test
    void bundleWithMissingDependencyIsRefusedAndLeavesNothing() throws Exception {
        Path jar = TestBundles.bundle(dir, "com.example.origo.orphan", FixtureCommand.class.getName(), "orphan",
                "com.example.nowhere;version=\"[1.0,2)\"", false);
        String refused = run(1, "--lang", "en", "install", jar.toString());
        assertTrue(refused.contains("com.example.origo.orphan cannot be resolved") && refused.contains("com.example.nowhere")
                && refused.contains("Nothing was installed"), refused);
        assertTrue(Arrays.stream(context.getBundles()).noneMatch(b -> "com.example.origo.orphan".equals(b.getSymbolicName())));
        String zh = run(1, "--lang", "zh", "install", jar.toString());
        assertTrue(zh.contains("未安装任何内容"), zh);
    }

    @Test
    void notABundleIsRefusedClearly() throws Exception {
        Path txt = Files.writeString(dir.resolve("notes.jar"), "not a jar");
        String out = run(1, "install", txt.toString());
        assertTrue(out.contains("neither an OSGi bundle jar nor a p2 repository"), out);
        assertTrue(run(1, "install", dir.resolve("missing.jar").toString()).contains("does not exist"));
    }

    @Test
    void signedBundleShowsItsSignerAndTamperingIsDetected() throws Exception {
        Path jar = TestBundles.bundle(dir, "com.example.origo.signed", FixtureCommand.class.getName(), "signed", null, false);
        Path keystore = dir.resolve("vendor.p12");
        String bin = Path.of(System.getProperty("java.home"), "bin").toString();
        exec(bin + "/keytool", "-genkeypair", "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass",
                "changeit", "-keypass", "changeit", "-alias", "vendor", "-keyalg", "RSA", "-keysize", "2048", "-validity", "365",
                "-dname", "CN=Example Catalog Vendor, O=Example, C=CN");
        exec(bin + "/jarsigner", "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", "changeit",
                jar.toString(), "vendor");
        BundleInstaller.Signature sig = invokeVerify(jar);
        assertTrue(sig.signed());
        assertTrue(sig.signer().contains("CN=Example Catalog Vendor"), sig.signer());
        assertFalse(sig.expired());

        // change one signed entry after signing
        Path tampered = dir.resolve("tampered.jar");
        try (var in = new java.util.zip.ZipFile(jar.toFile());
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(tampered))) {
            for (var e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                byte[] data = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("readme.txt")) {
                    data = "a changed plug-in\n".getBytes(StandardCharsets.UTF_8);
                }
                out.write(data);
                out.closeEntry();
            }
        }
        String refused = run(1, "install", tampered.toString());
        assertTrue(refused.contains("does not match its signature"), refused);

        Path unsigned = TestBundles.bundle(dir, "com.example.origo.unsigned", FixtureCommand.class.getName(), "unsigned", null,
                false);
        assertTrue(run(1, "install", "--require-signed", unsigned.toString()).contains("is not signed"));
    }

    private static BundleInstaller.Signature invokeVerify(Path jar) throws Exception {
        var m = BundleInstaller.class.getDeclaredMethod("verify", Path.class);
        m.setAccessible(true);
        try {
            return (BundleInstaller.Signature) m.invoke(null, jar);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof OrigoException oe) {
                throw new AssertionError(oe.describe(Locale.ENGLISH), oe);
            }
            throw e;
        }
    }

    private static void exec(String... cmd) throws Exception {
        Process p = new ProcessBuilder(List.of(cmd)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + "\n" + out);
    }
}
