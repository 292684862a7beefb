package org.origo.store.api;

import java.util.List;

import org.origo.api.OrigoException;
import org.origo.model.Asset;

/** Receives the assets of a snapshot batch by batch, in import order. */
@FunctionalInterface
@org.osgi.annotation.versioning.ConsumerType
public interface AssetBatches {

    /** One batch; return false to stop. */
    boolean accept(List<Asset> batch) throws OrigoException;
}
