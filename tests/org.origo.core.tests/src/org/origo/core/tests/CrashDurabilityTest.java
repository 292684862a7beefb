package org.origo.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.EMFPlugin;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.api.Text;
import org.origo.core.ProjectStore;
import org.origo.model.Project;

/**
 * Kills a real child process with SIGKILL at random points while it saves a large project, and
 * checks each time that the folder still opens, holds a complete generation (the last one the
 * child reported saved, or the one it was committing when it died, never a torn one) and that
 * the audit chain is intact.
 */
class CrashDurabilityTest {

    private static final int TRIALS = Integer.getInteger("origo.crash.trials", 50);
    private static final int ASSETS = 20_000;

    @TempDir
    Path dir;

    @Test
    void killDashNineDuringSavesAlwaysLeavesTheLastGoodProject() throws Exception {
        String classpath = childClasspath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Random random = new Random(20201208L);
        int survived = 0;
        ProjectStore.save(SaveCrashChild.build(ASSETS), dir);
        for (int trial = 0; trial < TRIALS; trial++) {
            Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", classpath, SaveCrashChild.class.getName(),
                    dir.toString(), String.valueOf(ASSETS)).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            long killAfter = 300 + random.nextInt(1500);
            long deadline = System.currentTimeMillis() + killAfter;
            int lastSaved = -1;
            List<String> noise = new ArrayList<>();
            while (System.currentTimeMillis() < deadline) {
                while (out.ready()) {
                    String line = out.readLine();
                    if (line != null && line.startsWith("saved ")) {
                        lastSaved = Integer.parseInt(line.substring(6));
                    } else if (line != null) {
                        noise.add(line);
                    }
                }
                Thread.sleep(5);
            }
            child.destroyForcibly(); // SIGKILL on Linux
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertTrue(noise.isEmpty(), "child failed: " + noise);
            Project p = ProjectStore.open(dir);
            int assets = p.getSnapshots().get(0).getAssets().size();
            // complete generations only: the last reported, the one in flight, or (before the first report) the previous trial's
            assertTrue(assets >= ASSETS && (lastSaved < 0 || assets == lastSaved || assets == lastSaved + 1),
                    "trial " + trial + ": reopened " + assets + " assets, last reported save " + lastSaved);
            assertEquals("crash-" + assets, p.getName());
            assertTrue(ProjectStore.read(dir, s -> s.verifyAudit()).isValid(), "trial " + trial + ": the audit chain is intact");
            survived++;
        }
        assertEquals(TRIALS, survived);
        System.out.println("kill -9 trials survived: " + survived + "/" + TRIALS);
    }

    /** The class path of the bundles the child needs: where the framework loaded each class from. */
    private static String childClasspath() throws Exception {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : new Class<?>[] { ProjectStore.class, Project.class, Text.class, EObject.class, EMFPlugin.class,
                XMIResource.class, CrashDurabilityTest.class, org.origo.store.api.ProjectStore.class, org.origo.store.jdbc.JdbcProjectStore.class,
                org.origo.store.sqlite.SqliteStores.class, org.sqlite.JDBC.class, com.fasterxml.jackson.databind.ObjectMapper.class,
                com.fasterxml.jackson.core.JsonFactory.class, com.fasterxml.jackson.annotation.JsonAutoDetect.class, org.osgi.framework.FrameworkUtil.class }) {
            URI uri = c.getProtectionDomain().getCodeSource().getLocation().toURI();
            Path p = Path.of(uri);
            if (Files.isDirectory(p.resolve("target/classes"))) {
                p = p.resolve("target/classes");
            }
            entries.add(p.toString());
        }
        return String.join(File.pathSeparator, entries);
    }
}
