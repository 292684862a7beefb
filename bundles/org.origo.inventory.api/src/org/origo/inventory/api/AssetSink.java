package org.origo.inventory.api;

import org.origo.model.Asset;
import org.origo.model.SoftwareTitle;

/**
 * Where an importer delivers what it reads. Supplied by the import engine, which normalizes
 * vendors, shares software titles, groups per-host files and merges identities.
 */
@org.osgi.annotation.versioning.ProviderType
public interface AssetSink {

    /**
     * The shared software title for this name, publisher and version (created on first use).
     * Never create {@link SoftwareTitle}s directly: a million assets with the same title must share one.
     */
    SoftwareTitle title(String name, String publisher, String version);

    /**
     * Hands over one asset built with {@code OrigoFactory}. {@code record} is the 1-based line or
     * record number it started at (for the merge log and messages). The sink owns the asset afterwards.
     */
    void accept(Asset asset, long record);
}
