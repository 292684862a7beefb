package org.origo.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.origo.api.OrigoCommand;
import org.origo.api.Text;
import org.origo.catalog.api.ReplacementCatalog;
import org.origo.catalog.api.ReplacementMatcher;
import org.origo.inventory.api.InventoryImporter;
import org.origo.inventory.api.InventoryService;
import org.origo.origin.api.OriginProfile;
import org.origo.origin.api.VendorDirectory;
import org.origo.plan.api.ReplacementPlanner;
import org.origo.report.api.ReportRenderer;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Every contribution currently registered: importers, origin profiles, vendor directories,
 * catalogs, matchers, planners, renderers and commands. References are dynamic, so a bundle
 * installed, started, stopped or uninstalled at run time shows up or disappears at once.
 * A contribution that failed when called is remembered as failed (see {@link #failures()}), one
 * that misbehaved but works (e.g. left threads running) gets a warning (see {@link #warnings()}).
 * Both are kept in the core bundle's data area, so that {@code origo bundles} run later in another
 * process still shows them; an entry older than the last install or update of the contributing
 * bundle is no longer shown.
 */
@Component(service = Contributions.class, immediate = true)
public class Contributions {

    /** One registered contribution with the properties it was registered with. */
    public record Entry<T>(T service, String kind, String id, String bundle, Map<String, Object> properties) {
    }

    private final List<Entry<InventoryImporter>> importers = new CopyOnWriteArrayList<>();
    private final List<Entry<OriginProfile>> profiles = new CopyOnWriteArrayList<>();
    private final List<Entry<VendorDirectory>> directories = new CopyOnWriteArrayList<>();
    private final List<Entry<ReplacementCatalog>> catalogs = new CopyOnWriteArrayList<>();
    private final List<Entry<ReportRenderer>> renderers = new CopyOnWriteArrayList<>();
    private final List<Entry<InventoryService>> inventoryServices = new CopyOnWriteArrayList<>();
    private final List<Entry<ReplacementMatcher>> matchers = new CopyOnWriteArrayList<>();
    private final List<Entry<ReplacementPlanner>> planners = new CopyOnWriteArrayList<>();
    /** A failure or warning, when it was recorded, and whether it was recorded by an earlier process. */
    public record Report(Text text, Instant at, boolean earlier) {
    }

    /** Most failures and warnings kept on disk. */
    static final int MAX_KEPT = 500;
    private static final String STORE = "contribution-health.tsv";

    private final Map<String, Report> failures = new ConcurrentHashMap<>();
    private final Map<String, Report> warnings = new ConcurrentHashMap<>();
    private volatile Path store;

    /** A registry that keeps nothing on disk (outside OSGi, in tests). */
    public Contributions() {
    }

    /** A registry that keeps its failures and warnings in this file (read now, rewritten on each change). */
    public Contributions(Path store) {
        this.store = store;
        load();
    }

    private static <T> Entry<T> entry(T service, String kind, String idProperty, ServiceReference<?> ref) {
        Map<String, Object> props = new java.util.LinkedHashMap<>();
        for (String k : ref.getPropertyKeys()) {
            props.put(k, ref.getProperty(k));
        }
        Object id = ref.getProperty(idProperty);
        if (id == null) {
            id = ref.getProperty("component.name");
        }
        return new Entry<>(service, kind, String.valueOf(id), ref.getBundle() == null ? "?" : ref.getBundle().getSymbolicName(),
                props);
    }

    private static <T> void remove(List<Entry<T>> list, T service) {
        list.removeIf(e -> e.service() == service);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addImporter(InventoryImporter s, ServiceReference<InventoryImporter> ref) {
        importers.add(entry(s, "importer", InventoryImporter.PROP_ID, ref));
    }

    void removeImporter(InventoryImporter s) {
        remove(importers, s);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addProfile(OriginProfile s, ServiceReference<OriginProfile> ref) {
        profiles.add(entry(s, "profile", OriginProfile.PROP_ID, ref));
    }

    void removeProfile(OriginProfile s) {
        remove(profiles, s);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addDirectory(VendorDirectory s, ServiceReference<VendorDirectory> ref) {
        directories.add(entry(s, "vendor-directory", "component.name", ref));
    }

    void removeDirectory(VendorDirectory s) {
        remove(directories, s);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addCatalog(ReplacementCatalog s, ServiceReference<ReplacementCatalog> ref) {
        catalogs.add(entry(s, "catalog", ReplacementCatalog.PROP_ID, ref));
    }

    void removeCatalog(ReplacementCatalog s) {
        remove(catalogs, s);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addRenderer(ReportRenderer s, ServiceReference<ReportRenderer> ref) {
        renderers.add(entry(s, "renderer", ReportRenderer.PROP_FORMAT, ref));
    }

    void removeRenderer(ReportRenderer s) {
        remove(renderers, s);
    }

    private BundleContext context;

    @Activate
    void activate(BundleContext ctx) {
        this.context = ctx;
        java.io.File f = ctx.getDataFile(STORE);
        if (f != null) {
            this.store = f.toPath();
            load();
        }
    }

    /**
     * Commands are looked up in the service registry when asked for, not bound by reference: many
     * commands use this registry themselves, and binding them here would make a cycle.
     */
    private synchronized List<Entry<OrigoCommand>> currentCommands() {
        List<Entry<OrigoCommand>> list = new ArrayList<>();
        if (context == null) {
            return list;
        }
        try {
            ServiceReference<OrigoCommand>[] refs = context.getServiceReferences(OrigoCommand.class, null).toArray(new ServiceReference[0]);
            // release the commands that went away, so each command is got once and let go once
            java.util.Set<ServiceReference<OrigoCommand>> live = new java.util.HashSet<>(java.util.Arrays.asList(refs));
            for (java.util.Iterator<ServiceReference<OrigoCommand>> it = gotCommands.keySet().iterator(); it.hasNext();) {
                ServiceReference<OrigoCommand> ref = it.next();
                if (!live.contains(ref)) {
                    release(ref);
                    it.remove();
                }
            }
            for (ServiceReference<OrigoCommand> ref : refs) {
                OrigoCommand c = gotCommands.get(ref);
                if (c == null) {
                    // not got yet, or its component failed to activate last time: asked again
                    c = context.getService(ref);
                    if (c != null) {
                        gotCommands.put(ref, c);
                    }
                }
                if (c != null) {
                    list.add(entry(c, "command", OrigoCommand.PROP_NAME, ref));
                }
            }
        } catch (InvalidSyntaxException | IllegalStateException e) {
            // no filter is used; a bundle stopping meanwhile just drops out of the list
        }
        return list;
    }

    /** The command services this registry holds, each got once. */
    private final Map<ServiceReference<OrigoCommand>, OrigoCommand> gotCommands = new java.util.HashMap<>();

    private void release(ServiceReference<OrigoCommand> ref) {
        try {
            context.ungetService(ref);
        } catch (IllegalStateException e) {
            // this bundle is stopping: the framework releases everything itself
        }
    }

    @org.osgi.service.component.annotations.Deactivate
    synchronized void deactivate() {
        for (ServiceReference<OrigoCommand> ref : gotCommands.keySet()) {
            release(ref);
        }
        gotCommands.clear();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addInventoryService(InventoryService s, ServiceReference<InventoryService> ref) {
        inventoryServices.add(entry(s, "inventory-service", "component.name", ref));
    }

    void removeInventoryService(InventoryService s) {
        remove(inventoryServices, s);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addMatcher(ReplacementMatcher s, ServiceReference<ReplacementMatcher> ref) {
        matchers.add(entry(s, "matcher", "component.name", ref));
    }

    void removeMatcher(ReplacementMatcher s) {
        remove(matchers, s);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addPlanner(ReplacementPlanner s, ServiceReference<ReplacementPlanner> ref) {
        planners.add(entry(s, "planner", "component.name", ref));
    }

    void removePlanner(ReplacementPlanner s) {
        remove(planners, s);
    }

    private static <T> List<Entry<T>> sorted(List<Entry<T>> list) {
        List<Entry<T>> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparing(Entry::id));
        return copy;
    }

    public List<Entry<InventoryImporter>> importers() {
        return sorted(importers);
    }

    public List<Entry<OriginProfile>> profiles() {
        return sorted(profiles);
    }

    public List<Entry<VendorDirectory>> directories() {
        return sorted(directories);
    }

    public List<Entry<ReplacementCatalog>> catalogs() {
        return sorted(catalogs);
    }

    public List<Entry<ReportRenderer>> renderers() {
        return sorted(renderers);
    }

    public List<Entry<OrigoCommand>> commands() {
        return sorted(currentCommands());
    }

    public Optional<OriginProfile> profile(String id) {
        return profiles.stream().filter(e -> e.id().equals(id)).map(Entry::service).findFirst();
    }

    public Optional<ReportRenderer> renderer(String format) {
        return renderers.stream().filter(e -> e.id().equalsIgnoreCase(format)).map(Entry::service).findFirst();
    }

    public Optional<OrigoCommand> command(String name) {
        return currentCommands().stream().filter(e -> e.id().equals(name)).map(Entry::service).findFirst();
    }

    public Optional<InventoryService> inventoryService() {
        return inventoryServices.stream().map(Entry::service).findFirst();
    }

    public Optional<ReplacementMatcher> matcher() {
        return matchers.stream().map(Entry::service).findFirst();
    }

    public Optional<ReplacementPlanner> planner() {
        return planners.stream().map(Entry::service).findFirst();
    }

    /** Every contribution, all kinds together, sorted by kind then id. */
    public List<Entry<?>> all() {
        List<Entry<?>> all = new ArrayList<>();
        all.addAll(importers);
        all.addAll(profiles);
        all.addAll(directories);
        all.addAll(catalogs);
        all.addAll(renderers);
        all.addAll(currentCommands());
        all.addAll(inventoryServices);
        all.addAll(matchers);
        all.addAll(planners);
        all.sort(Comparator.comparing((Entry<?> e) -> e.kind()).thenComparing(Entry::id));
        return all;
    }

    /** Marks a contribution (by kind and id) as failed with a reason, e.g. after it threw when called. */
    public void markFailed(String kind, String id, String reason) {
        markFailed(kind, id, new Text(reason, reason));
    }

    /** Marks a contribution (by kind and id) as failed with a reason in both languages. */
    public void markFailed(String kind, String id, Text reason) {
        failures.put(kind + ":" + id, new Report(reason, Instant.now(), false));
        save();
    }

    /** Contributions that failed when called, {@code kind:id → reason} (in English). */
    public Map<String, String> failures() {
        Map<String, String> m = new java.util.TreeMap<>();
        failureReports().forEach((k, v) -> m.put(k, v.text().en()));
        return Collections.unmodifiableMap(m);
    }

    /** Contributions that failed when called, {@code kind:id → reason} in both languages. */
    public Map<String, Text> failureTexts() {
        Map<String, Text> m = new java.util.TreeMap<>();
        failureReports().forEach((k, v) -> m.put(k, v.text()));
        return Collections.unmodifiableMap(m);
    }

    /** Failures with when they were recorded, also by earlier runs, {@code kind:id → report}. */
    public Map<String, Report> failureReports() {
        return current(failures);
    }

    /**
     * Records a warning on a contribution that still works but misbehaved, e.g. left threads
     * running after a call; the latest warning per contribution is kept.
     */
    public void warn(String kind, String id, Text warning) {
        warnings.put(kind + ":" + id, new Report(warning, Instant.now(), false));
        save();
    }

    /** Warnings on contributions, {@code kind:id → warning} in both languages. */
    public Map<String, Text> warnings() {
        Map<String, Text> m = new java.util.TreeMap<>();
        warningReports().forEach((k, v) -> m.put(k, v.text()));
        return Collections.unmodifiableMap(m);
    }

    /** Warnings with when they were recorded, also by earlier runs, {@code kind:id → report}. */
    public Map<String, Report> warningReports() {
        return current(warnings);
    }

    /** The reports not older than the last install or update of the bundle that contributes them. */
    private Map<String, Report> current(Map<String, Report> reports) {
        Map<String, Report> out = new java.util.TreeMap<>();
        BundleContext ctx = context;
        Map<String, Long> modified = new java.util.HashMap<>();
        if (ctx != null) {
            for (Entry<?> e : all()) {
                modified.putIfAbsent(e.kind() + ":" + e.id(), lastModified(ctx, e.bundle()));
            }
        }
        reports.forEach((k, r) -> {
            Long m = modified.get(k);
            if (!r.earlier() || m == null || m <= r.at().toEpochMilli()) {
                out.put(k, r);
            }
        });
        return out;
    }

    private static long lastModified(BundleContext ctx, String symbolicName) {
        long last = 0;
        try {
            for (org.osgi.framework.Bundle b : ctx.getBundles()) {
                if (symbolicName.equals(b.getSymbolicName())) {
                    last = Math.max(last, b.getLastModified());
                }
            }
        } catch (IllegalStateException e) {
            // the framework is stopping
        }
        return last;
    }

    /** Reads the reports of earlier runs (a file that cannot be read is ignored: the reports are advisory). */
    private void load() {
        Path p = store;
        if (p == null || !Files.isRegularFile(p)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length != 5 || !(f[0].equals("F") || f[0].equals("W"))) {
                    continue;
                }
                Report r;
                try {
                    r = new Report(new Text(TabFields.unescape(f[3]), TabFields.unescape(f[4])), Instant.ofEpochMilli(Long.parseLong(f[2])), true);
                } catch (RuntimeException e) {
                    continue;
                }
                (f[0].equals("F") ? failures : warnings).putIfAbsent(TabFields.unescape(f[1]), r);
            }
        } catch (IOException | RuntimeException e) {
            // unreadable: start afresh
        }
    }

    /** Rewrites the file atomically (temporary file, then rename). */
    private synchronized void save() {
        Path p = store;
        if (p == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Report> e : failures.entrySet()) {
            lines.add(line("F", e.getKey(), e.getValue()));
        }
        for (Map.Entry<String, Report> e : warnings.entrySet()) {
            lines.add(line("W", e.getKey(), e.getValue()));
        }
        if (lines.size() > MAX_KEPT) {
            lines = lines.subList(lines.size() - MAX_KEPT, lines.size());
        }
        try {
            Files.createDirectories(p.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(p.toAbsolutePath().getParent(), STORE, ".tmp");
            try {
                Files.write(tmp, lines, StandardCharsets.UTF_8);
                Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // the reports are advisory: the registry in memory still has them
        }
    }

    private static String line(String type, String key, Report r) {
        return type + "\t" + TabFields.escape(key) + "\t" + r.at().toEpochMilli() + "\t" + TabFields.escape(r.text().en()) + "\t"
                + TabFields.escape(r.text().zh());
    }
}
