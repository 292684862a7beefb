package org.origo.generator.tests;

import org.origo.testing.RecordingContext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.api.CommandContext;
import org.origo.api.OrigoCommand;
import org.origo.api.OrigoException;
import org.origo.api.UsageException;
import org.origo.generator.internal.i18n.GeneratorMessages;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

class GenerateCommandTest {

    @TempDir
    Path dir;

    /** The context of the last command, standard output and error together. */
    private RecordingContext last;

    private CommandContext context(Locale locale, String... args) {
        last = RecordingContext.merged(dir, locale, args);
        return last;
    }

    static OrigoCommand service() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(org.origo.generator.EstateGenerator.class);
        if (bundle.getBundleContext() == null) {
            bundle.start(Bundle.START_TRANSIENT);
        }
        BundleContext ctx = bundle.getBundleContext();
        ServiceTracker<OrigoCommand, OrigoCommand> tracker = new ServiceTracker<>(ctx,
                ctx.createFilter("(&(objectClass=" + OrigoCommand.class.getName() + ")(" + OrigoCommand.PROP_NAME
                        + "=generate))"), null);
        tracker.open();
        try {
            OrigoCommand c = tracker.waitForService(10_000);
            assertNotNull(c, "the generate command is registered as a service with origo.command=generate");
            return c;
        } finally {
            tracker.close();
        }
    }

    @Test
    void generatesThroughTheRegisteredService() throws Exception {
        OrigoCommand cmd = service();
        assertEquals("generate", cmd.name());
        int code = cmd.run(context(Locale.ENGLISH, "--assets", "800", "--seed", "3", "--out", "e.csv"));
        assertEquals(0, code);
        assertTrue(Files.readString(dir.resolve("e.csv")).contains("资产编号"));
        String printed = last.stdout();
        assertTrue(printed.contains("Wrote 800 assets"), printed);
    }

    @Test
    void chineseOutputAndHostsFormat() throws Exception {
        int code = service().run(context(Locale.SIMPLIFIED_CHINESE, "--assets", "40", "--seed", "3", "--out", "d",
                "--format", "hosts"));
        assertEquals(0, code);
        assertTrue(Files.isDirectory(dir.resolve("d/hosts")));
        assertTrue(Files.isRegularFile(dir.resolve("d/ledger.csv")));
        assertTrue(last.stdout().contains("已将 40 项资产"), last.stdout());
    }

    @Test
    void demoPresetAndXlsx() throws Exception {
        assertEquals(0, service().run(context(Locale.ENGLISH, "--demo", "--out", "demo.xlsx", "--format", "xlsx")));
        assertTrue(Files.size(dir.resolve("demo.xlsx")) > 100_000);
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        Files.writeString(dir.resolve("x.csv"), "keep");
        OrigoException e = assertThrows(OrigoException.class,
                () -> service().run(context(Locale.ENGLISH, "--assets", "5", "--seed", "1", "--out", "x.csv")));
        assertEquals(dir.resolve("x.csv").toString(), e.file());
        assertEquals(dir.resolve("x.csv") + ": 已存在；请换一个路径，或加上 --force 替换它", e.describe(Locale.SIMPLIFIED_CHINESE));
        assertEquals("keep", Files.readString(dir.resolve("x.csv")));
        assertEquals(0, service().run(context(Locale.ENGLISH, "--assets", "5", "--seed", "1", "--out", "x.csv", "--force")));
    }

    @Test
    void badArgumentsAreUsageErrors() throws Exception {
        OrigoCommand cmd = service();
        assertThrows(UsageException.class, () -> cmd.run(context(Locale.ENGLISH, "--assets", "0", "--seed", "1", "--out", "a")));
        assertThrows(UsageException.class, () -> cmd.run(context(Locale.ENGLISH, "--assets", "ten", "--seed", "1", "--out", "a")));
        assertThrows(UsageException.class, () -> cmd.run(context(Locale.ENGLISH, "--assets", "10", "--seed", "x", "--out", "a")));
        assertThrows(UsageException.class, () -> cmd.run(context(Locale.ENGLISH, "--assets", "10", "--seed", "1")));
        assertThrows(UsageException.class, () -> cmd.run(context(Locale.ENGLISH, "--assets", "10", "--seed", "1", "--out", "a",
                "--format", "pdf")));
        UsageException e = assertThrows(UsageException.class, () -> cmd.run(context(Locale.ENGLISH, "--assets", "10",
                "--seed", "1", "--out", "a", "--software", "9-3")));
        assertTrue(e.text().zh().contains("--software"), e.text().zh());
        assertTrue(cmd.usage().zh().contains("用法"));
        assertTrue(cmd.usage().en().contains("--assets N"));
    }

    @Test
    void everyMessageExistsInChinese() {
        assertEquals(java.util.Set.of(), GeneratorMessages.all().missingInChinese());
        assertTrue(GeneratorMessages.get("error.exists", "f").zh().startsWith("已存在"));
        assertTrue(GeneratorMessages.get("error.write", "f", "disk full").en().contains("(disk full)"));
        assertTrue(GeneratorMessages.get("error.assets", "0", "5").en().contains("'0'"), "apostrophes kept");
    }
}
