package org.origo.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Hashtable;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.api.OrigoException;
import org.origo.api.Progress;
import org.origo.api.Text;
import org.origo.cli.internal.Cli;
import org.origo.core.Contributions;
import org.origo.core.Guard;
import org.origo.core.ProjectStore;
import org.origo.inventory.api.AssetSink;
import org.origo.inventory.api.ImportContext;
import org.origo.inventory.api.ImportSource;
import org.origo.inventory.api.InventoryImporter;
import org.origo.inventory.api.InventoryService;
import org.origo.inventory.spi.Parts;
import org.origo.model.Asset;
import org.origo.model.InventorySnapshot;
import org.origo.model.Project;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Importer services that misbehave, registered at run time like a third-party bundle would: one
 * leaves a non-daemon thread running after every call, one never returns and ignores interrupts.
 * The host and the other importers go on working, the hanging one is stopped after the import time
 * bound with a bilingual error naming it and the file, the project stays as it was, and
 * {@code origo bundles} shows the leak as a warning and the hang as a failure.
 */
class MisbehavingImporterTest {

    static BundleContext context;
    static InventoryService service;
    static Contributions contributions;

    @TempDir
    Path dir;

    private ServiceRegistration<InventoryImporter> registration;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeAll
    static void host() throws Exception {
        Bundle cli = FrameworkUtil.getBundle(Cli.class);
        if (cli.getState() != Bundle.ACTIVE) {
            cli.start();
        }
        context = cli.getBundleContext();
        ServiceTracker<InventoryService, InventoryService> t = new ServiceTracker<>(context, InventoryService.class, null);
        t.open();
        service = t.waitForService(20_000);
        ServiceTracker<Contributions, Contributions> c = new ServiceTracker<>(context, Contributions.class, null);
        c.open();
        contributions = c.waitForService(20_000);
    }

    @AfterEach
    void cleanUp() {
        release.countDown();
        if (registration != null) {
            registration.unregister();
        }
        System.clearProperty("origo.import.timeout");
    }

    record Run(int code, String out, String err) {
    }

    static Run origo(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(context, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** An importer of a trivial format: one host name per line. */
    abstract static class LineImporter implements InventoryImporter {
        private final String id;

        LineImporter(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Text label() {
            return new Text(id, id);
        }

        @Override
        public int sniff(ImportSource source) {
            return 0; // used only when asked for by --format
        }

        void readLines(ImportSource source, AssetSink sink) throws OrigoException {
            try (InputStream in = source.open()) {
                long line = 0;
                for (String host : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    line++;
                    if (!host.isBlank()) {
                        Asset a = Parts.asset(null);
                        a.setHostname(host.strip());
                        sink.accept(a, line);
                    }
                }
            } catch (IOException e) {
                throw new OrigoException(new Text(e.getMessage(), e.getMessage()), source.name(), -1, null, e);
            }
        }
    }

    private void register(InventoryImporter importer) throws InterruptedException {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(InventoryImporter.PROP_ID, importer.id());
        props.put(InventoryImporter.PROP_LABEL, importer.id());
        registration = context.registerService(InventoryImporter.class, importer, props);
        for (long end = System.currentTimeMillis() + 10_000; System.currentTimeMillis() < end;) {
            if (service.importers().stream().anyMatch(i -> i.id().equals(importer.id()))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the import engine never bound " + importer.id());
    }

    private Path project(String name) {
        Path p = dir.resolve(name);
        Run r = origo("--lang", "en", "project", "new", p.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        return p;
    }

    private Path hosts(String... names) throws IOException {
        Path f = dir.resolve("hosts-" + names.length + ".txt");
        Files.writeString(f, String.join("\n", names) + "\n");
        return f;
    }

    /** A valid CSV ledger of the corpus, read by the shipped CSV importer. */
    private static Path ledger() {
        return Path.of(System.getProperty("origo.repo.root", "."), "tests", "hostile-corpus", "csv", "valid.csv");
    }

    @Test
    void importerThatLeavesThreadsRunningIsReportedAndTheHostGoesOn() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        List<ExecutorService> pools = new java.util.concurrent.CopyOnWriteArrayList<>();
        register(new LineImporter("leaky-test") {
            @Override
            public void read(ImportSource source, AssetSink sink, ImportContext ctx) throws OrigoException {
                calls.incrementAndGet();
                // a "background refresher" nobody stops: the JDK's default factory makes a non-daemon thread
                ExecutorService pool = Executors.newSingleThreadExecutor();
                pools.add(pool);
                pool.submit(() -> {
                    release.await();
                    return null;
                });
                readLines(source, sink);
            }
        });
        try {
            Path p = project("leak");
            long t0 = System.nanoTime();
            Run r = origo("--lang", "en", "import", hosts("leak-a", "leak-b").toString(), "--project", p.toString(), "--format",
                    "leaky-test");
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            assertEquals(0, r.code(), r.out() + r.err());
            assertEquals(1, calls.get());
            assertTrue(ms < 10_000, "the command did not wait for the leaked thread: " + ms + " ms");

            // the thread it left is alive, not a daemon, and attributed to this importer alone
            List<Thread> left = Guard.threadsOf("importer", "leaky-test");
            assertEquals(1, left.size(), String.valueOf(left));
            assertFalse(left.get(0).isDaemon());
            Text warning = contributions.warnings().get("importer:leaky-test");
            assertTrue(warning != null && warning.en().contains("left 1 thread(s) running")
                    && warning.en().contains("1 of them would keep a program alive"), String.valueOf(warning));
            assertFalse(contributions.warnings().containsKey("importer:csv"), contributions.warnings().toString());

            // the other importers are fine, in the same project
            Run csv = origo("--lang", "en", "import", ledger().toString(), "--project", p.toString(), "--complete");
            assertEquals(0, csv.code(), csv.out() + csv.err());
            assertFalse(contributions.warnings().containsKey("importer:csv"), contributions.warnings().toString());

            // origo bundles shows the warning, in both languages
            Run en = origo("--lang", "en", "bundles", "--failed");
            assertTrue(en.out().contains("importer leaky-test") && en.out().contains("WARNING: the importer 'leaky-test' left 1 thread(s)"),
                    en.out());
            assertTrue(en.out().contains("with warnings"), en.out());
            Run zh = origo("--lang", "zh", "bundles", "--failed");
            assertTrue(zh.out().contains("警告：") && zh.out().contains("“leaky-test”在调用结束后仍有 1 个线程在运行"), zh.out());
        } finally {
            release.countDown();
            pools.forEach(ExecutorService::shutdownNow);
        }
    }

    @Test
    void importerThatHangsIsStoppedNamedAndMarkedFailedAndTheProjectIsUnchanged() throws Exception {
        System.setProperty("origo.import.timeout", "2");
        AtomicReference<String> late = new AtomicReference<>();
        CountDownLatch lateDone = new CountDownLatch(1);
        register(new LineImporter("hang-test") {
            @Override
            public void read(ImportSource source, AssetSink sink, ImportContext ctx) throws OrigoException {
                // an asset before hanging: it must never reach the project
                Asset first = Parts.asset(null);
                first.setHostname("hang-first");
                sink.accept(first, 1);
                boolean interrupted = false;
                while (release.getCount() > 0) {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        interrupted = true; // ignored, as a badly written importer would
                    }
                }
                try {
                    Asset a = Parts.asset(null);
                    a.setHostname("hang-late");
                    sink.accept(a, 2);
                    late.set("accepted");
                } catch (Progress.Cancelled e) {
                    late.set("refused" + (interrupted ? " after an interrupt" : ""));
                } finally {
                    lateDone.countDown();
                }
            }
        });
        Path p = project("hang");
        Run first = origo("--lang", "en", "import", ledger().toString(), "--project", p.toString());
        assertEquals(0, first.code(), first.out() + first.err());
        Map<String, String> before = hashes(p);

        Path input = hosts("hang-a");
        long t0 = System.nanoTime();
        Run r = origo("--lang", "en", "import", input.toString(), "--project", p.toString(), "--format", "hang-test");
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertNotEquals(0, r.code(), r.out() + r.err());
        assertTrue(ms >= 2_000 && ms < 15_000, "stopped after " + ms + " ms");
        assertTrue(r.err().contains("the importer 'hang-test' gave no answer within 2 s and was stopped")
                && r.err().contains(input.getFileName().toString()), r.err());
        Run zh = origo("--lang", "zh", "import", input.toString(), "--project", p.toString(), "--format", "hang-test");
        assertNotEquals(0, zh.code());
        assertTrue(zh.err().contains("“hang-test”在 2 秒内没有响应，已被停止") && zh.err().contains(input.getFileName().toString()),
                zh.err());
        assertEquals(before, hashes(p), "the project folder is unchanged");

        Run bundles = origo("--lang", "en", "bundles", "--failed");
        assertTrue(bundles.out().contains("importer hang-test") && bundles.out().contains("FAILED: no answer after 2 s; stopped"),
                bundles.out());
        assertTrue(contributions.failures().containsKey("importer:hang-test"));

        // the host goes on: another importer works on the same project
        Run csv = origo("--lang", "en", "import", ledger().toString(), "--project", p.toString());
        assertEquals(0, csv.code(), csv.out() + csv.err());

        // the stuck calls, once they wake up, cannot hand anything to the finished imports
        release.countDown();
        assertTrue(lateDone.await(10, TimeUnit.SECONDS));
        assertTrue(late.get().startsWith("refused"), late.get());
        Project saved = ProjectStore.open(p);
        assertEquals(2, saved.getSnapshots().size(), "the two CSV imports only");
        for (InventorySnapshot snapshot : saved.getSnapshots()) {
            for (Asset a : snapshot.getAssets()) {
                assertFalse(String.valueOf(a.getHostname()).startsWith("hang"), a.getHostname());
            }
        }
    }

    private static Map<String, String> hashes(Path folder) throws Exception {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                m.put(f.getFileName().toString(), HexFormat.of().formatHex(md.digest(Files.readAllBytes(f))));
            }
        }
        return m;
    }
}
