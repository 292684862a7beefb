package org.origo.store.sqlite.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.store.api.AuditCheck;
import org.origo.store.api.ProjectStore;
import org.origo.store.api.StoreLocation;
import org.origo.store.api.StoreOptions;
import org.origo.store.api.tests.SampleProjects;
import org.origo.store.sqlite.internal.SqliteDialect;
import org.origo.store.sqlite.internal.SqliteStoreProvider;

/**
 * Real processes on one SQLite project: two writers at the same moment both land, and a writer
 * killed with SIGKILL in the middle of its transactions leaves the last committed state and an
 * intact audit chain.
 */
class StoreProcessesTest {

    @TempDir
    Path dir;

    private Path project() throws Exception {
        Path file = dir.resolve("project.sqlite");
        try (ProjectStore s = new SqliteStoreProvider().open(StoreLocation.sqlite(file), StoreOptions.defaults(), true)) {
            s.write("project.save", "sample", tx -> {
                tx.saveProject(SampleProjects.rich(1, 10));
                return null;
            });
        }
        return file;
    }

    @Test
    void twoProcessesOverridingDifferentAssetsBothLand() throws Exception {
        Path file = project();
        int rounds = 25;
        Process a = writer(file, "A-1", rounds, 0);
        Process b = writer(file, "A-2", rounds, 0);
        StringBuilder outA = drain(a);
        StringBuilder outB = drain(b);
        assertTrue(a.waitFor(120, TimeUnit.SECONDS) && b.waitFor(120, TimeUnit.SECONDS), "both writers finish");
        assertEquals(0, a.exitValue(), outA::toString);
        assertEquals(0, b.exitValue(), outB::toString);
        try (ProjectStore s = new SqliteStoreProvider().open(StoreLocation.sqlite(file), StoreOptions.defaults(), false)) {
            assertEquals("A-1 round " + (rounds - 1), s.asset("S1", "A-1").orElseThrow().getOwner());
            assertEquals("A-2 round " + (rounds - 1), s.asset("S1", "A-2").orElseThrow().getOwner());
            assertEquals(2L * rounds, s.audit().stream().filter(r -> r.action().equals("override")).count());
            assertTrue(s.verifyAudit().isValid());
        }
    }

    @Test
    void aWriterKilledInTheMiddleLeavesTheLastCommittedStateAndAValidChain() throws Exception {
        Path file = project();
        Random random = new Random(42);
        for (int attempt = 0; attempt < 3; attempt++) {
            Process p = writer(file, "A-3", -1, 300);
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            int committed = -1;
            int wanted = 2 + random.nextInt(4);
            String line;
            while (committed < wanted && (line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    committed = Integer.parseInt(line.substring(10).trim());
                }
            }
            assertTrue(committed >= wanted, "the writer committed " + committed + " rounds before it was killed");
            Thread.sleep(random.nextInt(60));
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            try (ProjectStore s = new SqliteStoreProvider().open(StoreLocation.sqlite(file), StoreOptions.defaults(), false)) {
                AuditCheck c = s.verifyAudit();
                assertTrue(c.isValid(), () -> c.problem().en());
                String owner = s.asset("S1", "A-3").orElseThrow().getOwner();
                int seen = Integer.parseInt(owner.substring("A-3 round ".length()));
                assertTrue(seen >= committed, "round " + committed + " was reported committed, the store has " + seen);
                // every committed round has its audit entry and its whole bulk, none has half of it
                long rounds = s.audit().stream().filter(r -> r.action().equals("override")).count();
                try (Connection conn = new SqliteDialect(file).connect(false); Statement st = conn.createStatement()) {
                    try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM asset WHERE asset_id LIKE 'A-3-bulk-%'")) {
                        rs.next();
                        assertEquals(rounds * 300, rs.getLong(1));
                    }
                    try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                        rs.next();
                        assertEquals("ok", rs.getString(1));
                    }
                }
            }
        }
    }

    private static StringBuilder drain(Process p) {
        StringBuilder b = new StringBuilder();
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String l;
                while ((l = r.readLine()) != null) {
                    synchronized (b) {
                        b.append(l).append('\n');
                    }
                }
            } catch (java.io.IOException e) {
                // the process ended
            }
        });
        t.setDaemon(true);
        t.start();
        return b;
    }

    private Process writer(Path file, String assetId, int rounds, int bulk) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx256m");
        cmd.add("-cp");
        cmd.add(classpath());
        cmd.add(WriterProcess.class.getName());
        cmd.add(file.toString());
        cmd.add(assetId);
        cmd.add(Integer.toString(rounds));
        cmd.add(Integer.toString(bulk));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectError(dir.resolve("writer-" + assetId + "-" + System.nanoTime() + ".err").toFile());
        return pb.start();
    }

    /** The class path of a plain JVM running the store: the bundles' own jars or class folders. */
    static String classpath() throws URISyntaxException {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : new Class<?>[] { WriterProcess.class, SqliteStoreProvider.class, org.origo.store.jdbc.JdbcProjectStore.class,
                org.origo.store.api.ProjectStore.class, org.origo.api.OrigoException.class, org.origo.model.Project.class,
                org.eclipse.emf.ecore.EObject.class, org.eclipse.emf.common.util.EList.class, com.fasterxml.jackson.databind.ObjectMapper.class,
                com.fasterxml.jackson.core.JsonFactory.class, com.fasterxml.jackson.annotation.JsonAutoDetect.class, org.sqlite.JDBC.class }) {
            entries.add(location(c));
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String location(Class<?> c) throws URISyntaxException {
        Path p = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(p)) {
            String rel = c.getName().replace('.', '/') + ".class";
            for (String sub : new String[] { "", "target/classes", "bin", "target/test-classes" }) {
                if (Files.isRegularFile(p.resolve(sub).resolve(rel))) {
                    return p.resolve(sub).toString();
                }
            }
        }
        return p.toString();
    }
}
