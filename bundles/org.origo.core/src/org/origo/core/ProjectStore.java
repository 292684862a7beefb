package org.origo.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.WeakHashMap;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.core.internal.CoreMessages;
import org.origo.core.internal.StoreProviders;
import org.origo.model.AuditEntry;
import org.origo.model.InventorySnapshot;
import org.origo.model.OrigoFactory;
import org.origo.model.OrigoPackage;
import org.origo.model.Project;
import org.origo.store.api.AuditRecord;
import org.origo.store.api.StoreLocation;
import org.origo.store.api.StoreOptions;
import org.origo.store.api.StoreWork;

/**
 * A project is a folder. Its data lives in a project store: by default {@code project.sqlite} in
 * the folder (one SQLite file any SQLite tool opens); a folder whose project is shared on a
 * PostgreSQL server holds {@code project.store} naming it ({@code location=postgresql://…}), and
 * {@code --store} names a store for one command. Every change is one transaction with its audit
 * entry, writers wait for each other, and a whole-project save refuses to overwrite changes
 * another process committed after this one loaded the project.
 * <p>
 * Folders from earlier versions ({@code project.xmi} or {@code project.bin} with {@code audit.log})
 * are brought into a store on first open; the old files are kept as they were.
 */
public final class ProjectStore {

    /** The store file of a folder. */
    public static final String STORE_FILE = "project.sqlite";
    /** A folder's pointer to a store elsewhere (a server): properties with {@code location}. */
    public static final String LOCATION_FILE = "project.store";
    /** Earlier formats, read once to bring a project into its store. */
    public static final String XMI_FILE = "project.xmi";
    public static final String BINARY_FILE = "project.bin";
    public static final String AUDIT_FILE = "audit.log";

    /** Revision each loaded project was read at, for the lost-update check of a whole save. */
    private static final Map<Project, Long> LOADED_AT = new WeakHashMap<>();
    private static volatile String storeOverride;
    private static volatile Consumer<Text> waiting = t -> {
    };
    private static volatile String command = "origo";

    private ProjectStore() {
    }

    // ------------------------------------------------------------------ configuration (set by the host)

    /** A store location that replaces the folder's own for the commands run from now on (null: the folder's). */
    public static void useStore(String location) {
        storeOverride = location == null || location.isBlank() ? null : location;
    }

    /** Told (once per write) when a write waits for another writer, with a message naming it. */
    public static void onWaiting(Consumer<Text> listener) {
        waiting = listener == null ? t -> {
        } : listener;
    }

    /** The command other users are shown while this process writes. */
    public static void describeCommand(String text) {
        command = text == null || text.isBlank() ? "origo" : text;
    }

    // ------------------------------------------------------------------ folders and stores

    /** Whether the folder holds a project (in any format). */
    public static boolean isProject(Path dir) {
        return Files.isRegularFile(dir.resolve(STORE_FILE)) || Files.isRegularFile(dir.resolve(LOCATION_FILE)) || hasLegacy(dir);
    }

    private static boolean hasLegacy(Path dir) {
        return Files.isRegularFile(dir.resolve(XMI_FILE)) || Files.isRegularFile(dir.resolve(BINARY_FILE));
    }

    /** Where the folder's project is stored. */
    public static StoreLocation location(Path dir) throws OrigoException {
        if (storeOverride != null) {
            return StoreLocation.parse(storeOverride);
        }
        Path pointer = dir.resolve(LOCATION_FILE);
        if (Files.isRegularFile(pointer)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(pointer, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                throw new OrigoException(CoreMessages.get("store.pointer.bad", pointer, String.valueOf(e.getMessage())), e);
            }
            String l = p.getProperty("location");
            if (l == null || l.isBlank()) {
                throw new OrigoException(CoreMessages.get("store.pointer.bad", pointer, "location="));
            }
            return StoreLocation.parse(l);
        }
        return StoreLocation.sqlite(dir.resolve(STORE_FILE));
    }

    /** Opens the folder's store (bringing an earlier-format project into it first). The caller closes it. */
    public static org.origo.store.api.ProjectStore store(Path dir) throws OrigoException {
        StoreLocation where = location(dir);
        var provider = StoreProviders.provider(where.scheme());
        boolean legacy = StoreLocation.SQLITE.equals(where.scheme()) && hasLegacy(dir);
        if (!provider.exists(where) && !legacy) {
            if (StoreLocation.SQLITE.equals(where.scheme())) {
                throw new OrigoException(CoreMessages.get("project.missing", dir));
            }
            throw new OrigoException(CoreMessages.get("store.missing", where.display(), dir));
        }
        boolean fresh = legacy && !provider.exists(where);
        org.origo.store.api.ProjectStore s = provider.open(where, options(), legacy);
        try {
            if (!s.hasProject()) {
                if (!legacy) {
                    throw new OrigoException(CoreMessages.get("project.missing", dir));
                }
                migrate(dir, s);
            }
        } catch (OrigoException | RuntimeException e) {
            s.close();
            if (fresh) {
                // a store made only to receive an unreadable old project holds nothing: leave the folder as it was
                for (String suffix : new String[] { "", "-wal", "-shm", ".lock", ".writer" }) {
                    try {
                        Files.deleteIfExists(dir.resolve(STORE_FILE + suffix));
                    } catch (IOException ignored) {
                        // best effort: an empty store is opened again (and migrated) next time
                    }
                }
            }
            throw e;
        }
        return s;
    }

    private static StoreOptions options() {
        return StoreOptions.defaults().withCommand(command).withWaiting(t -> waiting.accept(t));
    }

    /** Creates a new, empty project in the folder (created when missing; must not hold a project yet). */
    public static Project create(Path dir, String name) throws OrigoException {
        if (isProject(dir) && storeOverride == null) {
            throw new OrigoException(CoreMessages.get("project.exists", dir));
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new OrigoException(CoreMessages.get("project.save.failed", dir, e.getMessage()), e);
        }
        StoreLocation where = location(dir);
        var provider = StoreProviders.provider(where.scheme());
        Project p = OrigoFactory.eINSTANCE.createProject();
        p.setName(name == null || name.isBlank() ? dir.toAbsolutePath().getFileName().toString() : name);
        p.setCreatedAt(new Date());
        try (org.origo.store.api.ProjectStore s = provider.open(where, options(), true)) {
            if (s.hasProject()) {
                throw new OrigoException(CoreMessages.get("project.exists", where.display()));
            }
            long r = s.write("project.create", p.getName(), tx -> {
                tx.saveProject(p);
                return tx.revision() + 1;
            });
            remember(p, r);
        }
        if (!StoreLocation.SQLITE.equals(where.scheme())) {
            writePointer(dir, where);
        }
        return p;
    }

    private static void writePointer(Path dir, StoreLocation where) throws OrigoException {
        try {
            Files.writeString(dir.resolve(LOCATION_FILE), "# the project of this folder is stored here\nlocation=" + where.spec().replace("\\", "\\\\") + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OrigoException(CoreMessages.get("project.save.failed", dir.resolve(LOCATION_FILE), e.getMessage()), e);
        }
    }

    /** Opens the project in the folder: the whole project as model objects, its audit log included. */
    public static Project open(Path dir) throws OrigoException {
        try (org.origo.store.api.ProjectStore s = store(dir)) {
            long r = s.revision();
            Project p = s.load();
            remember(p, r);
            return p;
        }
    }

    private static synchronized void remember(Project p, long revision) {
        LOADED_AT.put(p, revision);
    }

    private static synchronized Long loadedAt(Project p) {
        return LOADED_AT.get(p);
    }

    /** Saves the whole project (audit action {@code project.save}). */
    public static void save(Project project, Path dir) throws OrigoException {
        save(project, dir, "project.save", project.getName());
    }

    /**
     * Saves the whole project in one transaction with its audit entry. When the project was
     * loaded from this store and another process has committed a change since, nothing is
     * written and the message names that change: the project is to be opened again.
     */
    public static void save(Project project, Path dir, String action, String detail) throws OrigoException {
        Long at = loadedAt(project);
        try (org.origo.store.api.ProjectStore s = storeForWrite(dir)) {
            long r = s.write(action, detail, tx -> {
                long now = tx.revision();
                if (at != null && now != at) {
                    throw new OrigoException(changedSince(s, at, now));
                }
                tx.saveProject(project);
                return now + 1;
            });
            remember(project, r);
        }
    }

    private static Text changedSince(org.origo.store.api.ProjectStore s, long at, long now) throws OrigoException {
        List<AuditRecord> audit = s.audit();
        AuditRecord last = audit.isEmpty() ? null : audit.get(audit.size() - 1);
        if (last == null) {
            return CoreMessages.get("project.changed.unknown", s.location().display());
        }
        return CoreMessages.get("project.changed", s.location().display(), now - at, last.user(), last.host() == null ? "?" : last.host(), last.action(),
                last.time());
    }

    /** A store for writing: the folder's, created for a folder that has none yet. */
    private static org.origo.store.api.ProjectStore storeForWrite(Path dir) throws OrigoException {
        if (isProject(dir) || storeOverride != null) {
            StoreLocation where = location(dir);
            if (StoreProviders.provider(where.scheme()).exists(where) || hasLegacy(dir)) {
                return store(dir);
            }
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new OrigoException(CoreMessages.get("project.save.failed", dir, e.getMessage()), e);
        }
        StoreLocation where = location(dir);
        org.origo.store.api.ProjectStore s = StoreProviders.provider(where.scheme()).open(where, options(), true);
        if (!StoreLocation.SQLITE.equals(where.scheme())) {
            writePointer(dir, where);
        }
        return s;
    }

    /**
     * Runs one write transaction on the folder's store (a change to a few assets, a setting):
     * only what the work touches is read and written.
     */
    public static <T> T write(Path dir, String action, String detail, StoreWork<T> work) throws OrigoException {
        try (org.origo.store.api.ProjectStore s = store(dir)) {
            return s.write(action, detail, tx -> {
                long now = tx.revision();
                T result = work.run(tx);
                advanceOwn(dir, now);
                return result;
            });
        }
    }

    /** Reads from the folder's store without loading the project. */
    public static <T> T read(Path dir, StoreRead<T> work) throws OrigoException {
        try (org.origo.store.api.ProjectStore s = store(dir)) {
            return work.run(s);
        }
    }

    /** Work on an open store. */
    @FunctionalInterface
    public interface StoreRead<T> {
        T run(org.origo.store.api.ProjectStore store) throws OrigoException;
    }

    /**
     * Records one action in the project's audit (its own transaction; an action that changes the
     * project records itself with {@link #save(Project, Path, String, String)} instead).
     */
    public static void audit(Path dir, String action, String detail) throws OrigoException {
        try (org.origo.store.api.ProjectStore s = store(dir)) {
            s.write(action, detail, tx -> {
                advanceOwn(dir, tx.revision());
                return null;
            });
        }
    }

    /**
     * A write of this process that changed nothing another process could have: the projects this
     * process loaded at the revision the write started from stay current.
     */
    private static synchronized void advanceOwn(Path dir, long from) {
        for (Map.Entry<Project, Long> e : LOADED_AT.entrySet()) {
            if (e.getValue() == from) {
                e.setValue(from + 1);
            }
        }
    }

    /** The project's audit, oldest first. */
    public static List<AuditEntry> readAudit(Path dir) {
        try (org.origo.store.api.ProjectStore s = store(dir)) {
            List<AuditEntry> out = new ArrayList<>();
            for (AuditRecord r : s.audit()) {
                AuditEntry a = OrigoFactory.eINSTANCE.createAuditEntry();
                a.setTime(Date.from(r.time()));
                a.setUser(r.user());
                a.setAction(r.action());
                a.setDetail(r.detail());
                out.add(a);
            }
            return out;
        } catch (OrigoException e) {
            return new ArrayList<>();
        }
    }

    /** The newest revision of the folder's project (grows by one with every committed write). */
    public static long revision(Path dir) throws OrigoException {
        return read(dir, org.origo.store.api.ProjectStore::revision);
    }

    /** The id of the newest snapshot, if any. */
    public static Optional<String> latestSnapshotId(org.origo.store.api.ProjectStore s) throws OrigoException {
        List<String> ids = s.snapshotIds();
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(ids.size() - 1));
    }

    // ------------------------------------------------------------------ settings on a loaded project

    /** The value of a project setting, or null. */
    public static String setting(Project project, String key) {
        for (org.origo.model.Property p : project.getSettings()) {
            if (key.equals(p.getKey())) {
                return p.getValue();
            }
        }
        return null;
    }

    /** Sets (or with null removes) a project setting. */
    public static void setSetting(Project project, String key, String value) {
        project.getSettings().removeIf(p -> key.equals(p.getKey()));
        if (value != null) {
            org.origo.model.Property p = OrigoFactory.eINSTANCE.createProperty();
            p.setKey(key);
            p.setValue(value);
            project.getSettings().add(p);
        }
    }

    // ------------------------------------------------------------------ exchange

    /**
     * Writes the project as XMI (the format of earlier versions, readable by any EMF tool), for
     * exchange and for comparing two projects byte by byte; the store is not involved.
     */
    public static void writeXmi(Project project, java.io.OutputStream out) throws java.io.IOException {
        ResourceSetImpl rs = new ResourceSetImpl();
        rs.getPackageRegistry().put(OrigoPackage.eNS_URI, OrigoPackage.eINSTANCE);
        Resource r = new XMIResourceImpl(URI.createURI("project.xmi"));
        rs.getResources().add(r);
        Resource previous = project.eResource();
        r.getContents().add(project);
        try {
            Map<Object, Object> o = new HashMap<>();
            o.put(XMLResource.OPTION_ENCODING, "UTF-8");
            o.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
            r.save(out, o);
        } finally {
            if (previous != null) {
                previous.getContents().add(project);
            } else {
                r.getContents().clear();
            }
        }
    }

    // ------------------------------------------------------------------ earlier formats

    /**
     * Brings a project saved by an earlier version ({@code project.xmi} or {@code project.bin},
     * with {@code audit.log}) into the store in one transaction: its audit lines join the chain
     * with their own times and users, then the project. The old files are left as they are.
     */
    private static void migrate(Path dir, org.origo.store.api.ProjectStore s) throws OrigoException {
        Path file = legacyFile(dir);
        Project p = loadLegacy(file);
        List<AuditEntry> history = readLegacyAudit(dir);
        long assets = 0;
        for (InventorySnapshot snap : p.getSnapshots()) {
            assets += snap.getAssets().size();
        }
        long n = assets;
        s.write("project.migrate", file.getFileName() + " (" + n + " assets, " + history.size() + " audit lines) -> " + s.location().display(), tx -> {
            if (!s.hasProject()) {
                for (AuditEntry a : history) {
                    tx.recordHistory(a);
                }
                tx.saveProject(p);
            }
            return null;
        });
    }

    private static Path legacyFile(Path dir) throws OrigoException {
        Path bin = dir.resolve(BINARY_FILE);
        Path xmi = dir.resolve(XMI_FILE);
        if (Files.isRegularFile(bin) && Files.isRegularFile(xmi)) {
            // both exist only after a format switch was interrupted: the newer one is the last good save
            try {
                return Files.getLastModifiedTime(bin).compareTo(Files.getLastModifiedTime(xmi)) >= 0 ? bin : xmi;
            } catch (IOException e) {
                throw new OrigoException(CoreMessages.get("project.unreadable", dir, e.getMessage()), e);
            }
        }
        return Files.isRegularFile(bin) ? bin : xmi;
    }

    private static Project loadLegacy(Path file) throws OrigoException {
        boolean binary = file.getFileName().toString().equals(BINARY_FILE);
        ResourceSetImpl rs = new ResourceSetImpl();
        rs.getPackageRegistry().put(OrigoPackage.eNS_URI, OrigoPackage.eINSTANCE);
        URI uri = URI.createFileURI(file.toAbsolutePath().toString());
        Resource r = binary ? new BinaryResourceImpl(uri) : new XMIResourceImpl(uri);
        rs.getResources().add(r);
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        try (InputStream in = Files.newInputStream(file)) {
            r.load(in, options);
        } catch (IOException | RuntimeException e) {
            throw new OrigoException(CoreMessages.get("project.corrupt", file, String.valueOf(e.getMessage())), e);
        }
        if (r.getContents().isEmpty() || !(r.getContents().get(0) instanceof Project)) {
            throw new OrigoException(CoreMessages.get("project.corrupt", file, "no project"));
        }
        Project p = (Project) r.getContents().get(0);
        r.getContents().clear();
        return p;
    }

    /** Reads an earlier version's {@code audit.log}; a torn last line (crash while appending) is skipped. */
    static List<AuditEntry> readLegacyAudit(Path dir) {
        List<AuditEntry> entries = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(dir.resolve(AUDIT_FILE), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return entries;
        } catch (IOException e) {
            return entries;
        }
        for (String l : lines) {
            String[] f = l.split("\t", -1);
            if (f.length != 4) {
                continue;
            }
            AuditEntry a = OrigoFactory.eINSTANCE.createAuditEntry();
            try {
                a.setTime(Date.from(Instant.parse(f[0])));
            } catch (RuntimeException e) {
                continue;
            }
            a.setUser(TabFields.unescape(f[1]));
            a.setAction(TabFields.unescape(f[2]));
            a.setDetail(TabFields.unescape(f[3]));
            entries.add(a);
        }
        return entries;
    }
}
