package org.origo.hostile.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.origo.api.OrigoException;
import org.origo.api.Progress;
import org.origo.api.Text;
import org.origo.core.Contributions;
import org.origo.core.ProjectStore;
import org.origo.hostile.tests.Corpus.Case;
import org.origo.hostile.tests.Corpus.Expect;
import org.origo.inventory.api.ImportReport;
import org.origo.inventory.api.ImportRequest;
import org.origo.inventory.api.InventoryImporter;
import org.origo.inventory.api.InventoryService;
import org.origo.model.ImportProblem;
import org.origo.model.Project;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Runs every case of the hostile-input corpus through the registered import engine and importers,
 * one at a time, each under a time bound and a retained-heap bound. A case passes when it gives
 * what its table expects: a clean import, or an {@link OrigoException} naming the file and a line
 * or field (never an unlocated wrapped runtime failure, an escaping throwable or a hang); after a
 * failed import the project saves byte for byte as before; external entities never reach the
 * local file they point to. Prints the counts per importer.
 */
class HostileCorpusTest {

    private static final String FIXED_SECRET = "/tmp/origo-xxe-secret.txt";
    private static final String PASSWD_MARK = "root:x:0:0";

    static InventoryService service;
    /** Where the engine records importers that crash, hang or leave threads running. */
    static Contributions contributions;
    static Map<String, InventoryImporter> importers = new TreeMap<>();
    /** Ids of importers registered as services that the engine does not use. */
    static List<String> unbound = new ArrayList<>();
    static Path corpus;
    static Path work;
    static Path base;
    static byte[] reference;
    static Map<String, String> baseHashes;
    static String secret;
    static Path secretFile;
    static Map<String, String> known;
    static final List<Outcome> outcomes = new ArrayList<>();
    static ExecutorService pool;
    static HeapWatch heap;

    /** What happened to one case. */
    record Outcome(Case c, String importer, String status, String detail, long millis, long heapMb) {
    }

    @BeforeAll
    static void setUp() throws Exception {
        Bundle self = FrameworkUtil.getBundle(HostileCorpusTest.class);
        BundleContext ctx = self.getBundleContext();
        if (ctx == null) {
            self.start(Bundle.START_ACTIVATION_POLICY);
            ctx = self.getBundleContext();
        }
        // lazy contribution bundles are started so that their components register
        for (Bundle b : ctx.getBundles()) {
            if (b.getSymbolicName() != null && b.getSymbolicName().startsWith("org.origo.") && b.getHeaders().get("Fragment-Host") == null
                    && b.getState() != Bundle.ACTIVE) {
                try {
                    b.start(Bundle.START_ACTIVATION_POLICY);
                } catch (BundleException e) {
                    System.out.println("[hostile] cannot start " + b.getSymbolicName() + ": " + e.getMessage());
                }
            }
        }
        ServiceTracker<InventoryService, InventoryService> t = new ServiceTracker<>(ctx, InventoryService.class, null);
        t.open();
        service = t.waitForService(20_000);
        assertNotNull(service, "the InventoryService is not registered");
        ServiceTracker<Contributions, Contributions> ct = new ServiceTracker<>(ctx, Contributions.class, null);
        ct.open();
        contributions = ct.waitForService(20_000);
        assertNotNull(contributions, "the contributions registry is not registered");
        ServiceTracker<InventoryImporter, InventoryImporter> it = new ServiceTracker<>(ctx, InventoryImporter.class, null);
        it.open();
        it.waitForService(10_000);
        // every registered importer must have reached the engine (dynamic references bind asynchronously)
        List<String> registered = new ArrayList<>();
        for (long end = System.currentTimeMillis() + 15_000; System.currentTimeMillis() < end;) {
            registered.clear();
            for (var ref : ctx.getServiceReferences(InventoryImporter.class, null)) {
                InventoryImporter i = ctx.getService(ref);
                if (i == null) {
                    System.out.println("[hostile] importer component " + ref.getProperty(InventoryImporter.PROP_ID)
                            + " is registered but cannot be activated");
                } else {
                    registered.add(i.id());
                }
            }
            if (service.importers().size() >= registered.size()) {
                break;
            }
            Thread.sleep(200);
        }
        System.out.println("[hostile] importers registered: " + registered);
        // a corpus folder is named after the importer id, else after the importer's bundle
        List<InventoryImporter> all = new ArrayList<>();
        for (var ref : ctx.getServiceReferences(InventoryImporter.class, null)) {
            InventoryImporter i = ctx.getService(ref);
            if (i != null) {
                all.add(i);
            }
        }
        List<String> bound = new ArrayList<>();
        for (InventoryImporter i : service.importers()) {
            bound.add(i.id() + "=" + i.getClass().getSimpleName());
        }
        System.out.println("[hostile] importers the engine uses: " + bound);
        for (InventoryImporter i : all) {
            if (service.importers().stream().noneMatch(e -> e.id().equals(i.id()))) {
                unbound.add(i.id());
            }
        }
        if (!unbound.isEmpty()) {
            System.out.println("[hostile] importers registered but NOT used by the engine: " + unbound);
        }
        for (InventoryImporter i : all) {
            importers.put(i.id(), i);
        }
        for (InventoryImporter i : all) {
            Bundle b = FrameworkUtil.getBundle(i.getClass());
            String bsn = b == null ? "" : b.getSymbolicName();
            if (bsn.startsWith("org.origo.inventory.")) {
                importers.putIfAbsent(bsn.substring("org.origo.inventory.".length()), i);
            }
        }
        System.out.println("[hostile] importers installed: " + importers.keySet() + " (ids "
                + importers.values().stream().map(InventoryImporter::id).toList() + ")");

        corpus = Corpus.root();
        known = Corpus.knownWeaknesses(corpus);
        work = Files.createTempDirectory("origo-hostile-");
        secret = "ORIGO-SECRET-" + UUID.randomUUID();
        secretFile = work.resolve("secret.txt");
        Files.writeString(secretFile, secret + "\n");
        Files.writeString(Path.of(FIXED_SECRET), secret + "\n");

        // the project every case imports into: one snapshot already, saved, its bytes kept
        base = work.resolve("base");
        Project p = ProjectStore.create(base, "hostile");
        if (importers.containsKey("csv")) {
            service.importInto(p, List.of(corpus.resolve("csv/valid.csv")), ImportRequest.defaults(), Progress.NONE);
            ProjectStore.save(p, base);
        }
        reference = xmi(ProjectStore.open(base));
        baseHashes = hashes(base);
        pool = Executors.newCachedThreadPool(r -> {
            Thread th = new Thread(r, "hostile-case");
            th.setDaemon(true);
            return th;
        });
        heap = new HeapWatch();
    }

    @AfterAll
    static void report() throws IOException {
        if (heap != null) {
            heap.close();
        }
        if (pool != null) {
            pool.shutdownNow();
        }
        Map<String, int[]> per = new TreeMap<>();
        int passed = 0;
        int failed = 0;
        int knownCount = 0;
        int notInstalled = 0;
        StringBuilder failures = new StringBuilder();
        List<String> tsv = new ArrayList<>();
        tsv.add("case\timporter\tstatus\tms\theap-mb\tdetail");
        for (Outcome o : outcomes) {
            int[] c = per.computeIfAbsent(o.c().folder(), k -> new int[5]);
            c[0]++;
            switch (o.status()) {
            case "pass" -> {
                c[1]++;
                passed++;
            }
            case "FAIL" -> {
                c[2]++;
                failed++;
                failures.append("  ").append(o.c().id()).append(": ").append(o.detail()).append('\n');
            }
            case "known" -> {
                c[3]++;
                knownCount++;
            }
            default -> {
                c[4]++;
                notInstalled++;
            }
            }
            tsv.add(o.c().id() + "\t" + o.importer() + "\t" + o.status() + "\t" + o.millis() + "\t" + o.heapMb() + "\t"
                    + o.detail().replace('\t', ' ').replace('\n', ' '));
        }
        System.out.println();
        System.out.println("[hostile] corpus results (cases / passed / failed / known weaknesses / importer not installed or not bound)");
        for (Map.Entry<String, int[]> e : per.entrySet()) {
            int[] c = e.getValue();
            System.out.printf(Locale.ROOT, "[hostile]   %-10s %4d  %4d  %4d  %4d  %4d%n", e.getKey(), c[0], c[1], c[2], c[3], c[4]);
        }
        System.out.printf(Locale.ROOT, "[hostile] cases tried %d, passed %d, failed %d, known weaknesses %d, not installed or not bound %d%n",
                outcomes.size(), passed, failed, knownCount, notInstalled);
        if (failed > 0) {
            System.out.println("[hostile] failures:\n" + failures);
        }
        Path out = Path.of("target", "hostile-report.tsv");
        Files.createDirectories(out.getParent());
        Files.write(out, tsv, StandardCharsets.UTF_8);
        System.out.println("[hostile] per-case report: " + out.toAbsolutePath());
        Files.deleteIfExists(Path.of(FIXED_SECRET));
        if (work != null) {
            delete(work);
        }
        // no shipped importer may crash, hang or leave a thread running on any case
        Map<String, String> warned = new TreeMap<>();
        contributions.warnings().forEach((k, v) -> warned.put(k, v.en()));
        System.out.println("[hostile] contributions marked failed: " + contributions.failures().size() + ", with warnings: "
                + warned.size());
        assertEquals(Map.of(), contributions.failures(), "importers marked failed during the corpus run");
        assertEquals(Map.of(), warned, "importers that left threads running during the corpus run");
    }

    @Test
    void corpusIsLargeAndCoversEveryImporterFolder() throws IOException {
        List<Case> cases = Corpus.committed(Corpus.root());
        Map<String, Long> per = new TreeMap<>();
        for (Case c : cases) {
            per.merge(c.folder(), 1L, Long::sum);
            assertFalse(Files.size(c.file()) > 1_000_000, c.id() + " is over 1 MB; generate it instead");
        }
        assertEquals(Corpus.FOLDERS.size(), per.size(), "folders with cases: " + per);
        long total = cases.size();
        assertFalse(total < 200, "only " + total + " committed cases");
        per.forEach((k, v) -> assertFalse(v < 20, k + " has only " + v + " cases"));
    }

    @Test
    void engineUsesEveryRegisteredImporter() {
        List<String> unexpected = unbound.stream().filter(id -> !known.containsKey("binding/" + id)).toList();
        assertEquals(List.of(), unexpected, "importer services registered but not bound by the InventoryService");
    }

    @TestFactory
    Stream<DynamicTest> corpus() throws Exception {
        List<Case> cases = new ArrayList<>(Corpus.committed(corpus));
        // ORIGO_HOSTILE_HUGE=false leaves out the generated huge cases (quick local runs)
        if (!"false".equals(System.getProperty("origo.hostile.huge", System.getenv("ORIGO_HOSTILE_HUGE")))) {
            cases.addAll(Corpus.generated(corpus, corpus.resolve("target").resolve("generated")));
        }
        cases.sort(Comparator.comparing(Case::generated).thenComparing(Case::folder).thenComparing(c -> c.file().getFileName().toString()));
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.id() + " — " + c.what(), () -> run(c)));
    }

    private void run(Case c) throws Exception {
        InventoryImporter imp = null;
        if (!Corpus.ARCHIVE.equals(c.folder())) {
            imp = importers.get(c.folder());
            if (imp == null) {
                outcomes.add(new Outcome(c, "-", "not-installed", "no importer from org.origo.inventory." + c.folder(), 0, 0));
                return;
            }
        }
        if (imp != null && unbound.contains(imp.id())) {
            outcomes.add(new Outcome(c, imp.id(), "unbound", "importer registered but not used by the engine", 0, 0));
            return;
        }
        String importerId = imp == null ? "(sniffed)" : imp.id();
        Path input = prepare(c);
        Project project = ProjectStore.open(base);
        ImportRequest req = new ImportRequest(c.flag("sniff") || imp == null ? null : imp.id(), null, false,
                ImportRequest.DEFAULT_MERGE_KEYS, "hostile " + c.id(), Map.of("complete", "true")); // each case stands for a whole new inventory
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(c.timeoutSeconds());
        Progress bounded = new Progress() {
            @Override
            public void begin(Text task, long totalWork) {
            }

            @Override
            public void worked(long units) {
            }

            @Override
            public boolean isCancelled() {
                return System.nanoTime() > deadline;
            }
        };
        heap.start();
        long t0 = System.nanoTime();
        Future<ImportReport> f = pool.submit(() -> service.importInto(project, List.of(input), req, bounded));
        ImportReport report = null;
        Throwable thrown = null;
        boolean hung = false;
        try {
            // a little grace beyond the bound so that a cancellation seen by the engine can surface
            report = f.get(c.timeoutSeconds() + 5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            thrown = e.getCause();
        } catch (TimeoutException e) {
            hung = true;
            f.cancel(true);
        }
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        long heapMb = heap.retainedGrowth() >> 20;

        List<String> problems = new ArrayList<>();
        if (hung) {
            problems.add("no answer within " + (c.timeoutSeconds() + 5) + " s (hang)");
        } else if (System.nanoTime() > deadline && thrown instanceof OrigoException) {
            problems.add("took longer than its bound of " + c.timeoutSeconds() + " s (" + ms + " ms; cancelled)");
        }
        if (heapMb > c.heapMegabytes()) {
            problems.add("kept " + heapMb + " MB of heap alive (bound " + c.heapMegabytes() + " MB)");
        }
        String display = input.toString();
        if (!hung) {
            if (thrown == null) {
                checkClean(c, report, problems);
                checkNoSecret(c, texts(report), problems);
                checkSavedHasNoSecret(c, project, problems);
            } else {
                checkError(c, thrown, display, problems);
                checkNoSecret(c, thrown instanceof OrigoException oe
                        ? List.of(oe.describe(Locale.ENGLISH), oe.describe(Locale.SIMPLIFIED_CHINESE))
                        : List.of(String.valueOf(thrown)), problems);
                checkUnchanged(project, problems);
            }
        }
        String status;
        String detail;
        if (problems.isEmpty()) {
            status = "pass";
            detail = thrown == null ? "clean: " + report.assets() + " assets, " + report.problems().size() + " problems"
                    : "error: " + ((OrigoException) thrown).describe(Locale.ENGLISH);
        } else if (known.containsKey(c.id())) {
            status = "known";
            detail = String.join("; ", problems) + " [known: " + known.get(c.id()) + "]";
        } else {
            status = "FAIL";
            detail = String.join("; ", problems);
        }
        if (detail.length() > 400) {
            detail = detail.substring(0, 400) + "…";
        }
        outcomes.add(new Outcome(c, importerId, status, detail, ms, heapMb));
        if (c.generated() || ms > 2000) {
            System.out.printf(Locale.ROOT, "[hostile] %-45s %-5s %6d ms %5d MB  %s%n", c.id(), status, ms, heapMb, detail);
        }
        if ("FAIL".equals(status)) {
            fail(c.id() + " (" + importerId + "): " + detail);
        }
    }

    private static void checkClean(Case c, ImportReport report, List<String> problems) {
        if (c.expect() == Expect.ERROR || c.expect() == Expect.REFUSED) {
            problems.add("imported cleanly (" + report.assets() + " assets) where an error was expected: " + c.what());
        }
        if (report.assets() < c.minAssets()) {
            problems.add("imported " + report.assets() + " assets, expected at least " + c.minAssets());
        }
        for (ImportProblem p : report.problems()) {
            if (p.getFile() == null || p.getFile().isBlank()) {
                problems.add("import problem without a file: " + p.getMessageEn());
                break;
            }
        }
        String warns = c.flags().get("warns");
        if (warns != null && report.problems().stream().noneMatch(p -> p.getMessageEn() != null && p.getMessageEn().contains(warns)
                && (p.getLine() > 0 || (p.getField() != null && !p.getField().isBlank())) && !p.getMessageZh().equals(p.getMessageEn()))) {
            problems.add("no located, bilingual warning saying \"" + warns + "\" among " + report.problems().size() + " problems");
        }
    }

    private static void checkError(Case c, Throwable thrown, String display, List<String> problems) {
        if (!(thrown instanceof OrigoException e)) {
            problems.add("escaped as " + thrown.getClass().getName() + ": " + thrown.getMessage() + " at " + top(thrown));
            return;
        }
        if (c.expect() == Expect.CLEAN) {
            problems.add("failed where a clean import was expected: " + e.describe(Locale.ENGLISH));
        }
        String en = e.describe(Locale.ENGLISH);
        String name = Path.of(display).getFileName().toString();
        if (e.file() == null || !en.contains(name)) {
            problems.add("error does not name the file: " + en);
        }
        Throwable runtime = runtimeCause(e);
        if (runtime != null) {
            problems.add("an importer threw " + runtime.getClass().getName() + " (" + runtime.getMessage() + ") at " + top(runtime)
                    + ", reported without a location as: " + en);
            return;
        }
        String says = c.flags().get("says");
        if (says != null && !e.text().en().contains(says)) {
            problems.add("error does not say \"" + says + "\": " + en);
        }
        String field = c.flags().get("field");
        if (field != null && !field.equals(e.field())) {
            problems.add("error names the field " + e.field() + " instead of " + field + ": " + en);
        }
        boolean located = e.line() > 0 || (e.field() != null && !e.field().isBlank());
        boolean wholeFile = c.expect() == Expect.REFUSED || c.flag("whole-file") || isWholeFileRefusal(e);
        if (!located && !wholeFile) {
            problems.add("error names no line or field: " + en);
        }
        if (e.text().zh().equals(e.text().en()) && e.text().en().matches(".*[A-Za-z]{4,}.*")) {
            problems.add("error has no Chinese text: " + en);
        }
    }

    /**
     * Refusals of a whole input by the engine (format not recognized, archive bounds, an archive
     * entry that expands beyond its declared size: the entry is the location), which have no line.
     */
    private static boolean isWholeFileRefusal(OrigoException e) {
        String en = e.text().en();
        return en.startsWith("no importer recognizes") || en.startsWith("the archive ") || en.startsWith("not a readable zip")
                || (e.file() != null && e.file().contains("!/") && en.contains("larger than its declared size"));
    }

    /** A non-I/O runtime failure or error inside the exception, i.e. an importer that crashed instead of reporting. */
    private static Throwable runtimeCause(Throwable t) {
        for (Throwable c = t.getCause(); c != null && c != t; c = c.getCause()) {
            if (c instanceof OrigoException || c instanceof IOException || c instanceof UncheckedIOException
                    || c instanceof Progress.Cancelled) {
                continue;
            }
            if (c instanceof RuntimeException || c instanceof Error) {
                return c;
            }
        }
        return null;
    }

    private static String top(Throwable t) {
        StackTraceElement[] st = t.getStackTrace();
        for (StackTraceElement s : st) {
            if (s.getClassName().startsWith("org.origo.")) {
                return s.getClassName() + "." + s.getMethodName() + ":" + s.getLineNumber();
            }
        }
        return st.length > 0 ? st[0].toString() : "?";
    }

    private static void checkNoSecret(Case c, List<String> texts, List<String> problems) {
        for (String s : texts) {
            if (s != null && s.contains(secret)) {
                problems.add("XXE: the content of a local file was read into the import: " + s);
                return;
            }
            if (c.flag("passwd") && s != null && s.contains(PASSWD_MARK)) {
                problems.add("XXE: /etc/passwd was read into the import");
                return;
            }
        }
    }

    private static void checkSavedHasNoSecret(Case c, Project project, List<String> problems) {
        if (!c.flag("xxe") && !c.flag("xxe-fixed") && !c.flag("passwd")) {
            return;
        }
        try {
            String saved = new String(xmi(project), StandardCharsets.UTF_8);
            checkNoSecret(c, List.of(saved), problems);
        } catch (IOException e) {
            problems.add("cannot save the project after import: " + e.getMessage());
        }
    }

    /** The project as XMI, the same bytes for the same content. */
    private static byte[] xmi(Project project) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ProjectStore.writeXmi(project, out);
        return out.toByteArray();
    }

    private static void checkUnchanged(Project project, List<String> problems) {
        try {
            byte[] now = xmi(project);
            if (!Arrays.equals(now, reference)) {
                problems.add("the project changed although the import failed (" + now.length + " bytes vs " + reference.length + ")");
            }
            if (!hashes(base).equals(baseHashes)) {
                problems.add("the project folder on disk changed");
            }
        } catch (IOException e) {
            problems.add("cannot write the project after a failed import: " + e.getMessage());
        }
    }

    private static List<String> texts(ImportReport r) {
        List<String> out = new ArrayList<>();
        for (ImportProblem p : r.problems()) {
            out.add(p.getMessageEn());
            out.add(p.getMessageZh());
        }
        return out;
    }

    /** The input for a case: as it is, or with the secret file's URI written into its external entities. */
    private static Path prepare(Case c) throws IOException {
        if (!c.flag("xxe")) {
            return c.file();
        }
        String uri = secretFile.toUri().toString();
        byte[] in = Files.readAllBytes(c.file());
        byte[] out;
        if (in.length > 2 && in[0] == 'P' && in[1] == 'K') {
            ByteArrayOutputStream bo = new ByteArrayOutputStream();
            try (ZipInputStream zi = new ZipInputStream(new java.io.ByteArrayInputStream(in)); ZipOutputStream zo = new ZipOutputStream(bo)) {
                ZipEntry e;
                while ((e = zi.getNextEntry()) != null) {
                    zo.putNextEntry(new ZipEntry(e.getName()));
                    zo.write(replace(zi.readAllBytes(), uri));
                    zo.closeEntry();
                }
            }
            out = bo.toByteArray();
        } else {
            out = replace(in, uri);
        }
        Path dir = work.resolve("xxe").resolve(c.folder());
        Files.createDirectories(dir);
        Path p = dir.resolve(c.file().getFileName());
        Files.write(p, out);
        return p;
    }

    private static byte[] replace(byte[] data, String uri) {
        String s = new String(data, StandardCharsets.ISO_8859_1);
        return s.replace("@SECRET_URI@", uri).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                if (Files.isRegularFile(p)) {
                    m.put(p.getFileName().toString(), sha256(p));
                }
            }
        }
        return m;
    }

    private static String sha256(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
