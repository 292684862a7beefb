package org.origo.inventory.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.origo.api.OrigoException;
import org.origo.api.Progress;
import org.origo.api.Text;
import org.origo.core.Contributions;
import org.origo.core.Guard;
import org.origo.inventory.api.AssetSink;
import org.origo.inventory.api.ImportContext;
import org.origo.inventory.api.ImportPreview;
import org.origo.inventory.api.ImportReport;
import org.origo.inventory.api.ImportRequest;
import org.origo.inventory.api.InventoryImporter;
import org.origo.inventory.internal.i18n.EngineMessages;
import org.origo.inventory.spi.Parts;
import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.ImportProblem;
import org.origo.model.InventorySnapshot;
import org.origo.model.MergeAction;
import org.origo.model.MergeRecord;
import org.origo.model.OrigoFactory;
import org.origo.model.Project;
import org.origo.model.Property;
import org.origo.model.Severity;
import org.origo.model.SoftwareCategory;
import org.origo.model.SoftwareInstall;
import org.origo.model.SoftwareTitle;
import org.origo.origin.api.VendorDirectory;

/**
 * Runs importers over files, folders and zip archives and merges the result into a project as a
 * new snapshot. Usable with or without OSGi: give it the importers and vendor directories to use.
 * The snapshot and any new software titles are built aside and attached to the project only at
 * the very end, so a failed or cancelled import leaves the project exactly as it was.
 */
public final class InventoryEngine {

    /** Problems kept per import (the rest are counted). */
    public static final int MAX_PROBLEMS = 10_000;
    /**
     * Longest identity accepted (host name, serial, UUID, asset tag, MAC), in characters: a longer
     * value is no identity (it would merge or split assets at random); it is dropped with a warning.
     */
    public static final int MAX_IDENTITY = 4096;
    /** Option naming an extra placeholder list (same format as the shipped one). */
    public static final String OPTION_PLACEHOLDERS = "placeholders";
    /**
     * Option: {@code true} when the import is a complete re-inventory of the estate; every asset of
     * the previous snapshot it does not hold is then gone, however many.
     */
    public static final String OPTION_COMPLETE = "complete";
    /**
     * Options scoping a partial import: sites, departments or source file names ({@code |}-separated).
     * Only previous assets inside the scope can be gone; the others are kept as they were.
     */
    public static final String OPTION_SCOPE_SITES = "scope.sites";
    public static final String OPTION_SCOPE_DEPARTMENTS = "scope.departments";
    public static final String OPTION_SCOPE_SOURCES = "scope.sources";
    /**
     * Option: the share of the previous snapshot (0..1) an import that is neither scoped nor declared
     * complete may make gone; more is refused. Default {@link #DEFAULT_MAX_GONE_SHARE}.
     */
    public static final String OPTION_MAX_GONE = "max-gone";
    public static final double DEFAULT_MAX_GONE_SHARE = 0.2;

    /** System property: seconds one importer may take over one file before it is stopped. */
    public static final String TIMEOUT_PROPERTY = "origo.import.timeout";
    /** Default of {@link #TIMEOUT_PROPERTY}: ten minutes per file. */
    public static final long DEFAULT_TIMEOUT_SECONDS = 600;

    private final Supplier<List<InventoryImporter>> importers;
    private final Supplier<List<VendorDirectory>> directories;
    private final Supplier<Contributions> registry;
    private volatile VendorIds vendorIds;
    private volatile Categories categories;

    public InventoryEngine(Supplier<List<InventoryImporter>> importers, Supplier<List<VendorDirectory>> directories) {
        this(importers, directories, null);
    }

    /**
     * @param registry where an importer that fails, hangs or leaves threads running is recorded
     *            (may give null, e.g. outside OSGi)
     */
    public InventoryEngine(Supplier<List<InventoryImporter>> importers, Supplier<List<VendorDirectory>> directories,
            Supplier<Contributions> registry) {
        this.importers = importers;
        this.directories = directories == null ? List::of : directories;
        this.registry = registry == null ? () -> null : registry;
    }

    /** Seconds an importer may take over one file: {@value #TIMEOUT_PROPERTY}, else {@value #DEFAULT_TIMEOUT_SECONDS}. */
    public static long timeoutSeconds() {
        String v = System.getProperty(TIMEOUT_PROPERTY);
        if (v != null) {
            try {
                long s = Long.parseLong(v.strip());
                if (s > 0) {
                    return s;
                }
            } catch (NumberFormatException e) {
                // not a number: the default applies
            }
        }
        return DEFAULT_TIMEOUT_SECONDS;
    }

    public List<InventoryImporter> importers() {
        return importers.get();
    }

    private VendorIds vendorIds() {
        VendorIds v = vendorIds;
        if (v == null) {
            synchronized (this) {
                if (vendorIds == null) {
                    vendorIds = new VendorIds();
                }
                v = vendorIds;
            }
        }
        return v;
    }

    private Categories categories() {
        Categories c = categories;
        if (c == null) {
            synchronized (this) {
                if (categories == null) {
                    categories = new Categories();
                }
                c = categories;
            }
        }
        return c;
    }

    /**
     * Imports the inputs into a new snapshot of the project.
     *
     * @param displayNames how to name each input in messages (as the user typed it), or null
     */
    public ImportReport importInto(Project project, List<Path> inputs, List<String> displayNames, ImportRequest request,
            Progress progress) throws OrigoException {
        ImportRequest req = request == null ? ImportRequest.defaults() : request;
        Progress pr = progress == null ? Progress.NONE : progress;
        if (inputs == null || inputs.isEmpty()) {
            throw new OrigoException(EngineMessages.get("input.none"));
        }
        List<Identity> keys = Identity.of(req.mergeKeys());
        Placeholders placeholders = placeholders(req);
        try (Sources sources = Sources.collect(inputs, displayNames)) {
            if (sources.sources().isEmpty()) {
                String named = displayNames != null && !displayNames.isEmpty() ? String.join(", ", displayNames)
                        : String.join(", ", inputs.stream().map(Path::toString).toList());
                throw new OrigoException(EngineMessages.get("input.empty"), named, -1, null, null);
            }
            Run run = new Run(project, req, pr, keys, placeholders);
            pr.begin(EngineMessages.get("import.task", sources.sources().size()), sources.totalBytes());
            try {
                for (Sources.Source s : sources.sources()) {
                    pr.checkCancelled();
                    run.read(s);
                }
                return run.finish();
            } catch (Progress.Cancelled e) {
                throw new OrigoException(EngineMessages.get("import.cancelled"));
            } catch (StrictStop e) {
                throw e.failure;
            }
        }
    }

    private Placeholders placeholders(ImportRequest req) throws OrigoException {
        Placeholders p = new Placeholders();
        String extra = req.options() == null ? null : req.options().get(OPTION_PLACEHOLDERS);
        if (extra != null) {
            try {
                p.extend(Path.of(extra));
            } catch (IOException | RuntimeException e) {
                throw new OrigoException(EngineMessages.get("source.unreadable", e.getMessage()), extra, -1, null, e);
            }
        }
        return p;
    }

    /** Picks the importer for a source: the forced one, else the one most sure from sniffing (null if none). */
    InventoryImporter choose(Sources.Source s, String format) throws OrigoException {
        List<InventoryImporter> all = importers.get();
        if (format != null && !format.isBlank()) {
            for (InventoryImporter i : all) {
                if (i.id().equalsIgnoreCase(format.trim())) {
                    return i;
                }
            }
            throw new OrigoException(EngineMessages.get("input.format.unknown", format, ids(all)));
        }
        InventoryImporter best = null;
        int bestScore = 0;
        for (InventoryImporter i : all) {
            int score;
            try {
                score = i.sniff(s);
            } catch (IOException e) {
                throw new OrigoException(EngineMessages.get("source.unreadable", e.getMessage()), s.name(), -1, null, e);
            } catch (RuntimeException e) {
                score = 0; // a broken importer does not get the file
            }
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    private static String ids(List<InventoryImporter> all) {
        List<String> ids = new ArrayList<>();
        for (InventoryImporter i : all) {
            ids.add(i.id());
        }
        Collections.sort(ids);
        return String.join(", ", ids);
    }

    /** Previews how each input would be read, changing nothing. */
    public List<ImportPreview> preview(List<Path> inputs, List<String> displayNames, ImportRequest request)
            throws OrigoException {
        ImportRequest req = request == null ? ImportRequest.defaults() : request;
        List<ImportPreview> out = new ArrayList<>();
        try (Sources sources = Sources.collect(inputs, displayNames)) {
            for (Sources.Source s : sources.sources()) {
                InventoryImporter imp = choose(s, req.format());
                if (imp == null) {
                    out.add(new ImportPreview(s.name(), null, Map.of(), List.of(), List.of(), List.of(),
                            List.of(EngineMessages.get("input.skipped"))));
                    continue;
                }
                List<Text> notes = new ArrayList<>();
                ImportContext ctx = new PreviewContext(req, notes);
                Optional<ImportPreview> p;
                try {
                    p = imp.preview(s, ctx);
                } catch (RuntimeException e) {
                    throw new OrigoException(EngineMessages.get("importer.failed", imp.id(), String.valueOf(e.getMessage())),
                            s.name(), -1, null, e);
                }
                out.add(p.orElseGet(() -> genericPreview(imp, s, ctx, notes)));
            }
        }
        return out;
    }

    private ImportPreview genericPreview(InventoryImporter imp, Sources.Source s, ImportContext ctx, List<Text> notes) {
        List<Map<String, String>> rows = new ArrayList<>();
        Map<String, SoftwareTitle> titles = new HashMap<>();
        AssetSink sink = new AssetSink() {
            @Override
            public SoftwareTitle title(String name, String publisher, String version) {
                return titles.computeIfAbsent(name + "|" + publisher + "|" + version, k -> {
                    SoftwareTitle t = OrigoFactory.eINSTANCE.createSoftwareTitle();
                    t.setName(name);
                    t.setPublisher(publisher);
                    t.setVersion(version);
                    return t;
                });
            }

            @Override
            public void accept(Asset asset, long record) {
                if (rows.size() < 20) {
                    rows.add(describe(asset));
                }
            }
        };
        try {
            imp.read(s, sink, ctx);
        } catch (OrigoException e) {
            notes.add(new Text(e.describe(Locale.ENGLISH), e.describe(Locale.SIMPLIFIED_CHINESE)));
        } catch (RuntimeException e) {
            notes.add(EngineMessages.get("importer.failed", imp.id(), String.valueOf(e.getMessage())));
        }
        return new ImportPreview(s.name(), imp.id(), Map.of(), List.of(), List.of(), rows, notes);
    }

    /** How many assets of the snapshot were read again exactly as before. */
    public static int unchanged(InventorySnapshot s) {
        int n = 0;
        for (MergeRecord r : s.getMergeLog()) {
            if (r.getAction() == MergeAction.UNCHANGED) {
                n++;
            }
        }
        return n;
    }

    /** The scope of a snapshot in words ("complete", or e.g. "department=Finance; source=a.csv"). */
    public static String describeScope(InventorySnapshot s) {
        if (s.isComplete()) {
            return "complete";
        }
        List<String> parts = new ArrayList<>();
        for (String v : s.getScopeSites()) {
            parts.add("site=" + v);
        }
        for (String v : s.getScopeDepartments()) {
            parts.add("department=" + v);
        }
        for (String v : s.getScopeSources()) {
            parts.add("source=" + v);
        }
        return String.join("; ", parts);
    }

    /** The snapshot an undo removed and the one current again (null when none is left). */
    public record Undone(InventorySnapshot removed, InventorySnapshot current) {
    }

    /**
     * Undoes the latest import: removes its snapshot, so the previous one (kept as it was) is current
     * again. Matches and plan items keep their asset ids but no longer point into the removed
     * snapshot. Returns null when the project has no snapshot.
     */
    public static Undone undo(Project project) {
        List<InventorySnapshot> all = project.getSnapshots();
        if (all.isEmpty()) {
            return null;
        }
        InventorySnapshot removed = all.get(all.size() - 1);
        Set<Asset> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        gone.addAll(removed.getAssets());
        for (org.origo.model.Match m : project.getMatches()) {
            if (m.getAsset() != null && gone.contains(m.getAsset())) {
                m.setAsset(null);
            }
        }
        if (project.getPlan() != null) {
            for (org.origo.model.PlanItem i : project.getPlan().getItems()) {
                if (i.getAsset() != null && gone.contains(i.getAsset())) {
                    i.setAsset(null);
                }
            }
        }
        all.remove(all.size() - 1);
        return new Undone(removed, all.isEmpty() ? null : all.get(all.size() - 1));
    }

    /** The fields of an asset as a preview row. */
    public static Map<String, String> describe(Asset a) {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "hostname", a.getHostname());
        put(m, "serial", a.getSerial());
        put(m, "uuid", a.getUuid());
        put(m, "kind", Parts.hasKind(a) ? a.getKind().getLiteral() : null);
        for (Component c : a.getComponents()) {
            String key = c.getKind().getLiteral().toLowerCase(Locale.ROOT);
            if (!m.containsKey(key)) {
                String v = join(c.getVendor(), c.getProduct());
                put(m, key, v);
            }
        }
        if (!a.getSoftware().isEmpty()) {
            m.put("software", String.valueOf(a.getSoftware().size()));
        }
        return m;
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " " + b;
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    /** Thrown through the importer when --strict meets a problem; carries the located failure. */
    static final class StrictStop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final OrigoException failure;

        StrictStop(OrigoException failure) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
        }
    }

    private static final class PreviewContext implements ImportContext {
        private final ImportRequest req;
        private final List<Text> notes;

        PreviewContext(ImportRequest req, List<Text> notes) {
            this.req = req;
            this.notes = notes;
        }

        @Override
        public Progress progress() {
            return Progress.NONE;
        }

        @Override
        public Map<String, String> options() {
            return req.options() == null ? Map.of() : req.options();
        }

        @Override
        public Path mapping() {
            return req.mapping();
        }

        @Override
        public void problem(Severity severity, long line, String field, Text text) {
            if (notes.size() < 50) {
                String where = (line > 0 ? line + ": " : "") + (field != null ? field + ": " : "");
                notes.add(new Text(where + text.en(), where + text.zh()));
            }
        }

        @Override
        public boolean strict() {
            return false;
        }
    }

    /** One import: everything it builds stays here until {@link #finish()} attaches it. */
    private final class Run implements AssetSink {
        private final Project project;
        private final ImportRequest req;
        private final Progress progress;
        private final List<Identity> keys;
        private final Placeholders placeholders;
        private final Normalizer normalizer;
        private final InventorySnapshot snapshot = OrigoFactory.eINSTANCE.createInventorySnapshot();
        private final Map<String, SoftwareTitle> titles = new HashMap<>();
        private final List<SoftwareTitle> newTitles = new ArrayList<>();
        private final List<ImportProblem> problems = new ArrayList<>();
        private long droppedProblems;
        private long records;
        private int filesRead;

        /** Assets in order, with the record (file, line) each started at. */
        private final List<Asset> assets = new ArrayList<>();
        private final List<String> assetFiles = new ArrayList<>();
        private long[] assetLines = new long[1024];
        /** Per-host grouping of single-asset files: key ("h:", "u:", "n:", "s:" + value) → asset. */
        private final Map<String, Asset> groups = new HashMap<>();
        /** The importers that contributed to each grouped asset. */
        private final Map<Asset, Set<String>> formats = new IdentityHashMap<>();

        private Sources.Source current;
        /**
         * Set once an importer call failed or was stopped: an importer thread still running then
         * is refused anything more (its sink calls throw), so nothing reaches the project.
         */
        private volatile boolean abandoned;
        private final List<Asset> buffer = new ArrayList<>();
        private final List<Long> bufferLines = new ArrayList<>();
        private final ImportContext context;
        /** Where importer failures and left-over threads are recorded, and each importer call's time bound. */
        private final Contributions contributions = registry.get();
        private final long timeout = timeoutSeconds();

        Run(Project project, ImportRequest req, Progress progress, List<Identity> keys, Placeholders placeholders) {
            this.project = project;
            this.req = req;
            this.progress = progress;
            this.keys = keys;
            this.placeholders = placeholders;
            this.normalizer = new Normalizer(directories, placeholders);
            for (SoftwareTitle t : project.getSoftwareTitles()) {
                if (t.getKey() != null) {
                    titles.put(t.getKey(), t);
                }
            }
            Progress inner = new Progress() {
                @Override
                public void begin(Text task, long totalWork) {
                    // the engine reports bytes read over all files
                }

                @Override
                public void worked(long units) {
                    // counted by the engine from the bytes read
                }

                @Override
                public boolean isCancelled() {
                    return abandoned || progress.isCancelled();
                }
            };
            this.context = new ImportContext() {
                @Override
                public Progress progress() {
                    return inner;
                }

                @Override
                public Map<String, String> options() {
                    return req.options() == null ? Map.of() : req.options();
                }

                @Override
                public Path mapping() {
                    return req.mapping();
                }

                @Override
                public void problem(Severity severity, long line, String field, Text text) {
                    Run.this.problem(current == null ? null : current.name(), severity, line, field, text);
                }

                @Override
                public boolean strict() {
                    return req.strict();
                }
            };
        }

        /** A finding about the project rather than the input: never stops a strict import. */
        void finding(Severity severity, String field, Text text) {
            boolean strict = req.strict();
            if (strict) {
                ImportProblem p = OrigoFactory.eINSTANCE.createImportProblem();
                p.setLine(-1);
                p.setField(field);
                p.setSeverity(severity);
                p.setMessageEn(text.en());
                p.setMessageZh(text.zh());
                problems.add(p);
            } else {
                problem(null, severity, -1, field, text);
            }
        }

        void problem(String file, Severity severity, long line, String field, Text text) {
            checkLive();
            if (req.strict() && severity != Severity.INFO) {
                Text stop = new Text(EngineMessages.get("import.strict", text.en()).en(),
                        EngineMessages.get("import.strict", text.zh()).zh());
                throw new StrictStop(new OrigoException(stop,
                        file, line, field, null));
            }
            if (problems.size() >= MAX_PROBLEMS) {
                droppedProblems++;
                return;
            }
            ImportProblem p = OrigoFactory.eINSTANCE.createImportProblem();
            p.setFile(file);
            p.setLine(line);
            p.setField(field);
            p.setSeverity(severity);
            p.setMessageEn(text.en());
            p.setMessageZh(text.zh());
            problems.add(p);
        }

        void read(Sources.Source s) throws OrigoException {
            InventoryImporter imp = choose(s, req.format());
            if (imp == null) {
                if (s.explicit()) {
                    throw new OrigoException(EngineMessages.get("input.unrecognized", ids(importers.get())), s.name(), -1,
                            null, null);
                }
                problem(s.name(), Severity.WARNING, -1, null, EngineMessages.get("input.skipped"));
                return;
            }
            current = s;
            s.progress(progress);
            buffer.clear();
            bufferLines.clear();
            try {
                // on a thread of its own, bounded in time; threads it leaves running are reported
                StrictStop stop = Guard.callWithTimeout(contributions, "importer", imp.id(), timeout, () -> {
                    try {
                        imp.read(s, this, context);
                        return null;
                    } catch (StrictStop e) {
                        return e;
                    }
                });
                if (stop != null) {
                    throw stop;
                }
            } catch (OrigoException e) {
                abandoned = true;
                if (e.file() == null) {
                    throw new OrigoException(e.text(), s.name(), e.line(), e.field(), e);
                }
                throw e;
            } catch (Progress.Cancelled | StrictStop e) {
                abandoned = true;
                throw e;
            } catch (RuntimeException e) {
                abandoned = true;
                throw new OrigoException(EngineMessages.get("importer.failed", imp.id(), String.valueOf(e.getMessage())),
                        s.name(), -1, null, e);
            }
            filesRead++;
            snapshot.getSourceFiles().add(s.name());
            if (buffer.size() == 1 && s.hostHint() != null) {
                group(buffer.get(0), bufferLines.get(0), s, imp.id());
            } else {
                for (int i = 0; i < buffer.size(); i++) {
                    add(buffer.get(i), s.name(), bufferLines.get(i));
                }
            }
            buffer.clear();
            bufferLines.clear();
            current = null;
        }

        private void add(Asset a, String file, long line) {
            if (assets.size() == assetLines.length) {
                assetLines = java.util.Arrays.copyOf(assetLines, assetLines.length * 2);
            }
            assetLines[assets.size()] = line;
            assets.add(a);
            assetFiles.add(file);
        }

        /**
         * Files of one host become one asset: same UUID, host name or serial, or the same per-host
         * folder / base name. A folder is taken for a host only while its files come from different
         * importers (one dmidecode, one .reg, one package list...): two files of the same format in one
         * folder are two machines.
         */
        private void group(Asset a, long line, Sources.Source s, String importer) {
            List<String> ks = new ArrayList<>(4);
            String u = Identity.UUID.value(a, placeholders);
            if (u != null) {
                ks.add("u:" + u);
            }
            String n = Identity.HOSTNAME.value(a, placeholders);
            if (n != null) {
                ks.add("n:" + n);
            }
            String sn = Identity.SERIAL.value(a, placeholders);
            if (sn != null) {
                ks.add("s:" + sn);
            }
            String hint = "h:" + s.hostHint().toLowerCase(Locale.ROOT);
            Asset into = null;
            for (String k : ks) {
                into = groups.get(k);
                if (into != null) {
                    break;
                }
            }
            boolean byHint = false;
            if (into == null) {
                Asset h = groups.get(hint);
                Set<String> seen = h == null ? null : formats.get(h);
                if (h != null && !seen.contains(importer)) {
                    into = h;
                    byHint = true;
                }
            }
            if (into == null) {
                add(a, s.name(), line);
                into = a;
                formats.put(a, new HashSet<>());
            } else {
                mergeInto(into, a);
                problem(s.name(), Severity.INFO, -1, null, EngineMessages.get("import.grouped",
                        into.getHostname() != null ? into.getHostname() : s.hostHint()));
            }
            formats.get(into).add(importer);
            for (String k : ks) {
                groups.putIfAbsent(k, into);
            }
            if (byHint || !groups.containsKey(hint)) {
                groups.put(hint, into);
            }
        }

        /** An importer still running after its call was given up gets no further. */
        private void checkLive() {
            if (abandoned) {
                throw new Progress.Cancelled();
            }
        }

        @Override
        public SoftwareTitle title(String name, String publisher, String version) {
            checkLive();
            String n = name == null ? "" : name.strip();
            String p = publisher == null ? null : publisher.strip();
            if (p != null && p.isEmpty()) {
                p = null;
            }
            String v = version == null ? null : version.strip();
            if (v != null && v.isEmpty()) {
                v = null;
            }
            String key = n + '|' + (p == null ? "" : p) + '|' + (v == null ? "" : v);
            SoftwareTitle t = titles.get(key);
            if (t != null) {
                return t;
            }
            t = OrigoFactory.eINSTANCE.createSoftwareTitle();
            t.setKey(key);
            t.setName(n);
            t.setVersion(v);
            t.setRawPublisher(p);
            t.setPublisher(normalizer.publisher(p));
            t.setCategory(categories().of(n));
            titles.put(key, t);
            newTitles.add(t);
            return t;
        }

        @Override
        public void accept(Asset asset, long record) {
            checkLive();
            records++;
            if ((records & 0xff) == 0) {
                progress.checkCancelled();
            }
            normalize(asset, record);
            if (current != null && !asset.getSources().contains(current.name())) {
                asset.getSources().add(current.name());
            }
            buffer.add(asset);
            bufferLines.add(record);
        }

        private void normalize(Asset a, long record) {
            if (!Parts.hasKind(a)) {
                a.setKind(AssetKind.UNKNOWN);
            }
            a.setSerial(identityField(a, "serial", bounded(a.getSerial(), "serial", record)));
            a.setUuid(identityField(a, "uuid", bounded(a.getUuid(), "uuid", record)));
            a.setAssetTag(identityField(a, "assetTag", bounded(a.getAssetTag(), "assetTag", record)));
            String mac = identityField(a, "macAddress", bounded(a.getMacAddress(), "macAddress", record));
            a.setMacAddress(mac == null ? null : Identity.MAC.normalize(mac));
            String host = bounded(a.getHostname(), "hostname", record);
            if (host != null) {
                host = host.strip();
                a.setHostname(host.isEmpty() ? null : host);
            } else {
                a.setHostname(null);
            }
            for (Component c : a.getComponents()) {
                String raw = c.getVendor();
                c.setRawVendor(raw);
                c.setVendor(normalizer.vendor(raw));
                if (c.getVendorId() != null) {
                    if (c.getKind() == ComponentKind.CPU) {
                        c.setVendorId(Parts.cpuVendorId(c.getVendorId()));
                    } else {
                        String id = Parts.hexId(c.getVendorId());
                        c.setVendorId(id);
                        if (c.getVendor() == null && id != null && (raw == null || placeholders.is(raw))) {
                            String byId = vendorIds().pci(id);
                            if (byId == null) {
                                byId = vendorIds().usb(id);
                            }
                            if (byId != null) {
                                c.setVendor(normalizer.vendor(byId));
                            }
                        }
                    }
                }
            }
        }

        /** An identity longer than {@link #MAX_IDENTITY} is dropped with a warning naming the field and line. */
        private String bounded(String value, String field, long record) {
            if (value == null || value.length() <= MAX_IDENTITY) {
                return value;
            }
            String start = value.substring(0, 32).replaceAll("\\p{Cntrl}", " ");
            problem(current == null ? null : current.name(), Severity.WARNING, record, field,
                    EngineMessages.get("import.identity.long", field, value.length(), MAX_IDENTITY, start));
            return null;
        }

        /** Placeholder identities are cleared (the raw value is kept as a property). */
        private String identityField(Asset a, String field, String value) {
            if (value == null) {
                return null;
            }
            String t = value.strip();
            if (t.isEmpty()) {
                return null;
            }
            if (placeholders.is(t)) {
                Parts.property(a, "placeholder." + field, t);
                return null;
            }
            return t;
        }

        ImportReport finish() throws OrigoException {
            progress.checkCancelled();
            // duplicates within this snapshot (same merge key) become one asset
            List<Asset> unique = new ArrayList<>(assets.size());
            List<String> uniqueFiles = new ArrayList<>(assets.size());
            long[] uniqueLines = new long[Math.max(1, assets.size())];
            List<Map<String, Asset>> seen = new ArrayList<>();
            for (int k = 0; k < keys.size(); k++) {
                seen.add(new HashMap<>());
            }
            for (int i = 0; i < assets.size(); i++) {
                Asset a = assets.get(i);
                Asset dup = null;
                int dupKey = -1;
                String dupValue = null;
                for (int k = 0; k < keys.size() && dup == null; k++) {
                    String v = keys.get(k).value(a, placeholders);
                    if (v != null) {
                        dup = seen.get(k).get(v);
                        dupKey = k;
                        dupValue = v;
                    }
                }
                if (dup != null) {
                    mergeInto(dup, a);
                    problem(assetFiles.get(i), Severity.WARNING, assetLines[i], keys.get(dupKey).id(),
                            EngineMessages.get("import.duplicate", keys.get(dupKey).id(), dupValue));
                    for (int k = 0; k < keys.size(); k++) {
                        String v = keys.get(k).value(dup, placeholders);
                        if (v != null) {
                            seen.get(k).putIfAbsent(v, dup);
                        }
                    }
                    continue;
                }
                for (int k = 0; k < keys.size(); k++) {
                    String v = keys.get(k).value(a, placeholders);
                    if (v != null) {
                        seen.get(k).put(v, a);
                    }
                }
                uniqueLines[unique.size()] = assetLines[i];
                unique.add(a);
                uniqueFiles.add(assetFiles.get(i));
            }
            seen.clear();
            assets.clear();
            groups.clear();
            formats.clear();

            // identities against the previous snapshot
            InventorySnapshot previous = project.getSnapshots().isEmpty() ? null
                    : project.getSnapshots().get(project.getSnapshots().size() - 1);
            Scope scope = Scope.of(req.options());
            List<Map<String, Asset>> prevIndex = new ArrayList<>();
            for (int k = 0; k < keys.size(); k++) {
                prevIndex.add(new HashMap<>());
            }
            if (previous != null) {
                for (Asset p : previous.getAssets()) {
                    for (int k = 0; k < keys.size(); k++) {
                        String v = keys.get(k).value(p, placeholders);
                        if (v != null) {
                            prevIndex.get(k).putIfAbsent(v, p);
                        }
                    }
                }
            }
            // assets without any identity are the same asset when read from the same place of the same source
            Map<String, Asset> keyless = new HashMap<>();
            if (previous != null) {
                for (Asset p : previous.getAssets()) {
                    if (p.getId() != null && firstKey(p) == null) {
                        keyless.putIfAbsent(p.getId(), p);
                    }
                }
            }
            Set<Asset> claimed = Collections.newSetFromMap(new IdentityHashMap<>());
            Set<String> usedIds = new HashSet<>(unique.size() * 2);
            List<MergeRecord> log = new ArrayList<>(unique.size() + 16);
            int newCount = 0;
            int mergedCount = 0;
            int unchangedCount = 0;
            int overridesKept = 0;
            for (int i = 0; i < unique.size(); i++) {
                Asset a = unique.get(i);
                Asset match = null;
                Identity on = null;
                String value = null;
                for (int k = 0; k < keys.size() && match == null; k++) {
                    String v = keys.get(k).value(a, placeholders);
                    if (v == null) {
                        continue;
                    }
                    Asset p = prevIndex.get(k).get(v);
                    if (p != null && !claimed.contains(p) && p.getId() != null && !usedIds.contains(p.getId())) {
                        match = p;
                        on = keys.get(k);
                        value = v;
                    }
                }
                if (match == null && !keyless.isEmpty() && firstKey(a) == null) {
                    Asset p = keyless.get(newId(a, uniqueFiles.get(i), uniqueLines[i], usedIds));
                    if (p != null && !claimed.contains(p)) {
                        match = p;
                        value = uniqueFiles.get(i) + "#" + uniqueLines[i];
                    }
                }
                MergeRecord r = OrigoFactory.eINSTANCE.createMergeRecord();
                if (match != null) {
                    claimed.add(match);
                    a.setId(match.getId());
                    boolean same = AssetContent.same(match, a);
                    r.setAction(same ? MergeAction.UNCHANGED : MergeAction.MERGED);
                    r.setKey(on == null ? "source" : on.id());
                    r.setDetail(value + " @ " + uniqueFiles.get(i) + (uniqueLines[i] > 0 ? ":" + uniqueLines[i] : ""));
                    // an unchanged asset keeps its verdicts; a changed one keeps the people's decisions (overrides)
                    for (org.origo.model.Verdict v : match.getVerdicts()) {
                        if (same || v.isOverride()) {
                            a.getVerdicts().add(org.eclipse.emf.ecore.util.EcoreUtil.copy(v));
                            if (v.isOverride()) {
                                overridesKept++;
                            }
                        }
                    }
                    if (same) {
                        unchangedCount++;
                    } else {
                        mergedCount++;
                    }
                } else {
                    a.setId(newId(a, uniqueFiles.get(i), uniqueLines[i], usedIds));
                    r.setAction(MergeAction.NEW);
                    r.setKey(firstKey(a));
                    newCount++;
                }
                usedIds.add(a.getId());
                r.setAssetId(a.getId());
                log.add(r);
            }
            int gone = 0;
            List<Asset> kept = new ArrayList<>();
            if (previous != null) {
                for (Asset p : previous.getAssets()) {
                    if (!claimed.contains(p) && (p.getId() == null || !usedIds.contains(p.getId()))) {
                        if (!scope.covers(p)) {
                            kept.add(p); // outside a partial import's scope: as it was
                            continue;
                        }
                        MergeRecord r = OrigoFactory.eINSTANCE.createMergeRecord();
                        r.setAction(MergeAction.GONE);
                        r.setAssetId(p.getId());
                        String id = firstKey(p);
                        r.setKey(id);
                        r.setDetail(p.getHostname());
                        log.add(r);
                        gone++;
                        for (org.origo.model.Verdict v : p.getVerdicts()) {
                            if (v.isOverride()) {
                                finding(Severity.WARNING, "override", EngineMessages.get("import.override.gone", p.getId(),
                                        v.getOutcome() == null ? "?" : v.getOutcome().getName(), nz(p.getHostname())));
                            }
                        }
                    }
                }
                if (!scope.partial() && !scope.complete() && !previous.getAssets().isEmpty()) {
                    double share = gone / (double) previous.getAssets().size();
                    if (share > scope.maxGone() + 1e-9) {
                        throw new OrigoException(EngineMessages.get("import.gone.refused", gone, previous.getAssets().size(),
                                String.format(Locale.ROOT, "%.0f", 100 * share), String.format(Locale.ROOT, "%.0f", 100 * scope.maxGone())));
                    }
                }
            }
            if (overridesKept > 0) {
                finding(Severity.INFO, "override", EngineMessages.get("import.override.kept", overridesKept));
            }
            if (droppedProblems > 0) {
                ImportProblem p = OrigoFactory.eINSTANCE.createImportProblem();
                Text t = EngineMessages.get("import.problems.more", droppedProblems);
                p.setSeverity(Severity.INFO);
                p.setLine(-1);
                p.setMessageEn(t.en());
                p.setMessageZh(t.zh());
                problems.add(p);
            }
            progress.checkCancelled();

            // build the snapshot aside, then attach in one step
            int number = project.getSnapshots().size() + 1;
            snapshot.setId("S" + number);
            Date now = new Date();
            snapshot.setImportedAt(now);
            String label = req.label();
            if (label == null || label.isBlank()) {
                // both languages in the one string, as the model stores bilingual texts (Text.decode reads it)
                label = EngineMessages.get("import.snapshot.label", new SimpleDateFormat("yyyy-MM-dd HH:mm", Locale.ROOT).format(now))
                        .encode();
            }
            snapshot.setLabel(label);
            snapshot.setComplete(!scope.partial());
            snapshot.getScopeSites().addAll(scope.sites());
            snapshot.getScopeDepartments().addAll(scope.departments());
            snapshot.getScopeSources().addAll(scope.sources());
            snapshot.getAssets().addAll(unique);
            // a partial import carries the assets outside its scope over unchanged (the previous snapshot keeps its own)
            for (Asset p : kept) {
                snapshot.getAssets().add(org.eclipse.emf.ecore.util.EcoreUtil.copy(p));
            }
            snapshot.getProblems().addAll(problems);
            snapshot.getMergeLog().addAll(log);
            project.getSoftwareTitles().addAll(newTitles);
            project.getSnapshots().add(snapshot);
            // merged counts every asset matched with the previous snapshot; unchanged() tells how many of them were read as before
            return new ImportReport(snapshot, filesRead, records, unique.size(), newCount, mergedCount + unchangedCount, gone,
                    Collections.unmodifiableList(problems));
        }

        private String firstKey(Asset a) {
            for (Identity k : keys) {
                if (k.value(a, placeholders) != null) {
                    return k.id();
                }
            }
            for (Identity k : Identity.values()) {
                if (k.value(a, placeholders) != null) {
                    return k.id();
                }
            }
            return null;
        }
    }

    /**
     * A stable id: a hash of the asset's first identity (serial, UUID, asset tag, MAC, host name),
     * else of where it was read; the same input always gives the same id.
     */
    static String newId(Asset a, String file, long line, Set<String> used) {
        String basis = null;
        for (Identity k : Identity.values()) {
            String v = k.raw(a);
            if (v != null) {
                basis = k.id() + "=" + k.normalize(v);
                break;
            }
        }
        if (basis == null) {
            basis = "at=" + file + "#" + line;
        }
        // FNV-1a over the UTF-8 bytes, without allocating them
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < basis.length(); i++) {
            int c = basis.charAt(i);
            if (Character.isHighSurrogate((char) c) && i + 1 < basis.length()) {
                c = Character.toCodePoint((char) c, basis.charAt(++i));
            }
            if (c < 0x80) {
                h = (h ^ c) * 0x100000001b3L;
            } else if (c < 0x800) {
                h = (h ^ (0xC0 | (c >> 6))) * 0x100000001b3L;
                h = (h ^ (0x80 | (c & 0x3F))) * 0x100000001b3L;
            } else if (c < 0x10000) {
                h = (h ^ (0xE0 | (c >> 12))) * 0x100000001b3L;
                h = (h ^ (0x80 | ((c >> 6) & 0x3F))) * 0x100000001b3L;
                h = (h ^ (0x80 | (c & 0x3F))) * 0x100000001b3L;
            } else {
                h = (h ^ (0xF0 | (c >> 18))) * 0x100000001b3L;
                h = (h ^ (0x80 | ((c >> 12) & 0x3F))) * 0x100000001b3L;
                h = (h ^ (0x80 | ((c >> 6) & 0x3F))) * 0x100000001b3L;
                h = (h ^ (0x80 | (c & 0x3F))) * 0x100000001b3L;
            }
        }
        char[] hex = new char[14];
        hex[0] = 'A';
        hex[1] = '-';
        long v = h & 0xffffffffffffL;
        for (int i = 13; i >= 2; i--) {
            hex[i] = Character.forDigit((int) (v & 0xf), 16);
            v >>>= 4;
        }
        String id = new String(hex);
        String candidate = id;
        int n = 2;
        while (used.contains(candidate)) {
            candidate = id + "-" + n++;
        }
        return candidate;
    }

    /**
     * Merges {@code other} into {@code into}: empty fields are filled, single components (system,
     * board, firmware, OS, hypervisor) completed, other components and software added when new.
     * A partial inventory replaces the component kinds and the software list it carries.
     */
    static void mergeInto(Asset into, Asset other) {
        if (into.getHostname() == null) {
            into.setHostname(other.getHostname());
        }
        if (into.getSerial() == null) {
            into.setSerial(other.getSerial());
        }
        if (into.getUuid() == null) {
            into.setUuid(other.getUuid());
        }
        if (into.getAssetTag() == null) {
            into.setAssetTag(other.getAssetTag());
        }
        if (into.getMacAddress() == null) {
            into.setMacAddress(other.getMacAddress());
        }
        if (!Parts.hasKind(into) || into.getKind() == AssetKind.UNKNOWN) {
            into.setKind(other.getKind());
        }
        if (into.getSite() == null) {
            into.setSite(other.getSite());
        }
        if (into.getDepartment() == null) {
            into.setDepartment(other.getDepartment());
        }
        if (into.getOwner() == null) {
            into.setOwner(other.getOwner());
        }
        if (into.getPurchaseDate() == null) {
            into.setPurchaseDate(other.getPurchaseDate());
        }
        for (String s : other.getSources()) {
            if (!into.getSources().contains(s)) {
                into.getSources().add(s);
            }
        }
        // a partial inventory (an agent's update of some sections) replaces the sections it carries
        boolean partial = other.getProperties().stream().anyMatch(p -> "inventory.partial".equals(p.getKey()));
        if (partial) {
            Set<ComponentKind> kinds = java.util.EnumSet.noneOf(ComponentKind.class);
            for (Component c : other.getComponents()) {
                if (!single(c.getKind())) {
                    kinds.add(c.getKind());
                }
            }
            into.getComponents().removeIf(c -> kinds.contains(c.getKind()));
            if (!other.getSoftware().isEmpty()) {
                into.getSoftware().clear();
            }
        }
        for (Component c : new ArrayList<>(other.getComponents())) {
            Component same = single(c.getKind()) ? Parts.first(into, c.getKind()) : equal(into, c);
            if (same == null) {
                into.getComponents().add(c);
            } else {
                fill(same, c);
            }
        }
        Set<SoftwareTitle> have = Collections.newSetFromMap(new IdentityHashMap<>());
        for (SoftwareInstall i : into.getSoftware()) {
            have.add(i.getTitle());
        }
        for (SoftwareInstall i : new ArrayList<>(other.getSoftware())) {
            if (have.add(i.getTitle())) {
                into.getSoftware().add(i);
            }
        }
        Set<String> props = new HashSet<>();
        for (Property p : into.getProperties()) {
            props.add(p.getKey());
        }
        for (Property p : new ArrayList<>(other.getProperties())) {
            if (props.add(p.getKey())) {
                into.getProperties().add(p);
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static boolean single(ComponentKind k) {
        return k == ComponentKind.SYSTEM || k == ComponentKind.BOARD || k == ComponentKind.FIRMWARE || k == ComponentKind.OS
                || k == ComponentKind.HYPERVISOR || k == ComponentKind.CHASSIS;
    }

    private static Component equal(Asset a, Component c) {
        for (Component x : a.getComponents()) {
            if (x.getKind() == c.getKind() && java.util.Objects.equals(x.getProduct(), c.getProduct())
                    && java.util.Objects.equals(x.getRawVendor(), c.getRawVendor())
                    && java.util.Objects.equals(x.getSerial(), c.getSerial())) {
                return x;
            }
        }
        return null;
    }

    private static void fill(Component into, Component c) {
        if (into.getVendor() == null) {
            into.setVendor(c.getVendor());
        }
        if (into.getRawVendor() == null) {
            into.setRawVendor(c.getRawVendor());
        }
        if (into.getProduct() == null) {
            into.setProduct(c.getProduct());
        }
        if (into.getModel() == null) {
            into.setModel(c.getModel());
        }
        if (into.getVersion() == null) {
            into.setVersion(c.getVersion());
        }
        if (into.getSerial() == null) {
            into.setSerial(c.getSerial());
        }
        if (into.getVendorId() == null) {
            into.setVendorId(c.getVendorId());
        }
        if (into.getDeviceId() == null) {
            into.setDeviceId(c.getDeviceId());
        }
        if (into.getArchitecture() == null) {
            into.setArchitecture(c.getArchitecture());
        }
        if (into.getCores() <= 0) {
            into.setCores(c.getCores());
        }
    }

    /** Categories of software titles by keyword, from {@code data/software-categories.txt}. */
    static final class Categories {
        private final List<String[]> rules = new ArrayList<>();

        Categories() {
            for (String l : DataFiles.lines("software-categories.txt")) {
                int eq = l.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String cat = l.substring(0, eq).strip();
                for (String kw : l.substring(eq + 1).split("\\|")) {
                    String k = kw.strip().toLowerCase(Locale.ROOT);
                    if (!k.isEmpty()) {
                        rules.add(new String[] { k, cat });
                    }
                }
            }
        }

        SoftwareCategory of(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            for (String[] r : rules) {
                if (n.contains(r[0])) {
                    return SoftwareCategory.get(r[1]);
                }
            }
            return SoftwareCategory.OTHER;
        }
    }
}
