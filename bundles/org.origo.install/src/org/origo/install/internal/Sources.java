package org.origo.install.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.origo.api.OrigoException;
import org.origo.install.internal.i18n.InstallMessages;

/**
 * The bundle jars of what the user names: a bundle jar, a p2 repository folder ({@code plugins/*.jar}),
 * a plain folder of jars, or a zipped repository (unpacked, bounded in entries and size, into a
 * temporary folder that {@link #close()} removes).
 */
public final class Sources implements AutoCloseable {

    static final int MAX_ENTRIES = 10_000;
    static final long MAX_BUNDLE_BYTES = 200L * 1024 * 1024;

    private final List<Path> jars;
    private final Path temporary;

    private Sources(List<Path> jars, Path temporary) {
        this.jars = jars;
        this.temporary = temporary;
    }

    public List<Path> jars() {
        return jars;
    }

    /** Opens the source; throws with its name when it is missing, not a bundle or repository, or empty. */
    public static Sources open(Path input) throws OrigoException {
        if (!Files.exists(input)) {
            throw new OrigoException(InstallMessages.get("install.missing", input), input.toString(), -1, null, null);
        }
        Path tmp = null;
        try {
            List<Path> jars = new ArrayList<>();
            if (Files.isDirectory(input)) {
                jars.addAll(repositoryJars(input));
            } else if (isBundleJar(input)) {
                jars.add(input);
            } else if (isZip(input) && input.getFileName().toString().endsWith(".jar")) {
                throw new OrigoException(InstallMessages.get("install.no.bsn", input), input.toString(), -1, "META-INF/MANIFEST.MF",
                        null);
            } else if (isZip(input)) {
                tmp = Files.createTempDirectory("origo-install");
                unzip(input, tmp);
                jars.addAll(repositoryJars(tmp));
            } else {
                throw new OrigoException(InstallMessages.get("install.not.bundle", input), input.toString(), -1, null, null);
            }
            if (jars.isEmpty()) {
                throw new OrigoException(InstallMessages.get("install.empty", input), input.toString(), -1, null, null);
            }
            Sources s = new Sources(jars, tmp);
            tmp = null;
            return s;
        } catch (IOException e) {
            throw new OrigoException(InstallMessages.get("install.io", input, e.getMessage()), input.toString(), -1, null, e);
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

    static boolean isBundleJar(Path p) {
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

    private static List<Path> repositoryJars(Path dir) throws IOException {
        Path plugins = dir.resolve("plugins");
        Path from = Files.isDirectory(plugins) ? plugins : dir;
        try (Stream<Path> s = Files.list(from)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jar")).filter(Sources::isBundleJar).sorted().toList();
        }
    }

    private static void unzip(Path zip, Path to) throws IOException, OrigoException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            if (z.size() > MAX_ENTRIES) {
                throw new OrigoException(InstallMessages.get("install.zip.bounds", zip, MAX_ENTRIES), zip.toString(), -1, null, null);
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
                    throw new OrigoException(InstallMessages.get("install.zip.unsafe", zip, name), zip.toString(), -1, name, null);
                }
                Path target = to.resolve(name.contains("plugins/") ? "plugins" : ".").resolve(file).normalize();
                if (!target.startsWith(to)) {
                    throw new OrigoException(InstallMessages.get("install.zip.unsafe", zip, name), zip.toString(), -1, name, null);
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = z.getInputStream(e); var out = Files.newOutputStream(target)) {
                    long total = 0;
                    byte[] buf = new byte[65536];
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        total += n;
                        if (total > MAX_BUNDLE_BYTES) {
                            throw new OrigoException(InstallMessages.get("install.zip.bounds", zip, MAX_ENTRIES), zip.toString(), -1,
                                    name, null);
                        }
                        out.write(buf, 0, n);
                    }
                }
            }
        }
    }

    /** Deletes a folder and what it holds, as far as it can. */
    public static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
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
}
