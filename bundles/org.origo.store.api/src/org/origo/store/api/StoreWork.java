package org.origo.store.api;

import org.origo.api.OrigoException;

/** The work of one write transaction. */
@FunctionalInterface
@org.osgi.annotation.versioning.ConsumerType
public interface StoreWork<T> {

    T run(StoreTransaction tx) throws OrigoException;
}
