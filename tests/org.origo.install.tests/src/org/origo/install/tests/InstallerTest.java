package org.origo.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.api.OrigoException;
import org.origo.install.api.Candidate;
import org.origo.install.api.Change;
import org.origo.install.api.PluginInstaller;
import org.origo.install.api.Signer;
import org.origo.install.api.TrustDecision;
import org.origo.install.api.TrustStore;
import org.origo.install.internal.Installer;
import org.origo.install.internal.i18n.InstallMessages;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The installer in a running framework: signatures against the trust store, tampering, explicit
 * acceptance with its audit, validation of catalogs and components before commit, updates that
 * replace the older version, and revert to the previous set of bundles.
 */
class InstallerTest {

    static BundleContext context;
    static PluginInstaller installer;
    static TrustStore trust;

    @TempDir
    Path dir;

    @BeforeAll
    static void services() throws Exception {
        Bundle host = FrameworkUtil.getBundle(Installer.class);
        if (host.getState() != Bundle.ACTIVE) {
            host.start();
        }
        context = host.getBundleContext();
        installer = service(PluginInstaller.class);
        trust = service(TrustStore.class);
    }

    private static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> t = new ServiceTracker<>(context, type, null);
        t.open();
        T s = t.waitForService(10_000);
        assertNotNull(s, type.getSimpleName() + " is registered");
        return s;
    }

    @AfterEach
    void clean() throws Exception {
        for (String b : installer.installed()) {
            installer.uninstall(b.split(" ")[0]);
        }
        for (Signer s : trust.signers()) {
            trust.remove(s.fingerprint());
        }
    }

    private static List<String> present(String bsn) {
        return Arrays.stream(context.getBundles()).filter(b -> bsn.equals(b.getSymbolicName()))
                .map(b -> b.getVersion() + " " + (b.getState() == Bundle.ACTIVE || b.getState() == Bundle.STARTING ? "ACTIVE" : b.getState()))
                .sorted().toList();
    }

    private static String english(OrigoException e) {
        return e.describe(Locale.ENGLISH);
    }

    /** A decision that accepts and remembers what it was shown. */
    private static final class Recording implements TrustDecision {
        final List<Candidate> shown = new ArrayList<>();

        @Override
        public boolean accept(List<Candidate> untrusted) {
            shown.addAll(untrusted);
            return true;
        }
    }

    @Test
    void selfSignedJarIsRefusedUntilItsSignerIsTrusted() throws Exception {
        Path ks = Jars.keyStore(dir, "vendor", "CN=Example Catalog Vendor, O=Example, C=CN", 0, 365);
        Path jar = Jars.sign(Jars.command(dir, "com.example.signed", "1.0.0"), ks);

        OrigoException refused = assertThrows(OrigoException.class, () -> installer.install(jar, TrustDecision.REFUSE));
        assertTrue(english(refused).contains("signed by CN=Example Catalog Vendor") && english(refused).contains("not in the trust store"),
                english(refused));
        assertTrue(refused.describe(Locale.SIMPLIFIED_CHINESE).contains("不在信任库中"), refused.describe(Locale.SIMPLIFIED_CHINESE));
        assertTrue(present("com.example.signed").isEmpty());

        Signer added = trust.add(Jars.certificate(ks));
        assertEquals(64, added.fingerprint().length());
        assertTrue(trust.signers().stream().anyMatch(s -> s.fingerprint().equals(added.fingerprint())));
        // the same signer read from the signed jar itself has the same fingerprint
        assertEquals(added.fingerprint(), trust.add(jar).fingerprint());

        List<Change> done = installer.install(jar, TrustDecision.REFUSE);
        assertEquals(1, done.size());
        assertEquals(Candidate.Trust.TRUSTED, done.get(0).candidate().trust());
        assertEquals(added.fingerprint(), done.get(0).candidate().signer().fingerprint());
        assertEquals(List.of("1.0.0 ACTIVE"), present("com.example.signed"));

        trust.remove(added.fingerprint().substring(0, 12));
        assertTrue(trust.signers().isEmpty());
    }

    @Test
    void jarChangedAfterSigningIsAlwaysRefused() throws Exception {
        Path ks = Jars.keyStore(dir, "vendor", "CN=Example Catalog Vendor, O=Example, C=CN", 0, 365);
        Path jar = Jars.sign(Jars.command(dir, "com.example.tampered", "1.0.0"), ks);
        trust.add(Jars.certificate(ks));
        Path tampered = Jars.tamper(jar, dir.resolve("tampered.jar"));
        OrigoException e = assertThrows(OrigoException.class, () -> installer.install(tampered, untrusted -> true));
        assertTrue(english(e).contains("does not match its signature"), english(e));
        assertTrue(present("com.example.tampered").isEmpty());
        assertTrue(installer.refusals().get(0).reason().en().contains("does not match its signature"));
    }

    @Test
    void certificateOutsideItsValidityIsRefusedEvenWhenTrusted() throws Exception {
        Path ks = Jars.keyStore(dir, "old", "CN=Expired Vendor, O=Example, C=CN", 400, 30);
        Path jar = Jars.sign(Jars.command(dir, "com.example.expired", "1.0.0"), ks);
        trust.add(Jars.certificate(ks));
        OrigoException e = assertThrows(OrigoException.class, () -> installer.install(jar, untrusted -> true));
        assertTrue(english(e).contains("does not cover"), english(e));
        assertTrue(present("com.example.expired").isEmpty());
    }

    @Test
    void unsignedJarNeedsExplicitAcceptanceWhichIsAudited() throws Exception {
        Path jar = Jars.command(dir, "com.example.unsigned", "1.0.0");
        OrigoException e = assertThrows(OrigoException.class, () -> installer.install(jar, TrustDecision.REFUSE));
        assertTrue(english(e).contains("com.example.unsigned 1.0.0 is unsigned") && english(e).contains("--accept-unsigned"),
                english(e));
        assertTrue(present("com.example.unsigned").isEmpty());

        Recording decision = new Recording();
        installer.install(jar, decision);
        assertEquals(1, decision.shown.size());
        Candidate shown = decision.shown.get(0);
        assertEquals(Candidate.Trust.UNSIGNED, shown.trust());
        assertEquals(List.of("Runnable com.example.unsigned"), shown.contributes());
        assertEquals(List.of("1.0.0 ACTIVE"), present("com.example.unsigned"));
        String audit = Files.readString(((Installer) installer).auditLog(), StandardCharsets.UTF_8);
        String last = audit.lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.contains("\"event\":\"accepted-unsigned\"") && last.contains("\"bundle\":\"com.example.unsigned\"")
                && last.matches(".*\"sha256\":\"[0-9a-f]{64}\".*"), last);
    }

    @Test
    void newerVersionReplacesTheOlderAndRevertRestoresExactlyThePreviousSet() throws Exception {
        List<String> initial = installer.installed();
        installer.install(Jars.command(dir, "com.example.update", "1.0.0"), untrusted -> true);
        List<String> afterInstall = installer.installed();
        assertEquals(List.of("1.0.0 ACTIVE"), present("com.example.update"));

        Path v2 = Files.createDirectories(dir.resolve("v2"));
        List<Change> update = installer.install(Jars.command(v2, "com.example.update", "2.0.0"), untrusted -> true);
        assertEquals("1.0.0", update.get(0).from());
        assertEquals("2.0.0", update.get(0).to());
        assertEquals(List.of("2.0.0 ACTIVE"), present("com.example.update"), "never two versions at once");

        OrigoException older = assertThrows(OrigoException.class,
                () -> installer.install(dir.resolve("com.example.update_1.0.0.jar"), untrusted -> true));
        assertTrue(english(older).contains("is older than the installed 2.0.0"), english(older));

        installer.revert();
        assertEquals(afterInstall, installer.installed());
        assertEquals(List.of("1.0.0 ACTIVE"), present("com.example.update"));
        installer.revert();
        assertEquals(initial, installer.installed());
        assertTrue(present("com.example.update").isEmpty());
    }

    @Test
    void zippedRepositoryInstallsAllOrNothing() throws Exception {
        Path good = Jars.command(dir, "com.example.repo.good", "1.0.0");
        Path broken = Jars.catalog(dir, "com.example.repo.broken", "test-broken", false);
        Path zip = Jars.repositoryZip(dir.resolve("repository.zip"), good, broken);
        OrigoException e = assertThrows(OrigoException.class, () -> installer.install(zip, untrusted -> true));
        assertTrue(present("com.example.repo.good").isEmpty() && present("com.example.repo.broken").isEmpty());
        assertTrue(english(e).contains("catalog/test-broken.json"), english(e));

        installer.install(Jars.repositoryZip(dir.resolve("good.zip"), good), untrusted -> true);
        assertEquals(List.of("1.0.0 ACTIVE"), present("com.example.repo.good"));
    }

    @Test
    void catalogWhoseChecksumFailsIsRefusedWithItsLocation() throws Exception {
        Path broken = Jars.catalog(dir, "com.example.catalog.broken", "test-broken", false);
        OrigoException e = assertThrows(OrigoException.class, () -> installer.install(broken, untrusted -> true));
        String text = english(e);
        assertTrue(text.contains("com.example.catalog.broken") && text.contains("catalog/test-broken.json")
                && text.contains("Nothing was installed"), text);
        assertTrue(present("com.example.catalog.broken").isEmpty());
        assertTrue(installer.refusals().get(0).reason().en().contains("catalog/test-broken.json"));

        Path good = Jars.catalog(Files.createDirectories(dir.resolve("good")), "com.example.catalog.good", "test-good", true);
        installer.install(good, untrusted -> true);
        assertEquals(List.of("1.0.0 ACTIVE"), present("com.example.catalog.good"));
    }

    @Test
    void componentThatFailsToActivateIsRefused() throws Exception {
        Path jar = Jars.failing(dir, "com.example.failing");
        OrigoException e = assertThrows(OrigoException.class, () -> installer.install(jar, untrusted -> true));
        assertTrue(english(e).contains("failed to activate") && english(e).contains("data file is missing"), english(e));
        assertTrue(present("com.example.failing").isEmpty());
    }

    @Test
    void productBundlesCannotBeReplacedOrRemoved() throws Exception {
        OrigoException e = assertThrows(OrigoException.class, () -> installer.uninstall("org.origo.install"));
        assertTrue(english(e).contains("part of the Origo product"), english(e));
        assertTrue(assertThrows(OrigoException.class, () -> installer.uninstall("com.example.nothing")).describe(Locale.ENGLISH)
                .contains("no bundle named"));
        assertFalse(installer.installed().contains("org.origo.install"));
    }

    @Test
    void everyMessageHasAChineseText() {
        assertEquals(java.util.Set.of(), InstallMessages.all().missingInChinese());
    }
}
