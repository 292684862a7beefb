package org.origo.report.tables;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.origo.api.OrigoException;
import org.origo.report.csv.internal.i18n.ReportMessages;

/** Writes a file through a temporary file in the same folder, forced to disk, then renamed over the target. */
public final class AtomicFiles {

    /** Writes the body of a file. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * A new empty file beside the target. Created without explicit permissions, so it gets the
     * user's umask like any file a program writes (a report is read by the user's group, not
     * only by its owner; {@code createTempFile} would make it 0600).
     */
    private static Path temporary(Path dir, Path target) throws IOException {
        java.security.SecureRandom random = new java.security.SecureRandom();
        for (int attempt = 0;; attempt++) {
            Path tmp = dir.resolve("." + target.getFileName() + "-" + Long.toUnsignedString(random.nextLong(), 36) + ".tmp");
            try {
                FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 16) {
                    throw e;
                }
            }
        }
    }

    public static Path write(Path target, Body body) throws OrigoException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = temporary(dir, target);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16)) {
                // a body may close what it wraps (a zip stream does): the file stays open until forced
                body.write(new java.io.FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        out.flush();
                    }
                });
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            return target;
        } catch (IOException | RuntimeException e) {
            throw new OrigoException(ReportMessages.get("error.write", target, String.valueOf(e.getMessage())), target.toString(), -1,
                    null, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort; the target is untouched either way
                }
            }
        }
    }
}
