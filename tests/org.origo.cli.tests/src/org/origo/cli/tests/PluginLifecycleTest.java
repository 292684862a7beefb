package org.origo.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.cli.internal.Cli;
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
        String installed = run(0, "--lang", "en", "install", "--accept-unsigned", jar.toString());
        assertTrue(installed.contains("Installed com.example.origo.fixture 1.0.0 (accepted unsigned)")
                && installed.contains("The acceptance is recorded in"), installed);
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
        run(0, "install", "--accept-unsigned", jar.toString());
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
    void contributionWhoseActivationThrowsIsRefusedAndListedAsFailed() throws Exception {
        Path jar = TestBundles.bundle(dir, "com.example.origo.broken", ThrowingCommand.class.getName(), "throwing", null, true);
        String refused = run(1, "--lang", "en", "install", "--accept-unsigned", jar.toString());
        assertTrue(refused.contains("failed to activate") && refused.contains("Nothing was installed"), refused);
        assertTrue(Arrays.stream(context.getBundles()).noneMatch(b -> "com.example.origo.broken".equals(b.getSymbolicName())));
        String listing = run(0, "--lang", "en", "bundles", "--failed");
        assertTrue(listing.contains("Refused installations") && listing.contains(jar.toString())
                && listing.contains("catalog data file is missing"), listing);
        assertTrue(run(0, "--lang", "zh", "bundles", "--failed").contains("被拒绝的安装"));
        assertTrue(contributions.command("throwing").isEmpty());
        // the host goes on: other commands run
        assertTrue(run(0, "bundles").contains("command bundles"));
    }

    @Test
    void bundleWithMissingDependencyIsRefusedAndLeavesNothing() throws Exception {
        Path jar = TestBundles.bundle(dir, "com.example.origo.orphan", FixtureCommand.class.getName(), "orphan",
                "com.example.nowhere;version=\"[1.0,2)\"", false);
        String refused = run(1, "--lang", "en", "install", "--accept-unsigned", jar.toString());
        assertTrue(refused.contains("com.example.origo.orphan cannot be resolved") && refused.contains("com.example.nowhere")
                && refused.contains("Nothing was installed"), refused);
        assertTrue(Arrays.stream(context.getBundles()).noneMatch(b -> "com.example.origo.orphan".equals(b.getSymbolicName())));
        String zh = run(1, "--lang", "zh", "install", "--accept-unsigned", jar.toString());
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
    void signedBundleInstallsOnlyOnceItsSignerIsTrustedAndTamperingIsRefused() throws Exception {
        Path jar = TestBundles.bundle(dir, "com.example.origo.signed", FixtureCommand.class.getName(), "signed", null, false);
        Path keystore = dir.resolve("vendor.p12");
        String bin = Path.of(System.getProperty("java.home"), "bin").toString();
        exec(bin + "/keytool", "-genkeypair", "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass",
                "changeit", "-keypass", "changeit", "-alias", "vendor", "-keyalg", "RSA", "-keysize", "2048", "-validity", "365",
                "-dname", "CN=Example Catalog Vendor, O=Example, C=CN");
        exec(bin + "/jarsigner", "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", "changeit",
                jar.toString(), "vendor");
        Path cert = dir.resolve("vendor.pem");
        exec(bin + "/keytool", "-exportcert", "-rfc", "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass",
                "changeit", "-alias", "vendor", "-file", cert.toString());

        String untrusted = run(1, "--lang", "en", "install", jar.toString());
        assertTrue(untrusted.contains("signed by CN=Example Catalog Vendor") && untrusted.contains("not in the trust store"),
                untrusted);
        String added = run(0, "--lang", "en", "trust", "add", cert.toString());
        assertTrue(added.contains("Trusted CN=Example Catalog Vendor"), added);
        String fingerprint = added.lines().filter(l -> l.contains("SHA-256")).findFirst().orElseThrow().trim().substring(8);
        assertTrue(fingerprint.matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"), fingerprint);
        assertTrue(run(0, "trust", "list").contains(fingerprint));
        try {
            String installed = run(0, "--lang", "en", "install", jar.toString());
            assertTrue(installed.contains("Installed com.example.origo.signed 1.0.0 (signed by CN=Example Catalog Vendor"), installed);
            run(0, "uninstall", "com.example.origo.signed");

            // change one signed entry after signing: refused even when unsigned content is accepted
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
            String refused = run(1, "--lang", "en", "install", "--accept-unsigned", tampered.toString());
            assertTrue(refused.contains("does not match its signature"), refused);
        } finally {
            String removed = run(0, "--lang", "en", "trust", "remove", fingerprint.substring(0, 11));
            assertTrue(removed.contains("No longer trusted"), removed);
        }
        Path unsigned = TestBundles.bundle(dir, "com.example.origo.unsigned", FixtureCommand.class.getName(), "unsigned", null,
                false);
        assertTrue(run(1, "--lang", "en", "install", unsigned.toString()).contains("is unsigned"));
        assertTrue(run(1, "--lang", "zh", "install", unsigned.toString()).contains("未签名"));
    }

    private static void exec(String... cmd) throws Exception {
        Process p = new ProcessBuilder(List.of(cmd)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + "\n" + out);
    }
}
