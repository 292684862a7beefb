package org.origo.install.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.catalog.api.ReplacementCatalog;
import org.origo.install.api.Candidate;
import org.origo.install.api.Candidate.Trust;
import org.origo.install.api.Change;
import org.origo.install.api.PluginInstaller;
import org.origo.install.api.Refusal;
import org.origo.install.api.TrustDecision;
import org.origo.install.api.TrustStore;
import org.origo.install.internal.i18n.InstallMessages;
import org.origo.origin.api.OriginProfile;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * The one plug-in installer of Origo (command line and workbench). Each operation computes the set of
 * plug-in bundles it should leave installed, moves the framework there (uninstall, install, refresh,
 * resolve, start), loads every catalog and rule set the new bundles contribute, and on any problem
 * moves the framework back to the set it started from. Committed sets are kept as profiles for
 * {@link #revert()}. Jars are kept in {@code <configuration>/org.origo.install/bundles}.
 */
@Component(service = PluginInstaller.class)
public class Installer implements PluginInstaller {

    private static final long SETTLE_MILLIS = 5_000;

    @Reference
    TrustStore trust;

    private BundleContext context;
    private Path store;
    private Journal journal;
    private Profiles profiles;
    private List<String> managedPrefixes;

    /** One jar of the source, read and checked. */
    private record Incoming(Path jar, String symbolicName, Version version, Candidate candidate, String sha256) {
    }

    @Activate
    void activate(BundleContext ctx) {
        this.context = ctx;
        Path root = Area.root(ctx);
        this.store = root.resolve("bundles");
        this.journal = new Journal(root);
        this.profiles = new Profiles(root);
        this.managedPrefixes = List.of(store.toUri().toString(), Area.legacyStore(ctx).toUri().toString());
    }

    /** The audit log of accepted unsigned and untrusted content. */
    public Path auditLog() {
        return journal.auditFile();
    }

    @Override
    public synchronized List<Change> install(Path source, TrustDecision decision) throws OrigoException {
        try {
            return doInstall(source, decision);
        } catch (OrigoException e) {
            journal.refused(source.toString(), both(e));
            throw e;
        }
    }

    private List<Change> doInstall(Path source, TrustDecision decision) throws OrigoException {
        try (Sources s = Sources.open(source)) {
            Map<String, Incoming> incoming = new LinkedHashMap<>();
            for (Path jar : s.jars()) {
                Incoming in = read(jar);
                Incoming other = incoming.get(in.symbolicName());
                if (other == null || other.version().compareTo(in.version()) < 0) {
                    incoming.put(in.symbolicName(), in);
                }
            }
            List<Profiles.Entry> before = current();
            Map<String, Profiles.Entry> installed = before.stream()
                    .collect(Collectors.toMap(Profiles.Entry::symbolicName, e -> e, (a, b) -> a, LinkedHashMap::new));
            List<Incoming> todo = new ArrayList<>();
            for (Incoming in : incoming.values()) {
                Profiles.Entry old = installed.get(in.symbolicName());
                if (old == null && isProductBundle(in.symbolicName())) {
                    throw new OrigoException(InstallMessages.get("install.product", in.symbolicName()), in.jar().toString(), -1,
                            Constants.BUNDLE_SYMBOLICNAME, null);
                }
                int cmp = old == null ? 1 : in.version().compareTo(Version.parseVersion(old.version()));
                if (cmp < 0) {
                    throw new OrigoException(InstallMessages.get("install.older", in.symbolicName(), in.version(), old.version()),
                            in.jar().toString(), -1, Constants.BUNDLE_VERSION, null);
                }
                if (cmp > 0) {
                    todo.add(in);
                }
            }
            if (todo.isEmpty()) {
                return List.of();
            }
            List<Candidate> untrusted = todo.stream().map(Incoming::candidate).filter(c -> c.trust() != Trust.TRUSTED).toList();
            if (!untrusted.isEmpty()) {
                if (!decision.accept(untrusted)) {
                    throw new OrigoException(InstallMessages.get("install.untrusted.refused", describeUntrusted(untrusted)),
                            source.toString(), -1, null, null);
                }
                for (Incoming in : todo) {
                    if (in.candidate().trust() != Trust.TRUSTED) {
                        audit(in);
                    }
                }
            }
            List<Profiles.Entry> target = new ArrayList<>(before);
            List<Change> changes = new ArrayList<>();
            List<Path> copies = new ArrayList<>();
            try {
                Files.createDirectories(store);
                for (Incoming in : todo) {
                    Path copy = store.resolve(in.symbolicName() + "_" + in.version() + "_" + in.sha256().substring(0, 12) + ".jar");
                    if (!Files.exists(copy)) {
                        Path part = Files.createTempFile(store, ".install-", ".part");
                        Files.copy(in.jar(), part, StandardCopyOption.REPLACE_EXISTING);
                        Files.move(part, copy, StandardCopyOption.ATOMIC_MOVE);
                        copies.add(copy);
                    }
                    Profiles.Entry old = installed.get(in.symbolicName());
                    target.removeIf(e -> e.symbolicName().equals(in.symbolicName()));
                    target.add(new Profiles.Entry(in.symbolicName(), in.version().toString(), copy));
                    changes.add(new Change(in.symbolicName(), old == null ? null : old.version(), in.version().toString(),
                            in.candidate()));
                }
            } catch (IOException e) {
                copies.forEach(Installer::deleteQuietly);
                throw new OrigoException(InstallMessages.get("install.io", store, e.getMessage()), e);
            }
            commitTransition(before, target, copies);
            return changes;
        }
    }

    /** Moves to the target set, checks what it added and records it; on any problem returns to {@code before}. */
    private void commitTransition(List<Profiles.Entry> before, List<Profiles.Entry> target, List<Path> copies)
            throws OrigoException {
        try {
            if (profiles.numbers().isEmpty()) {
                profiles.commit(before);
            }
            List<Bundle> added = reach(target);
            check(added);
            profiles.commit(target);
        } catch (OrigoException | IOException | RuntimeException e) {
            OrigoException failure = e instanceof OrigoException oe ? oe
                    : new OrigoException(InstallMessages.get("install.framework", oneLine(e.getMessage())), e);
            try {
                reach(before);
            } catch (OrigoException | RuntimeException restore) {
                failure.addSuppressed(restore);
            }
            copies.forEach(Installer::deleteQuietly);
            throw failure;
        }
        prune();
    }

    @Override
    public synchronized List<Change> uninstall(String symbolicName) throws OrigoException {
        List<Profiles.Entry> before = current();
        List<Profiles.Entry> gone = before.stream().filter(e -> e.symbolicName().equals(symbolicName)).toList();
        if (gone.isEmpty()) {
            throw new OrigoException(InstallMessages.get(isProductBundle(symbolicName) ? "uninstall.product" : "uninstall.unknown",
                    symbolicName));
        }
        List<Profiles.Entry> target = new ArrayList<>(before);
        target.removeAll(gone);
        commitTransition(before, target, List.of());
        return gone.stream().map(e -> new Change(e.symbolicName(), e.version(), null, null)).toList();
    }

    @Override
    public synchronized List<Change> revert() throws OrigoException {
        List<Integer> numbers = profiles.numbers();
        if (numbers.size() < 2) {
            throw new OrigoException(InstallMessages.get("revert.nothing"));
        }
        List<Profiles.Entry> previous;
        try {
            previous = profiles.read(numbers.get(numbers.size() - 2));
        } catch (IOException e) {
            throw new OrigoException(InstallMessages.get("install.io", "profiles", e.getMessage()), e);
        }
        for (Profiles.Entry e : previous) {
            if (!Files.isRegularFile(e.file())) {
                throw new OrigoException(InstallMessages.get("revert.missing.file", e.file()));
            }
        }
        List<Profiles.Entry> before = current();
        try {
            reach(previous);
            profiles.drop(numbers.get(numbers.size() - 1));
        } catch (OrigoException | IOException | RuntimeException e) {
            try {
                reach(before);
            } catch (OrigoException | RuntimeException restore) {
                e.addSuppressed(restore);
            }
            throw e instanceof OrigoException oe ? oe
                    : new OrigoException(InstallMessages.get("install.framework", oneLine(e.getMessage())), e);
        }
        prune();
        return diff(before, previous);
    }

    @Override
    public synchronized List<String> installed() {
        return current().stream().map(Profiles.Entry::key).sorted().toList();
    }

    @Override
    public List<Refusal> refusals() {
        return journal.refusals();
    }

    private static List<Change> diff(List<Profiles.Entry> from, List<Profiles.Entry> to) {
        Map<String, String> a = from.stream().collect(Collectors.toMap(Profiles.Entry::symbolicName, Profiles.Entry::version, (x, y) -> x));
        Map<String, String> b = to.stream().collect(Collectors.toMap(Profiles.Entry::symbolicName, Profiles.Entry::version, (x, y) -> x));
        List<Change> out = new ArrayList<>();
        for (String n : Stream.concat(a.keySet().stream(), b.keySet().stream()).distinct().sorted().toList()) {
            if (!java.util.Objects.equals(a.get(n), b.get(n))) {
                out.add(new Change(n, a.get(n), b.get(n), null));
            }
        }
        return out;
    }

    // ---- the framework side

    private boolean managed(Bundle b) {
        String location = b.getLocation();
        return location != null && managedPrefixes.stream().anyMatch(location::startsWith);
    }

    private boolean isProductBundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName()) && !managed(b)) {
                return true;
            }
        }
        return false;
    }

    /** The plug-in bundles installed through the installer, as they are in the framework now. */
    private List<Profiles.Entry> current() {
        List<Profiles.Entry> out = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (managed(b) && b.getSymbolicName() != null) {
                Path file;
                try {
                    file = Path.of(URI.create(b.getLocation()));
                } catch (IllegalArgumentException e) {
                    continue;
                }
                out.add(new Profiles.Entry(b.getSymbolicName(), b.getVersion().toString(), file));
            }
        }
        out.sort(java.util.Comparator.comparing(Profiles.Entry::key));
        return out;
    }

    /**
     * Makes the installed plug-in bundles exactly the target set: uninstalls the others, installs the
     * missing ones from their jars, refreshes, resolves and starts them. Returns the bundles it installed.
     */
    private List<Bundle> reach(List<Profiles.Entry> target) throws OrigoException {
        Set<String> wanted = target.stream().map(Profiles.Entry::key).collect(Collectors.toSet());
        Map<String, Bundle> now = new LinkedHashMap<>();
        for (Bundle b : context.getBundles()) {
            if (managed(b)) {
                now.put(b.getSymbolicName() + " " + b.getVersion(), b);
            }
        }
        List<Bundle> removed = new ArrayList<>();
        for (Map.Entry<String, Bundle> e : now.entrySet()) {
            if (!wanted.contains(e.getKey())) {
                try {
                    e.getValue().uninstall();
                    removed.add(e.getValue());
                } catch (BundleException | IllegalStateException ex) {
                    throw new OrigoException(InstallMessages.get("install.framework", oneLine(ex.getMessage())), ex);
                }
            }
        }
        List<Bundle> added = new ArrayList<>();
        try {
            for (Profiles.Entry e : target) {
                if (!now.containsKey(e.key())) {
                    added.add(context.installBundle(e.file().toUri().toString()));
                }
            }
        } catch (BundleException e) {
            refresh(removed);
            throw new OrigoException(InstallMessages.get("install.framework", oneLine(e.getMessage())), e);
        }
        refresh(removed);
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        wiring.resolveBundles(added);
        for (Bundle b : added) {
            if (b.getHeaders("").get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            try {
                b.start(Bundle.START_ACTIVATION_POLICY);
            } catch (BundleException e) {
                String key = b.getState() == Bundle.INSTALLED ? "install.unresolvable" : "install.start.failed";
                throw new OrigoException(InstallMessages.get(key, b.getSymbolicName(), oneLine(e.getMessage())), e);
            }
        }
        return added;
    }

    private void refresh(List<Bundle> bundles) {
        if (bundles.isEmpty()) {
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(bundles, event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED || event.getType() == FrameworkEvent.ERROR) {
                done.countDown();
            }
        });
        try {
            done.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Validates what the new bundles contribute: every component activates, every catalog loads
     * (checksums, schema, declarations) and every rule-based profile loads its rules.
     */
    private void check(List<Bundle> added) throws OrigoException {
        ServiceReference<ServiceComponentRuntime> ref = context.getServiceReference(ServiceComponentRuntime.class);
        ServiceComponentRuntime scr = ref == null ? null : context.getService(ref);
        try {
            for (Bundle b : added) {
                if (b.getHeaders("").get("Service-Component") == null || b.getHeaders("").get(Constants.FRAGMENT_HOST) != null) {
                    continue;
                }
                long deadline = System.currentTimeMillis() + SETTLE_MILLIS;
                while (scr != null && scr.getComponentDescriptionDTOs(b).isEmpty() && System.currentTimeMillis() < deadline) {
                    sleep();
                }
                ServiceReference<?>[] services = b.getRegisteredServices();
                for (ServiceReference<?> s : services == null ? new ServiceReference<?>[0] : services) {
                    checkService(b, s);
                }
                if (scr != null) {
                    checkComponents(scr, b, deadline);
                }
            }
        } finally {
            if (ref != null) {
                context.ungetService(ref);
            }
        }
    }

    private void checkService(Bundle b, ServiceReference<?> s) throws OrigoException {
        Object service;
        try {
            service = context.getService(s);
        } catch (RuntimeException e) {
            return;
        }
        if (service == null) {
            return;
        }
        try {
            if (service instanceof ReplacementCatalog c) {
                c.load();
            } else if (service instanceof OriginProfile p) {
                try {
                    RuleCheck.check(p);
                } catch (NoClassDefFoundError e) {
                    // no rules engine installed: nothing to load
                }
            }
        } catch (OrigoException e) {
            throw new OrigoException(InstallMessages.get("install.content.failed", b.getSymbolicName(), kind(service),
                    String.valueOf(s.getProperty(idProperty(service))), both(e)), e.file(), e.line(), e.field(), e);
        } catch (RuntimeException e) {
            throw new OrigoException(InstallMessages.get("install.content.failed", b.getSymbolicName(), kind(service),
                    String.valueOf(s.getProperty(idProperty(service))), oneLine(e.getMessage())), e);
        } finally {
            try {
                context.ungetService(s);
            } catch (IllegalStateException ignored) {
                // the bundle went away meanwhile
            }
        }
    }

    private static String kind(Object service) {
        return service instanceof ReplacementCatalog ? "catalog" : "profile";
    }

    private static String idProperty(Object service) {
        return service instanceof ReplacementCatalog ? ReplacementCatalog.PROP_ID : "origo.profile.id";
    }

    private static void checkComponents(ServiceComponentRuntime scr, Bundle b, long deadline) throws OrigoException {
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(b)) {
            while (true) {
                ComponentConfigurationDTO failed = null;
                boolean settling = false;
                for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                    if (c.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                        failed = c;
                    } else if (d.immediate && c.state == ComponentConfigurationDTO.SATISFIED) {
                        settling = true;
                    }
                }
                if (failed != null) {
                    throw new OrigoException(InstallMessages.get("install.component.failed", b.getSymbolicName(), d.name,
                            oneLine(failed.failure)));
                }
                if (!settling || System.currentTimeMillis() > deadline) {
                    break;
                }
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Deletes the store's jars that no kept profile and no installed bundle needs. */
    private void prune() {
        Set<Path> keep = new java.util.HashSet<>(profiles.referenced());
        current().forEach(e -> keep.add(e.file()));
        if (!Files.isDirectory(store)) {
            return;
        }
        try (Stream<Path> s = Files.list(store)) {
            s.filter(p -> p.getFileName().toString().endsWith(".jar")).filter(p -> !keep.contains(p))
                    .forEach(Installer::deleteQuietly);
        } catch (IOException e) {
            // kept for the next operation to prune
        }
    }

    // ---- reading a jar

    private Incoming read(Path jar) throws OrigoException {
        Manifest m;
        try (JarFile jf = new JarFile(jar.toFile(), false)) {
            m = jf.getManifest();
        } catch (IOException e) {
            throw new OrigoException(InstallMessages.get("install.not.bundle", jar), jar.toString(), -1, null, e);
        }
        String bsn = m == null ? null : m.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
        if (bsn == null || bsn.isBlank()) {
            throw new OrigoException(InstallMessages.get("install.no.bsn", jar), jar.toString(), -1, "META-INF/MANIFEST.MF", null);
        }
        bsn = bsn.split(";")[0].trim();
        String v = m.getMainAttributes().getValue(Constants.BUNDLE_VERSION);
        Version version;
        try {
            version = Version.parseVersion(v);
        } catch (IllegalArgumentException e) {
            throw new OrigoException(InstallMessages.get("install.bad.version", jar, v), jar.toString(), -1, Constants.BUNDLE_VERSION,
                    e);
        }
        Signatures.Verified verified = Signatures.verify(jar, trust::trusts);
        Candidate c = new Candidate(bsn, version.toString(), jar.toString(), verified.trust(), verified.signer(),
                Contents.of(jar));
        return new Incoming(jar, bsn, version, c, sha256(jar));
    }

    private void audit(Incoming in) throws OrigoException {
        try {
            journal.accepted(in.candidate(), in.sha256());
        } catch (IOException e) {
            throw new OrigoException(InstallMessages.get("install.io", journal.auditFile(), e.getMessage()), e);
        }
    }

    static Text describeUntrusted(List<Candidate> untrusted) {
        List<Text> parts = new ArrayList<>();
        for (Candidate c : untrusted) {
            parts.add(c.trust() == Trust.UNSIGNED ? InstallMessages.get("install.untrusted.one.unsigned", c.symbolicName(), c.version())
                    : InstallMessages.get("install.untrusted.one.signer", c.symbolicName(), c.version(), c.signer().subject(),
                            c.signer().fingerprintWithColons()));
        }
        return new Text(parts.stream().map(Text::en).collect(Collectors.joining("; ")),
                parts.stream().map(Text::zh).collect(Collectors.joining("；")));
    }

    private static String sha256(Path jar) throws OrigoException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(jar), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new OrigoException(InstallMessages.get("install.io", jar, e.getMessage()), jar.toString(), -1, null, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static Text both(OrigoException e) {
        return new Text(e.describe(Locale.ENGLISH), e.describe(Locale.SIMPLIFIED_CHINESE));
    }

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String one = s.replaceAll("\\s+", " ").trim();
        return one.length() > 400 ? one.substring(0, 400) + "…" : one;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // pruned by a later operation
        }
    }
}
