package org.origo.ui.internal.services;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.origo.api.OrigoException;
import org.origo.ui.internal.i18n.UiMessages;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Installs plug-ins from a bundle jar or from a p2 repository (a folder or zip with
 * {@code plugins/*.jar}) into the running framework and uninstalls them. The framework keeps them in
 * its configuration area, so they are still there at the next start. An install is all or nothing:
 * a jar without a bundle manifest, or one the framework refuses, leaves nothing installed.
 */
public final class BundleInstaller {

    private static final int MAX_ENTRIES = 10_000;

    private final BundleContext context;

    public BundleInstaller(BundleContext context) {
        this.context = context;
    }

    /** Installs and starts every bundle the file or folder holds; returns them. */
    public List<Bundle> install(Path source) throws OrigoException {
        List<Candidate> candidates = collect(source);
        if (candidates.isEmpty()) {
            throw new OrigoException(UiMessages.text("install.nothing", source));
        }
        List<Bundle> installed = new ArrayList<>();
        try {
            for (Candidate c : candidates) {
                try (InputStream in = c.open()) {
                    installed.add(context.installBundle(c.location(), in));
                } catch (BundleException | IOException e) {
                    throw new OrigoException(UiMessages.text("install.refused", c.name(), String.valueOf(e.getMessage())),
                            c.name(), -1, null, e);
                }
            }
            for (Bundle b : installed) {
                if (b.getHeaders("").get(Constants.FRAGMENT_HOST) == null) {
                    try {
                        b.start(Bundle.START_ACTIVATION_POLICY);
                    } catch (BundleException e) {
                        throw new OrigoException(UiMessages.text("install.start.failed", b.getSymbolicName(),
                                String.valueOf(e.getMessage())), e);
                    }
                }
            }
        } catch (OrigoException e) {
            for (Bundle b : installed) {
                try {
                    b.uninstall();
                } catch (BundleException | IllegalStateException ignored) {
                    // already gone
                }
            }
            refresh(installed);
            throw e;
        }
        return installed;
    }

    /** Uninstalls the bundle with this symbolic name; the workbench's own bundles are refused. */
    public void uninstall(String symbolicName) throws OrigoException {
        List<Bundle> matches = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                matches.add(b);
            }
        }
        if (matches.isEmpty()) {
            throw new OrigoException(UiMessages.text("uninstall.unknown", symbolicName));
        }
        for (Bundle b : matches) {
            if (isProtected(b)) {
                throw new OrigoException(UiMessages.text("uninstall.protected", symbolicName));
            }
        }
        for (Bundle b : matches) {
            try {
                b.uninstall();
            } catch (BundleException e) {
                throw new OrigoException(UiMessages.text("uninstall.failed", symbolicName, String.valueOf(e.getMessage())), e);
            }
        }
        refresh(matches);
    }

    /** The framework, this bundle and every bundle it is wired to cannot be uninstalled from here. */
    public boolean isProtected(Bundle b) {
        if (b.getBundleId() == 0) {
            return true;
        }
        Bundle self = FrameworkUtil.getBundle(BundleInstaller.class);
        if (self == null) {
            return false;
        }
        if (b.equals(self)) {
            return true;
        }
        BundleWiring w = self.adapt(BundleWiring.class);
        if (w != null) {
            for (BundleWire wire : w.getRequiredWires(null)) {
                if (wire.getProvider().getBundle().equals(b)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void refresh(List<Bundle> bundles) {
        FrameworkWiring fw = context.getBundle(0).adapt(FrameworkWiring.class);
        if (fw != null) {
            fw.refreshBundles(bundles);
        }
    }

    private record Candidate(String name, String location, Path file, ZipFile zip, ZipEntry entry) {
        InputStream open() throws IOException {
            if (file != null) {
                return Files.newInputStream(file);
            }
            return zip.getInputStream(entry);
        }
    }

    private List<Candidate> collect(Path source) throws OrigoException {
        List<Candidate> out = new ArrayList<>();
        String name = source.getFileName() == null ? source.toString() : source.getFileName().toString();
        try {
            if (Files.isDirectory(source)) {
                Path plugins = source.resolve("plugins");
                Path dir = Files.isDirectory(plugins) ? plugins : source;
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path p : s.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                        checkJar(p);
                        out.add(new Candidate(p.toString(), p.toUri().toString(), p, null, null));
                    }
                }
            } else if (name.endsWith(".jar")) {
                checkJar(source);
                out.add(new Candidate(source.toString(), source.toUri().toString(), source, null, null));
            } else if (name.endsWith(".zip")) {
                collectZip(source, out);
            } else {
                throw new OrigoException(UiMessages.text("install.unsupported", source), source.toString(), -1, null, null);
            }
        } catch (IOException e) {
            throw new OrigoException(UiMessages.text("install.unreadable", source, String.valueOf(e.getMessage())),
                    source.toString(), -1, null, e);
        }
        return out;
    }

    private static void checkJar(Path jar) throws OrigoException {
        try (JarFile j = new JarFile(jar.toFile())) {
            Manifest m = j.getManifest();
            if (m == null || m.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME) == null) {
                throw new OrigoException(UiMessages.text("install.not.bundle", jar), jar.toString(), -1, "META-INF/MANIFEST.MF",
                        null);
            }
        } catch (IOException e) {
            throw new OrigoException(UiMessages.text("install.unreadable", jar, String.valueOf(e.getMessage())),
                    jar.toString(), -1, null, e);
        }
    }

    private static void collectZip(Path source, List<Candidate> out) throws IOException, OrigoException {
        ZipFile zip = new ZipFile(source.toFile());
        Enumeration<? extends ZipEntry> en = zip.entries();
        int count = 0;
        while (en.hasMoreElements()) {
            ZipEntry e = en.nextElement();
            if (++count > MAX_ENTRIES) {
                throw new OrigoException(UiMessages.text("install.zip.too.many", source, MAX_ENTRIES), source.toString(), -1,
                        null, null);
            }
            String n = e.getName();
            if (e.isDirectory() || !n.endsWith(".jar") || n.contains("..")) {
                continue;
            }
            if (!(n.startsWith("plugins/") && n.indexOf('/', "plugins/".length()) < 0)) {
                continue;
            }
            try (ZipInputStream in = new ZipInputStream(zip.getInputStream(e))) {
                boolean bundle = false;
                for (ZipEntry inner = in.getNextEntry(); inner != null; inner = in.getNextEntry()) {
                    if ("META-INF/MANIFEST.MF".equals(inner.getName())) {
                        Manifest m = new Manifest(in);
                        bundle = m.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME) != null;
                        break;
                    }
                }
                if (!bundle) {
                    throw new OrigoException(UiMessages.text("install.not.bundle", source + "!/" + n), source + "!/" + n, -1,
                            "META-INF/MANIFEST.MF", null);
                }
            }
            out.add(new Candidate(source + "!/" + n, source.toUri() + "!/" + n, null, zip, e));
        }
    }
}
