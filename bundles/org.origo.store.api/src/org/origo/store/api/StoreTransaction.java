package org.origo.store.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.origo.api.OrigoException;
import org.origo.model.Asset;
import org.origo.model.InventorySnapshot;
import org.origo.model.Project;
import org.origo.model.Verdict;

/**
 * The changes one write transaction can make. Reads inside see the transaction's own changes.
 * Valid only while {@link ProjectStore#write} runs.
 */
@org.osgi.annotation.versioning.ProviderType
public interface StoreTransaction {

    /** Replaces everything the store holds with the project (its audit log is not stored: the store keeps its own). */
    void saveProject(Project project) throws OrigoException;

    /** Sets (or with null removes) a project setting. */
    void setSetting(String key, String value) throws OrigoException;

    /** Adds a snapshot header (its assets are added with {@link #appendAssets}); its problems and merge log are stored with it. */
    void addSnapshot(InventorySnapshot snapshot) throws OrigoException;

    /** Appends assets to a snapshot, after the ones it holds, in one batch. */
    void appendAssets(String snapshotId, Collection<Asset> assets) throws OrigoException;

    /**
     * Replaces one asset of a snapshot (matched by id) with its components, software, verdicts and
     * properties, or adds it when the snapshot has none with that id. Matches and plan items
     * referring to it keep referring to it.
     */
    void putAsset(String snapshotId, Asset asset) throws OrigoException;

    /** Replaces the verdicts of one asset; false when the snapshot has no such asset. */
    boolean putVerdicts(String snapshotId, String assetId, List<Verdict> verdicts) throws OrigoException;

    /** One asset as this transaction sees it. */
    Optional<Asset> asset(String snapshotId, String assetId) throws OrigoException;

    /** A project setting as this transaction sees it. */
    String setting(String key) throws OrigoException;
}
