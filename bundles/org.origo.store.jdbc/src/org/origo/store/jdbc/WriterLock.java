package org.origo.store.jdbc;

import java.util.Optional;

import org.origo.api.OrigoException;
import org.origo.store.api.Writer;

/**
 * Serializes the writers of one project across processes. Held for the length of one write
 * transaction; released by the engine when the process dies (a file lock, a database session).
 */
public interface WriterLock {

    /** Takes the lock if it is free now, recording the writer for others to see. */
    boolean tryAcquire(Writer me) throws OrigoException;

    /** Gives the lock up. */
    void release() throws OrigoException;

    /** The writer recorded by the holder, when one is known. */
    Optional<Writer> holder() throws OrigoException;
}
