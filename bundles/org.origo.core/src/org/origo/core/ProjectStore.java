package org.origo.core;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.origo.api.OrigoException;
import org.origo.core.internal.CoreMessages;
import org.origo.model.AuditEntry;
import org.origo.model.InventorySnapshot;
import org.origo.model.OrigoFactory;
import org.origo.model.OrigoPackage;
import org.origo.model.Project;

/**
 * A project is a folder. It holds {@code project.xmi} (small projects) or {@code project.bin}
 * (EMF's compact binary format, for large ones) and the append-only {@code audit.log}.
 * Saves are atomic: the model is written to a temporary file in the same folder, forced to disk,
 * then renamed over the previous file, so a crash at any point leaves the last good state.
 */
public final class ProjectStore {

    public static final String XMI_FILE = "project.xmi";
    public static final String BINARY_FILE = "project.bin";
    public static final String AUDIT_FILE = "audit.log";
    /** Above this many assets (over all snapshots) a project is saved in the binary format. */
    public static final int BINARY_THRESHOLD = 20_000;
    /** Project setting that forces a format: {@code xmi} or {@code binary}. */
    public static final String SETTING_FORMAT = "store.format";

    private ProjectStore() {
    }

    /** Whether the folder holds a project. */
    public static boolean isProject(Path dir) {
        return Files.isRegularFile(dir.resolve(XMI_FILE)) || Files.isRegularFile(dir.resolve(BINARY_FILE));
    }

    /** Creates a new, empty project in the folder (created when missing; must not hold a project yet). */
    public static Project create(Path dir, String name) throws OrigoException {
        if (isProject(dir)) {
            throw new OrigoException(CoreMessages.get("project.exists", dir));
        }
        Project p = OrigoFactory.eINSTANCE.createProject();
        p.setName(name == null || name.isBlank() ? dir.toAbsolutePath().getFileName().toString() : name);
        p.setCreatedAt(new Date());
        save(p, dir);
        audit(dir, "project.create", p.getName());
        return p;
    }

    /** Opens the project in the folder. */
    public static Project open(Path dir) throws OrigoException {
        Path bin = dir.resolve(BINARY_FILE);
        Path xmi = dir.resolve(XMI_FILE);
        Path file;
        if (Files.isRegularFile(bin) && Files.isRegularFile(xmi)) {
            // both exist only after a format switch was interrupted: the newer one is the last good save
            try {
                file = Files.getLastModifiedTime(bin).compareTo(Files.getLastModifiedTime(xmi)) >= 0 ? bin : xmi;
            } catch (IOException e) {
                throw new OrigoException(CoreMessages.get("project.unreadable", dir, e.getMessage()), e);
            }
        } else if (Files.isRegularFile(bin)) {
            file = bin;
        } else if (Files.isRegularFile(xmi)) {
            file = xmi;
        } else {
            throw new OrigoException(CoreMessages.get("project.missing", dir));
        }
        Resource r = newResource(file, file == bin);
        try (InputStream in = Files.newInputStream(file)) {
            r.load(in, loadOptions());
        } catch (IOException | RuntimeException e) {
            throw new OrigoException(CoreMessages.get("project.corrupt", file, String.valueOf(e.getMessage())), e);
        }
        if (r.getContents().isEmpty() || !(r.getContents().get(0) instanceof Project)) {
            throw new OrigoException(CoreMessages.get("project.corrupt", file, "no project"));
        }
        Project p = (Project) r.getContents().get(0);
        p.getAuditLog().addAll(readAudit(dir));
        return p;
    }

    /**
     * Saves the project atomically, in the binary format when it is large (or when its settings
     * ask for it), else as XMI.
     */
    public static void save(Project project, Path dir) throws OrigoException {
        boolean binary = useBinary(project);
        Path target = dir.resolve(binary ? BINARY_FILE : XMI_FILE);
        Path other = dir.resolve(binary ? XMI_FILE : BINARY_FILE);
        try {
            Files.createDirectories(dir);
            Resource r = newResource(target, binary);
            // the resource holds the project only while it is written
            Resource previous = project.eResource();
            r.getContents().add(project);
            removeStaleTemporaries(dir);
            Path tmp = Files.createTempFile(dir, ".project-", ".tmp");
            try {
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
                        OutputStream out = new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(ch), 1 << 16)) {
                    Map<Object, Object> options = saveOptions();
                    options.put(OPTION_EXPECTED_OBJECTS, expectedObjects(project));
                    r.save(out, options);
                    out.flush();
                    ch.force(true);
                }
                move(tmp, target);
                fsyncDirectory(dir);
            } finally {
                Files.deleteIfExists(tmp);
                if (previous != null) {
                    previous.getContents().add(project);
                } else {
                    r.getContents().clear();
                }
            }
            // after a format switch the old file is stale; remove it only once the new one is in place
            Files.deleteIfExists(other);
        } catch (IOException | RuntimeException e) {
            throw new OrigoException(CoreMessages.get("project.save.failed", target, String.valueOf(e.getMessage())), e);
        }
    }

    /** Save option: about how many objects the project holds, so the binary writer's id table is sized once. */
    private static final String OPTION_EXPECTED_OBJECTS = "origo.expectedObjects";

    /** A close upper estimate of the project's objects: each asset with its parts, plus the project-wide lists. */
    private static int expectedObjects(Project project) {
        long n = 1024L + project.getSoftwareTitles().size() + project.getOrigins().size() + project.getMatches().size();
        for (InventorySnapshot s : project.getSnapshots()) {
            n += (long) s.getAssets().size() * 16 + s.getMergeLog().size() + s.getProblems().size();
        }
        if (project.getPlan() != null) {
            n += project.getPlan().getItems().size();
        }
        return (int) Math.min(n, 1 << 28);
    }

    private static boolean useBinary(Project project) {
        String forced = setting(project, SETTING_FORMAT);
        if ("binary".equalsIgnoreCase(forced)) {
            return true;
        }
        if ("xmi".equalsIgnoreCase(forced)) {
            return false;
        }
        long assets = 0;
        for (InventorySnapshot s : project.getSnapshots()) {
            assets += s.getAssets().size();
        }
        return assets > BINARY_THRESHOLD;
    }

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

    /** Temporary files left by a save that was killed before its rename; they never hold the project. */
    private static void removeStaleTemporaries(Path dir) throws IOException {
        try (var files = Files.newDirectoryStream(dir, ".project-*.tmp")) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void fsyncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every platform can sync a directory; the rename itself is still atomic
        }
    }

    private static Resource newResource(Path file, boolean binary) {
        ResourceSetImpl rs = new ResourceSetImpl();
        rs.getPackageRegistry().put(OrigoPackage.eNS_URI, OrigoPackage.eINSTANCE);
        URI uri = URI.createFileURI(file.toAbsolutePath().toString());
        Resource r;
        if (binary) {
            r = new ProjectBinaryResource(uri);
        } else {
            XMIResourceImpl x = new XMIResourceImpl(uri);
            r = x;
        }
        rs.getResources().add(r);
        return r;
    }

    /**
     * The binary resource, with the object ids of a save kept in an identity map: the objects are
     * keys by identity anyway, and millions of them then cost one table instead of one node each.
     */
    private static final class ProjectBinaryResource extends BinaryResourceImpl {

        ProjectBinaryResource(URI uri) {
            super(uri);
        }

        @Override
        protected EObjectOutputStream createEObjectOutputStream(OutputStream out, Map<?, ?> options) throws IOException {
            Object expected = options == null ? null : options.get(OPTION_EXPECTED_OBJECTS);
            int size = expected instanceof Integer i ? Math.max(1 << 16, i) : 1 << 16;
            return new EObjectOutputStream(out, options) {
                {
                    // sized for the whole project at once: growing it step by step rehashes millions of entries
                    eObjectIDMap = new IdentityHashMap<>(size);
                }
            };
        }
    }

    private static Map<Object, Object> saveOptions() {
        Map<Object, Object> o = new HashMap<>();
        o.put(XMLResource.OPTION_ENCODING, "UTF-8");
        o.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
        o.put(XMLResource.OPTION_FLUSH_THRESHOLD, 1 << 20);
        o.put(BinaryResourceImpl.OPTION_VERSION, BinaryResourceImpl.BinaryIO.Version.VERSION_1_1);
        o.put(BinaryResourceImpl.OPTION_STYLE_DATA_CONVERTER, Boolean.TRUE);
        return o;
    }

    private static Map<Object, Object> loadOptions() {
        Map<Object, Object> o = new HashMap<>();
        o.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        return o;
    }

    /**
     * Appends one line to the project's audit log and forces it to disk before returning, so an
     * entry that was reported as written survives a crash. Format: tab-separated
     * {@code time user action detail}, one entry per line, with tabs and line breaks escaped.
     */
    public static void audit(Path dir, String action, String detail) throws OrigoException {
        String line = Instant.now() + "\t" + TabFields.escape(System.getProperty("user.name", "")) + "\t" + TabFields.escape(action) + "\t"
                + TabFields.escape(detail) + "\n";
        Path log = dir.resolve(AUDIT_FILE);
        try (FileChannel ch = FileChannel.open(log, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ch.write(java.nio.ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
            ch.force(false);
        } catch (IOException e) {
            throw new OrigoException(CoreMessages.get("audit.failed", log, e.getMessage()), e);
        }
    }

    /** Reads the audit log; a torn last line (crash while appending) is skipped. */
    public static List<AuditEntry> readAudit(Path dir) {
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
