package org.origo.store.api;

import java.util.List;
import java.util.Optional;

import org.origo.api.OrigoException;
import org.origo.model.Asset;
import org.origo.model.Project;

/**
 * One project in a transactional database. Reads see the last committed state; every change runs
 * in {@link #write}, one transaction at a time per project across processes, and lands together
 * with its audit entry or not at all. Model objects returned are detached copies: changing them
 * changes nothing until they are written back.
 */
@org.osgi.annotation.versioning.ProviderType
public interface ProjectStore extends AutoCloseable {

    /** Where the project is stored. */
    StoreLocation location();

    /** The schema version of the open store (after migration, the provider's current one). */
    int schemaVersion();

    /** Whether the store holds a project (a store made by {@code open(…, create)} holds none until saved). */
    boolean hasProject() throws OrigoException;

    /** The whole project as model objects, its audit log included. */
    Project load() throws OrigoException;

    /**
     * The project without its bulk: name, profile, settings, catalogs and the snapshot headers
     * (id, label, time, source files, problems, merge log) but no assets, titles, origins, matches
     * or plan.
     */
    Project loadHeader() throws OrigoException;

    /** A project setting, or null. */
    String setting(String key) throws OrigoException;

    /** The ids of the snapshots, oldest first. */
    List<String> snapshotIds() throws OrigoException;

    /** How many assets the snapshot holds. */
    long assetCount(String snapshotId) throws OrigoException;

    /**
     * One asset of a snapshot with its components, software, verdicts and properties; the titles
     * and origins it refers to are loaded with it. Nothing else is read.
     */
    Optional<Asset> asset(String snapshotId, String assetId) throws OrigoException;

    /** The assets of a snapshot, in import order, in batches of at most {@code batchSize}. */
    void assets(String snapshotId, int batchSize, AssetBatches consumer) throws OrigoException;

    /**
     * Runs the work in one write transaction: waits (see {@link StoreOptions}) while another
     * writer holds the project, then commits the work together with one audit entry
     * ({@code action}, {@code detail}). On an exception nothing of the work is kept.
     */
    <T> T write(String action, String detail, StoreWork<T> work) throws OrigoException;

    /** The audit, oldest first. */
    List<AuditRecord> audit() throws OrigoException;

    /** Checks the audit chain and names the first entry that was changed or removed. */
    AuditCheck verifyAudit() throws OrigoException;

    /** The writer holding the project now, if any (best effort: a snapshot of a moving state). */
    Optional<Writer> currentWriter() throws OrigoException;

    @Override
    void close() throws OrigoException;
}
