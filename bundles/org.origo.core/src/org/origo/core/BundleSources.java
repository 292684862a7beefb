package org.origo.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.origo.api.OrigoException;
import org.origo.core.internal.CoreMessages;

/**
 * The plug-in bundles a user names, read without installing anything: a bundle jar, a bundle
 * folder (with {@code META-INF/MANIFEST.MF}), a p2 repository folder ({@code plugins/*.jar}), a
 * folder of jars, or a zipped p2 repository. The jars of a zip are unpacked, bounded in entries and
 * size and refusing unsafe names, into a temporary folder that {@link #close()} removes. Used by
 * the installer and by the commands that validate a vendor's delivery before it is installed.
 */
public final class BundleSources implements AutoCloseable {

    /** At most this many entries in a zipped repository. */
    public static final int MAX_ENTRIES = 10_000;
    /** At most this many bytes per bundle jar of a zipped repository. */
    public static final long MAX_BUNDLE_BYTES = 200L * 1024 * 1024;

    private final Map<Path, String> bundles;
    private final Path temporary;

    private BundleSources(Map<Path, String> bundles, Path temporary) {
        this.bundles = bundles;
        this.temporary = temporary;
    }

    /** The bundle jars and bundle folders, in name order. */
    public List<Path> bundles() {
        return new ArrayList<>(bundles.keySet());
    }

    /** Where a bundle came from, as the user should read it ({@code repository.zip!/plugins/x.jar}). */
    public String where(Path bundle) {
        return bundles.getOrDefault(bundle, bundle.toString());
    }

    /**
     * Opens what the user named.
     *
     * @throws OrigoException naming the input when it is missing, is neither a bundle nor a repository,
     *                        holds no bundle, or is a zip beyond the bounds or with an unsafe entry name
     */
    public static BundleSources open(Path input) throws OrigoException {
        if (!Files.exists(input)) {
            throw new OrigoException(CoreMessages.get("bundles.source.missing", input), input.toString(), -1, null, null);
        }
        Map<Path, String> found = new LinkedHashMap<>();
        Path tmp = null;
        try {
            if (Files.isDirectory(input)) {
                if (Files.isRegularFile(input.resolve("META-INF/MANIFEST.MF"))) {
                    found.put(input, input.toString());
                } else {
                    Path plugins = input.resolve("plugins");
                    for (Path jar : jars(Files.isDirectory(plugins) ? plugins : input)) {
                        found.put(jar, jar.toString());
                    }
                }
            } else if (isBundleJar(input)) {
                found.put(input, input.toString());
            } else if (isZip(input) && input.getFileName().toString().endsWith(".jar")) {
                throw new OrigoException(CoreMessages.get("bundles.source.no.bsn", input), input.toString(), -1,
                        "META-INF/MANIFEST.MF", null);
            } else if (isZip(input)) {
                tmp = Files.createTempDirectory("origo-bundles");
                unzip(input, tmp, found);
            } else {
                throw new OrigoException(CoreMessages.get("bundles.source.unknown", input), input.toString(), -1, null, null);
            }
            if (found.isEmpty()) {
                throw new OrigoException(CoreMessages.get("bundles.source.empty", input), input.toString(), -1, null, null);
            }
            BundleSources s = new BundleSources(found, tmp);
            tmp = null;
            return s;
        } catch (IOException e) {
            throw new OrigoException(CoreMessages.get("bundles.source.unreadable", input, e.getMessage()), input.toString(), -1,
                    null, e);
        } finally {
            if (tmp != null) {
                deleteTree(tmp);
            }
        }
    }

    @Override
    public void close() {
        if (temporary != null) {
            deleteTree(temporary);
        }
    }

    /** Whether the file is a jar whose manifest names a bundle. */
    public static boolean isBundleJar(Path p) {
        if (!Files.isRegularFile(p)) {
            return false;
        }
        try (JarFile jf = new JarFile(p.toFile(), false)) {
            Manifest m = jf.getManifest();
            return m != null && m.getMainAttributes().getValue("Bundle-SymbolicName") != null;
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

    private static List<Path> jars(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jar")).filter(BundleSources::isBundleJar).sorted().toList();
        }
    }

    private static void unzip(Path zip, Path to, Map<Path, String> found) throws IOException, OrigoException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            if (z.size() > MAX_ENTRIES) {
                throw new OrigoException(CoreMessages.get("bundles.source.bounds", zip, MAX_ENTRIES), zip.toString(), -1, null, null);
            }
            List<String> names = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements();) {
                ZipEntry e = en.nextElement();
                if (!e.isDirectory() && e.getName().endsWith(".jar")) {
                    names.add(e.getName());
                }
            }
            boolean repository = names.stream().anyMatch(n -> n.startsWith("plugins/") || n.contains("/plugins/"));
            for (String name : names.stream().sorted().toList()) {
                if (repository && !(name.startsWith("plugins/") || name.contains("/plugins/"))) {
                    continue;
                }
                String file = name.substring(name.lastIndexOf('/') + 1);
                Path target = to.resolve(file).normalize();
                if (file.isEmpty() || file.contains("..") || file.contains("\\") || !target.startsWith(to)) {
                    throw new OrigoException(CoreMessages.get("bundles.source.unsafe", zip, name), zip.toString(), -1, name, null);
                }
                try (InputStream in = z.getInputStream(z.getEntry(name)); OutputStream out = Files.newOutputStream(target)) {
                    if (in.transferTo(new Bounded(out)) > MAX_BUNDLE_BYTES) {
                        throw new OrigoException(CoreMessages.get("bundles.source.bounds", zip, MAX_ENTRIES), zip.toString(), -1, name,
                                null);
                    }
                } catch (Bounded.Exceeded x) {
                    throw new OrigoException(CoreMessages.get("bundles.source.bounds", zip, MAX_ENTRIES), zip.toString(), -1, name, null);
                }
                if (isBundleJar(target)) {
                    found.put(target, zip + "!/" + name);
                }
            }
        }
    }

    /** Stops writing past {@link BundleSources#MAX_BUNDLE_BYTES}. */
    private static final class Bounded extends OutputStream {
        static final class Exceeded extends IOException {
            private static final long serialVersionUID = 1L;
        }

        private final OutputStream out;
        private long written;

        Bounded(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            written += len;
            if (written > MAX_BUNDLE_BYTES) {
                throw new Exceeded();
            }
            out.write(b, off, len);
        }
    }

    /** Deletes a folder and what it holds, as far as it can; what cannot be deleted is left. */
    public static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a temporary folder; the system cleans it eventually
                }
            });
        } catch (IOException ignored) {
            // nothing to clean
        }
    }
}
