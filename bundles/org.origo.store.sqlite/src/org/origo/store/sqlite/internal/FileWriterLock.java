package org.origo.store.sqlite.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.origo.api.OrigoException;
import org.origo.store.api.Writer;
import org.origo.store.jdbc.StoreMessages;
import org.origo.store.jdbc.WriterLock;
import org.origo.store.jdbc.WriterRecord;

/**
 * The writer lock of a SQLite project: an operating-system lock on {@code <file>.lock} (released
 * by the system when the process dies, so a killed writer never blocks the project), plus a lock
 * per file inside this process, since one process cannot hold two file locks on one file. The
 * holder publishes who it is in {@code <file>.writer}, a separate file, because closing any
 * handle of the locked file would drop the process's lock on it.
 */
final class FileWriterLock implements WriterLock {

    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path lockFile;
    private final Path infoFile;
    private final ReentrantLock local;
    private FileChannel channel;
    private FileLock lock;

    FileWriterLock(Path database) {
        this.lockFile = database.resolveSibling(database.getFileName() + ".lock");
        this.infoFile = database.resolveSibling(database.getFileName() + ".writer");
        this.local = IN_PROCESS.computeIfAbsent(lockFile, k -> new ReentrantLock());
    }

    @Override
    public boolean tryAcquire(Writer me) throws OrigoException {
        if (!local.tryLock()) {
            return false;
        }
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = channel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            closeChannel();
            local.unlock();
            throw new OrigoException(StoreMessages.get("writer.lockfile", lockFile, e.getMessage()), e);
        }
        if (lock == null) {
            closeChannel();
            local.unlock();
            return false;
        }
        publish(me);
        return true;
    }

    private void publish(Writer me) {
        try {
            Path tmp = infoFile.resolveSibling(infoFile.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            Files.writeString(tmp, WriterRecord.format(me), StandardCharsets.UTF_8);
            Files.move(tmp, infoFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // who holds the lock is a courtesy to waiting users; the lock itself is held
        }
    }

    @Override
    public void release() {
        if (lock == null) {
            return;
        }
        try {
            Files.deleteIfExists(infoFile);
        } catch (IOException e) {
            // a stale record is overwritten by the next writer
        }
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it as well
        }
        lock = null;
        closeChannel();
        local.unlock();
    }

    private void closeChannel() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing held any more
            }
            channel = null;
        }
    }

    @Override
    public Optional<Writer> holder() {
        try {
            return WriterRecord.parse(Files.readString(infoFile, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

}
