package org.origo.cli.internal.commands;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSigner;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Date;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Installs plug-in bundles from a jar, a p2 repository folder or a zipped p2 repository into the
 * running host, all or nothing: jars are checked (manifest, signature), copied into the host's
 * configuration area, installed and resolved; when any of them cannot be resolved, every bundle of
 * the operation is uninstalled again and the host is as it was.
 */
public final class BundleInstaller {

    /** Bounds for reading a zipped repository. */
    static final int MAX_ENTRIES = 10_000;
    static final long MAX_BUNDLE_BYTES = 200L * 1024 * 1024;

    /** What the signature check of one jar found. */
    public record Signature(boolean signed, String signer, Date notAfter, boolean expired) {
    }

    /** One installed bundle and its signature. */
    public record Installed(Bundle bundle, Signature signature) {
    }

    private final BundleContext context;
    private final Path store;

    public BundleInstaller(BundleContext context) {
        this.context = context;
        this.store = storeDirectory(context);
    }

    /** Where installed jars are kept: {@code <configuration area>/org.origo.cli/bundles}. */
    static Path storeDirectory(BundleContext context) {
        String area = context.getProperty("osgi.configuration.area");
        Path base;
        try {
            base = area != null ? Path.of(URI.create(area.replace(" ", "%20"))) : Path.of(System.getProperty("user.home"), ".origo");
        } catch (IllegalArgumentException e) {
            base = Path.of(System.getProperty("user.home"), ".origo");
        }
        return base.resolve("org.origo.cli").resolve("bundles");
    }

    public List<Installed> install(Path input, boolean requireSigned) throws OrigoException {
        if (!Files.exists(input)) {
            throw new OrigoException(BaseCommand.msg("install.missing", input));
        }
        List<Path> jars = new ArrayList<>();
        Path tmp = null;
        try {
            if (Files.isDirectory(input)) {
                jars.addAll(repositoryJars(input));
            } else if (isBundleJar(input)) {
                jars.add(input);
            } else if (isZip(input)) {
                tmp = Files.createTempDirectory("origo-install");
                unzipRepository(input, tmp);
                jars.addAll(repositoryJars(tmp));
            } else {
                throw new OrigoException(BaseCommand.msg("install.not.bundle", input));
            }
            if (jars.isEmpty()) {
                throw new OrigoException(BaseCommand.msg("install.empty", input));
            }
            return installJars(jars, requireSigned);
        } catch (IOException e) {
            throw new OrigoException(BaseCommand.msg("install.io", input, e.getMessage()), e);
        } finally {
            if (tmp != null) {
                deleteTree(tmp);
            }
        }
    }

    private List<Installed> installJars(List<Path> jars, boolean requireSigned) throws OrigoException, IOException {
        List<Path> copies = new ArrayList<>();
        List<Installed> done = new ArrayList<>();
        List<Signature> signatures = new ArrayList<>();
        List<Manifest> manifests = new ArrayList<>();
        for (Path jar : jars) {
            Manifest m = manifest(jar);
            String bsn = symbolicName(m);
            if (bsn == null) {
                throw new OrigoException(BaseCommand.msg("install.no.bsn", jar));
            }
            Signature sig = verify(jar);
            if (requireSigned && !sig.signed()) {
                throw new OrigoException(BaseCommand.msg("install.unsigned", jar));
            }
            if (sig.signed() && sig.expired()) {
                throw new OrigoException(BaseCommand.msg("install.expired", jar, sig.signer(), sig.notAfter()));
            }
            signatures.add(sig);
            manifests.add(m);
        }
        Files.createDirectories(store);
        try {
            for (int i = 0; i < jars.size(); i++) {
                Manifest m = manifests.get(i);
                String bsn = symbolicName(m);
                String version = m.getMainAttributes().getValue("Bundle-Version");
                if (alreadyInstalled(bsn, version)) {
                    continue;
                }
                Path copy = store.resolve(bsn + "_" + (version == null ? "0.0.0" : version) + ".jar");
                Path part = Files.createTempFile(store, ".install-", ".part");
                Files.copy(jars.get(i), part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                copies.add(copy);
                Bundle b = context.installBundle(copy.toUri().toString());
                done.add(new Installed(b, signatures.get(i)));
            }
            List<Bundle> bundles = new ArrayList<>();
            for (Installed d : done) {
                bundles.add(d.bundle());
            }
            FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
            wiring.resolveBundles(bundles);
            for (Installed d : done) {
                Bundle b = d.bundle();
                if (b.getHeaders("").get("Fragment-Host") != null) {
                    continue;
                }
                try {
                    b.start(Bundle.START_ACTIVATION_POLICY);
                } catch (BundleException e) {
                    throw new OrigoException(BaseCommand.msg("install.unresolvable", b.getSymbolicName(),
                            BundleInspector.oneLine(e.getMessage())));
                }
            }
            return done;
        } catch (OrigoException | RuntimeException | BundleException e) {
            for (Installed d : done) {
                try {
                    d.bundle().uninstall();
                } catch (BundleException | IllegalStateException ignored) {
                    // already gone
                }
            }
            for (Path c : copies) {
                Files.deleteIfExists(c);
            }
            if (e instanceof OrigoException oe) {
                throw oe;
            }
            throw new OrigoException(BaseCommand.msg("install.refused", BundleInspector.oneLine(e.getMessage())), e);
        }
    }

    private boolean alreadyInstalled(String bsn, String version) {
        for (Bundle b : context.getBundles()) {
            if (bsn.equals(b.getSymbolicName()) && b.getVersion().toString().equals(
                    org.osgi.framework.Version.parseVersion(version == null ? "0" : version).toString())) {
                return true;
            }
        }
        return false;
    }

    /** Uninstalls every bundle with this symbolic name that was installed through {@code origo install}. */
    public List<String> uninstall(String symbolicName) throws OrigoException {
        List<String> removed = new ArrayList<>();
        boolean found = false;
        for (Bundle b : context.getBundles()) {
            if (!symbolicName.equals(b.getSymbolicName())) {
                continue;
            }
            found = true;
            String location = b.getLocation();
            if (!location.startsWith(store.toUri().toString())) {
                throw new OrigoException(BaseCommand.msg("uninstall.product", symbolicName));
            }
            try {
                b.uninstall();
                removed.add(symbolicName + " " + b.getVersion());
                Files.deleteIfExists(Path.of(URI.create(location)));
            } catch (BundleException | IOException e) {
                throw new OrigoException(BaseCommand.msg("uninstall.failed", symbolicName, e.getMessage()), e);
            }
        }
        if (!found) {
            throw new OrigoException(BaseCommand.msg("uninstall.unknown", symbolicName));
        }
        context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(null);
        return removed;
    }

    static Signature verify(Path jar) throws OrigoException {
        try (JarFile jf = new JarFile(jar.toFile(), true)) {
            Enumeration<JarEntry> entries = jf.entries();
            CodeSigner[] common = null;
            boolean anyUnsigned = false;
            byte[] buffer = new byte[8192];
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                if (e.isDirectory() || e.getName().startsWith("META-INF/")) {
                    continue;
                }
                try (InputStream in = jf.getInputStream(e)) {
                    while (in.read(buffer) >= 0) {
                        // reading the entry to its end verifies its digest against the signature
                    }
                }
                CodeSigner[] signers = e.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    anyUnsigned = true;
                } else if (common == null) {
                    common = signers;
                }
            }
            if (common == null) {
                return new Signature(false, null, null, false);
            }
            if (anyUnsigned) {
                throw new OrigoException(BaseCommand.msg("install.partly.signed", jar));
            }
            Certificate c = common[0].getSignerCertPath().getCertificates().get(0);
            if (c instanceof X509Certificate x) {
                Date notAfter = x.getNotAfter();
                boolean expired = notAfter.before(new Date()) && common[0].getTimestamp() == null;
                return new Signature(true, x.getSubjectX500Principal().getName(), notAfter, expired);
            }
            return new Signature(true, c.getType(), null, false);
        } catch (SecurityException e) {
            throw new OrigoException(BaseCommand.msg("install.tampered", jar, e.getMessage()), e);
        } catch (IOException e) {
            throw new OrigoException(BaseCommand.msg("install.not.bundle", jar), e);
        }
    }

    private static Manifest manifest(Path jar) throws OrigoException {
        try (JarFile jf = new JarFile(jar.toFile(), false)) {
            Manifest m = jf.getManifest();
            if (m == null) {
                throw new OrigoException(BaseCommand.msg("install.no.bsn", jar));
            }
            return m;
        } catch (IOException e) {
            throw new OrigoException(BaseCommand.msg("install.not.bundle", jar), e);
        }
    }

    private static String symbolicName(Manifest m) {
        Attributes a = m.getMainAttributes();
        String bsn = a.getValue("Bundle-SymbolicName");
        if (bsn == null) {
            return null;
        }
        int semi = bsn.indexOf(';');
        return (semi < 0 ? bsn : bsn.substring(0, semi)).trim();
    }

    private static boolean isBundleJar(Path p) {
        try (JarFile jf = new JarFile(p.toFile(), false)) {
            Manifest m = jf.getManifest();
            return m != null && symbolicName(m) != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isZip(Path p) {
        try (ZipFile z = new ZipFile(p.toFile())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The bundle jars of a p2 repository folder ({@code plugins/*.jar}), or of a plain folder of jars. */
    private static List<Path> repositoryJars(Path dir) throws IOException {
        Path plugins = dir.resolve("plugins");
        Path from = Files.isDirectory(plugins) ? plugins : dir;
        List<Path> jars = new ArrayList<>();
        try (var s = Files.list(from)) {
            s.filter(p -> p.getFileName().toString().endsWith(".jar")).filter(BundleInstaller::isBundleJar).sorted()
                    .forEach(jars::add);
        }
        return jars;
    }

    /** Unpacks the bundle jars of a zipped repository, bounded in entries and size, refusing unsafe names. */
    private static void unzipRepository(Path zip, Path to) throws IOException, OrigoException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            if (z.size() > MAX_ENTRIES) {
                throw new OrigoException(BaseCommand.msg("install.zip.bounds", zip, MAX_ENTRIES));
            }
            Enumeration<? extends ZipEntry> entries = z.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                if (e.isDirectory() || !name.endsWith(".jar")) {
                    continue;
                }
                String file = name.substring(name.lastIndexOf('/') + 1);
                if (file.isEmpty() || file.contains("..") || file.contains("\\")) {
                    throw new OrigoException(BaseCommand.msg("install.zip.unsafe", zip, name));
                }
                Path target = to.resolve(name.contains("plugins/") ? "plugins" : ".").resolve(file).normalize();
                if (!target.startsWith(to)) {
                    throw new OrigoException(BaseCommand.msg("install.zip.unsafe", zip, name));
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = z.getInputStream(e)) {
                    long copied = copyBounded(in, target);
                    if (copied > MAX_BUNDLE_BYTES) {
                        throw new OrigoException(BaseCommand.msg("install.zip.bounds", zip, MAX_ENTRIES));
                    }
                }
            }
        }
    }

    private static long copyBounded(InputStream in, Path target) throws IOException {
        long total = 0;
        byte[] buf = new byte[65536];
        try (var out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > MAX_BUNDLE_BYTES) {
                    return total;
                }
                out.write(buf, 0, n);
            }
        }
        return total;
    }

    /** Deletes a folder and what it holds, as far as it can; what cannot be deleted is left. */
    static void deleteTree(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // temporary folder; the OS cleans it eventually
                }
            });
        } catch (IOException ignored) {
            // nothing to clean
        }
    }

    static Text describe(Installed i) {
        Signature s = i.signature();
        if (!s.signed()) {
            return BaseCommand.msg("install.done.unsigned", i.bundle().getSymbolicName(), i.bundle().getVersion());
        }
        return BaseCommand.msg("install.done.signed", i.bundle().getSymbolicName(), i.bundle().getVersion(), s.signer(),
                s.notAfter());
    }
}
