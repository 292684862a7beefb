package org.origo.inventory.engine;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.origo.api.OrigoException;
import org.origo.api.Progress;
import org.origo.inventory.api.ImportSource;
import org.origo.inventory.internal.i18n.EngineMessages;

/**
 * The files an import reads: given files, the files under given folders (sorted, hidden files and
 * symbolic links skipped) and the entries of zip archives, read with bounds on entry count, total
 * expanded size and compression ratio, and refusing entry names that point outside the archive.
 */
public final class Sources implements AutoCloseable {

    /** Most entries read from one archive. */
    public static final int MAX_ENTRIES = 20_000;
    /** Most bytes all entries of one archive may expand to. */
    public static final long MAX_TOTAL = 4L << 30;
    /** Highest expansion ratio accepted for an entry larger than {@link #RATIO_FLOOR}. */
    public static final int MAX_RATIO = 200;
    static final long RATIO_FLOOR = 1 << 20;

    /** One source plus how it was found. */
    public static final class Source implements ImportSource {
        private final String name;
        private final Path path;
        private final ZipFile zip;
        private final ZipEntry entry;
        private final String hostHint;
        private final boolean explicit;
        private Progress progress = Progress.NONE;

        Source(String name, Path path, ZipFile zip, ZipEntry entry, String hostHint, boolean explicit) {
            this.name = name;
            this.path = path;
            this.zip = zip;
            this.entry = entry;
            this.hostHint = hostHint;
            this.explicit = explicit;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Path path() {
            return path;
        }

        @Override
        public long size() {
            if (entry != null) {
                return entry.getSize();
            }
            try {
                return Files.size(path);
            } catch (IOException e) {
                return -1;
            }
        }

        @Override
        public byte[] head(int max) throws IOException {
            try (InputStream in = raw()) {
                return in.readNBytes(max);
            }
        }

        @Override
        public InputStream open() throws IOException {
            return new Counting(raw(), progress);
        }

        private InputStream raw() throws IOException {
            if (entry == null) {
                return Files.newInputStream(path);
            }
            return new Bounded(zip.getInputStream(entry), entry);
        }

        @Override
        public String hostHint() {
            return hostHint;
        }

        /** Whether the user named this file (rather than it being found in a folder or archive). */
        public boolean explicit() {
            return explicit;
        }

        void progress(Progress p) {
            this.progress = p;
        }
    }

    private final List<Source> sources = new ArrayList<>();
    private final List<ZipFile> zips = new ArrayList<>();
    /** Files skipped while collecting (hidden, unreadable), for the report. */
    private final List<String> skipped = new ArrayList<>();

    private Sources() {
    }

    /** One file as a source, named by its path (for tools and tests that sniff or read a single file). */
    public static Source file(Path p) {
        return new Source(p.toString(), p, null, null, baseName(p.getFileName().toString()), true);
    }

    /** Collects the sources of the inputs; fails on a missing input or a refused archive. */
    public static Sources collect(List<Path> inputs, List<String> displayNames) throws OrigoException {
        Sources s = new Sources();
        try {
            for (int i = 0; i < inputs.size(); i++) {
                Path p = inputs.get(i);
                String shown = displayNames != null && i < displayNames.size() ? displayNames.get(i) : p.toString();
                if (!Files.exists(p)) {
                    throw new OrigoException(EngineMessages.get("input.missing"), shown, -1, null, null);
                }
                if (Files.isDirectory(p)) {
                    s.directory(p, shown);
                } else if (isZip(p)) {
                    s.zip(p, shown);
                } else {
                    s.sources.add(new Source(shown, p, null, null, baseName(p.getFileName().toString()), true));
                }
            }
        } catch (OrigoException | RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    private void directory(Path dir, String shown) throws OrigoException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !hidden(dir, f)).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new OrigoException(EngineMessages.get("source.unreadable", e.getMessage()), shown, -1, null, e);
        }
        for (Path f : files) {
            Path rel = dir.relativize(f);
            String name = shown.endsWith("/") ? shown + rel : shown + "/" + rel;
            if (isZip(f)) {
                zip(f, name);
                continue;
            }
            String hint = rel.getNameCount() > 1 ? rel.getParent().getFileName().toString()
                    : baseName(f.getFileName().toString());
            sources.add(new Source(name, f, null, null, hint, false));
        }
    }

    private static boolean hidden(Path root, Path f) {
        for (Path part : root.relativize(f)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return Files.isSymbolicLink(f);
    }

    private void zip(Path file, String shown) throws OrigoException {
        ZipFile z;
        try {
            z = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new OrigoException(EngineMessages.get("zip.invalid", e.getMessage()), shown, -1, null, e);
        } catch (IOException e) {
            throw new OrigoException(EngineMessages.get("source.unreadable", e.getMessage()), shown, -1, null, e);
        }
        zips.add(z);
        if (z.size() > MAX_ENTRIES) {
            throw new OrigoException(EngineMessages.get("zip.entries", MAX_ENTRIES), shown, -1, null, null);
        }
        List<ZipEntry> entries = new ArrayList<>();
        long total = 0;
        Enumeration<? extends ZipEntry> en = z.entries();
        while (en.hasMoreElements()) {
            ZipEntry e = en.nextElement();
            if (e.isDirectory()) {
                continue;
            }
            String n = e.getName();
            if (traversal(n)) {
                throw new OrigoException(EngineMessages.get("zip.traversal", n), shown, -1, n, null);
            }
            long size = e.getSize();
            long csize = e.getCompressedSize();
            if (size > RATIO_FLOOR && csize > 0 && size / csize > MAX_RATIO) {
                throw new OrigoException(EngineMessages.get("zip.ratio", n, size / csize, MAX_RATIO), shown, -1, n, null);
            }
            total += Math.max(size, 0);
            if (total > MAX_TOTAL) {
                throw new OrigoException(EngineMessages.get("zip.total", MAX_TOTAL >> 20), shown, -1, null, null);
            }
            if (hiddenName(n)) {
                continue;
            }
            entries.add(e);
        }
        entries.sort((a, b) -> a.getName().compareTo(b.getName()));
        for (ZipEntry e : entries) {
            String n = e.getName();
            String[] parts = n.split("/");
            String hint = parts.length > 1 ? parts[parts.length - 2] : baseName(parts[parts.length - 1]);
            sources.add(new Source(shown + "!/" + n, null, z, e, hint, false));
        }
    }

    private static boolean hiddenName(String entry) {
        for (String part : entry.split("/")) {
            if (part.startsWith(".") || part.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }

    /** Absolute names, drive letters, backslashes and ".." segments are refused. */
    static boolean traversal(String name) {
        if (name.startsWith("/") || name.startsWith("\\") || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0
                || (name.length() > 1 && name.charAt(1) == ':')) {
            return true;
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    static boolean isZip(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!n.endsWith(".zip")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(p)) {
            byte[] h = in.readNBytes(4);
            return h.length == 4 && h[0] == 'P' && h[1] == 'K';
        } catch (IOException e) {
            return false;
        }
    }

    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    public List<Source> sources() {
        return sources;
    }

    public List<String> skipped() {
        return skipped;
    }

    /** Total size in bytes of all sources (for progress), unknown sizes counted as 0. */
    public long totalBytes() {
        long t = 0;
        for (Source s : sources) {
            t += Math.max(0, s.size());
        }
        return t;
    }

    @Override
    public void close() {
        for (ZipFile z : zips) {
            try {
                z.close();
            } catch (IOException e) {
                // read-only; nothing to lose
            }
        }
        zips.clear();
    }

    /** Stops reading an entry that expands beyond its declared size. */
    static final class Bounded extends FilterInputStream {
        private final long limit;
        private final String name;
        private long count;

        Bounded(InputStream in, ZipEntry e) {
            super(in);
            long declared = e.getSize();
            long byRatio = e.getCompressedSize() > 0 ? Math.max(RATIO_FLOOR, e.getCompressedSize() * MAX_RATIO) : MAX_TOTAL;
            this.limit = declared >= 0 ? Math.min(declared, byRatio) : byRatio;
            this.name = e.getName();
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++count > limit) {
                throw new IOException(EngineMessages.get("zip.oversize", name).en());
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
                if (count > limit) {
                    throw new IOException(EngineMessages.get("zip.oversize", name).en());
                }
            }
            return n;
        }
    }

    /** Reports bytes read as progress and stops when the user cancels. */
    static final class Counting extends FilterInputStream {
        private final Progress progress;
        private long pending;

        Counting(InputStream in, Progress progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                step(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                step(n);
            }
            return n;
        }

        private void step(int n) {
            pending += n;
            if (pending >= 1 << 16) {
                progress.worked(pending);
                pending = 0;
                progress.checkCancelled();
            }
        }

        @Override
        public void close() throws IOException {
            if (pending > 0) {
                progress.worked(pending);
                pending = 0;
            }
            super.close();
        }
    }
}
