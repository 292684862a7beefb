package org.origo.generator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.LongConsumer;

import org.origo.generator.internal.CsvSink;
import org.origo.generator.internal.Estate;
import org.origo.generator.internal.HostFiles;
import org.origo.generator.internal.Ledger;
import org.origo.generator.internal.XlsxSink;

/**
 * Generates the estate of a Chinese city administration, deterministically for a seed, in constant
 * memory whatever its size. Output is written atomically: a temporary file (or folder) beside the
 * target, renamed into place when complete, so a failed or interrupted run leaves nothing half
 * written.
 *
 * <pre>
 * GenerationResult r = new EstateGenerator(GeneratorSettings.of(100_000, 42)).write(Path.of("estate.csv"), false, null);
 * </pre>
 */
public final class EstateGenerator {

    /** The ledger's file name inside an output folder. */
    public static final String LEDGER = "ledger";

    /** The folder of per-host files inside an output folder. */
    public static final String HOSTS = "hosts";

    private final GeneratorSettings settings;
    private final Estate estate;

    public EstateGenerator(GeneratorSettings settings) {
        this.settings = settings;
        this.estate = new Estate(settings);
    }

    public GeneratorSettings settings() {
        return settings;
    }

    /** The generator of the embedded demo administration ({@link GeneratorSettings#demo()}). */
    public static EstateGenerator demo() {
        return new EstateGenerator(GeneratorSettings.demo());
    }

    /** Asset number {@code index} (0-based, below {@link GeneratorSettings#assets()}). */
    public GeneratedAsset asset(long index) {
        if (index < 0 || index >= settings.assets()) {
            throw new IndexOutOfBoundsException("asset " + index + " of " + settings.assets());
        }
        return estate.machine(index).asset();
    }

    /** Number of sites (位置) of the administration. */
    public int sites() {
        return estate.siteCount();
    }

    /** Rows the ledger will have below its header, noise included. */
    public long ledgerRows() {
        return estate.rowCount();
    }

    /**
     * Writes the estate.
     *
     * @param out      the ledger file, or the folder when {@link GeneratorSettings#hostDirectories()}
     * @param replace  whether an existing file or folder at {@code out} may be replaced
     * @param progress receives the number of assets done since the last call (may be null)
     * @throws FileAlreadyExistsException when {@code out} exists and {@code replace} is false
     * @throws IOException                when writing fails; nothing is left at {@code out} then
     */
    public GenerationResult write(Path out, boolean replace, LongConsumer progress) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target) && !replace) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        if (settings.hostDirectories()) {
            return writeFolder(target, parent, progress);
        }
        Path tmp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
        Thread cleanup = cleanupOnExit(tmp);
        try {
            readable(tmp, "rw-r--r--");
            long rows = writeLedger(tmp, null, progress);
            long bytes = Files.size(tmp);
            move(tmp, target);
            return new GenerationResult(target, settings.assets(), rows, 0, bytes);
        } finally {
            Files.deleteIfExists(tmp);
            release(cleanup);
        }
    }

    private GenerationResult writeFolder(Path target, Path parent, LongConsumer progress) throws IOException {
        Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
        Thread cleanup = cleanupOnExit(tmp);
        try {
            readable(tmp, "rwxr-xr-x");
            Path ledger = tmp.resolve(LEDGER + "." + settings.format().extension());
            Path hostsDir = Files.createDirectory(tmp.resolve(HOSTS));
            HostFiles hosts = new HostFiles(hostsDir);
            long rows = writeLedger(ledger, hosts, progress);
            long bytes = Files.size(ledger) + hosts.bytes();
            if (Files.exists(target)) {
                Path old = Files.createTempDirectory(parent, "." + target.getFileName() + ".old.");
                Files.delete(old);
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(old);
            } else {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return new GenerationResult(target, settings.assets(), rows, hosts.files(), bytes);
        } finally {
            if (Files.exists(tmp)) {
                deleteTree(tmp);
            }
            release(cleanup);
        }
    }

    private long writeLedger(Path file, HostFiles hosts, LongConsumer progress) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
                OutputStream os = new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(ch), 1 << 16)) {
            long rows;
            Ledger.MachineListener listener = hosts == null ? null : hosts::write;
            if (settings.format() == OutputFormat.XLSX) {
                XlsxSink sink = new XlsxSink(os, estate.rowCount());
                rows = Ledger.write(estate, sink, listener, progress);
                sink.finish();
            } else {
                CsvSink sink = new CsvSink(os);
                rows = Ledger.write(estate, sink, listener, progress);
                sink.finish();
            }
            os.flush();
            ch.force(true);
            return rows;
        }
    }

    /** Removes the temporary output when the process is stopped (Ctrl+C, kill) in the middle of a run. */
    private static Thread cleanupOnExit(Path tmp) {
        Thread t = new Thread(() -> {
            try {
                if (Files.isDirectory(tmp)) {
                    deleteTree(tmp);
                } else {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException e) {
                // best effort while the process ends
            }
        }, "origo-generator-cleanup");
        try {
            Runtime.getRuntime().addShutdownHook(t);
        } catch (IllegalStateException e) {
            // already shutting down
        }
        return t;
    }

    private static void release(Thread cleanup) {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // shutting down: the hook runs and finds nothing
        }
    }

    /** Temporary files are private; the finished output gets the usual permissions. */
    private static void readable(Path p, String permissions) throws IOException {
        if (p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString(permissions));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
