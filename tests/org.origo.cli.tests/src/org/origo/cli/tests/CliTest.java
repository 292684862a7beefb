package org.origo.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.cli.internal.Cli;
import org.origo.cli.internal.i18n.CliMessages;
import org.origo.core.ProjectStore;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** Exit codes, help, languages and error messages of the command line. */
class CliTest {

    static BundleContext context;

    @TempDir
    Path dir;

    @BeforeAll
    static void host() throws Exception {
        Bundle cli = FrameworkUtil.getBundle(Cli.class);
        if (cli.getState() != Bundle.ACTIVE) {
            cli.start();
        }
        context = cli.getBundleContext();
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(context, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void noCommandIsAUsageErrorWithHelp() {
        Result r = run("--lang", "en");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Usage: origo") && r.err().contains("assess"), r.err());
        assertTrue(run("--help").code() == 0);
    }

    @Test
    void unknownCommandAndUnknownOptionExitTwo() {
        Result r = run("--lang", "en", "frobnicate");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown command 'frobnicate'"), r.err());
        Result o = run("--lang", "en", "project", "info", dir.toString(), "--colour");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("unknown option --colour"), o.err());
        assertTrue(run("--lang", "fr", "bundles").code() == 2);
    }

    @Test
    void runningOutOfMemoryTellsHowToGiveMore() {
        org.origo.api.OrigoCommand hungry = new org.origo.api.OrigoCommand() {
            @Override
            public String name() {
                return "hungry";
            }

            @Override
            public org.origo.api.Text summary() {
                return new org.origo.api.Text("needs much memory", "需要大量内存");
            }

            @Override
            public org.origo.api.Text usage() {
                return summary();
            }

            @Override
            public int run(org.origo.api.CommandContext ctx) throws org.origo.api.OrigoException {
                // as a contribution called through the guard reports it
                throw new org.origo.api.OrigoException(new org.origo.api.Text("failed", "失败"), new OutOfMemoryError("Java heap space"));
            }
        };
        java.util.Hashtable<String, Object> props = new java.util.Hashtable<>();
        props.put(org.origo.api.OrigoCommand.PROP_NAME, "hungry");
        var reg = context.registerService(org.origo.api.OrigoCommand.class, hungry, props);
        try {
            Result r = run("--lang", "en", "hungry");
            assertEquals(1, r.code());
            assertTrue(r.err().startsWith("error: not enough memory") && r.err().contains("ORIGO_JAVA_OPTS=-Xmx8g"), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
            Result zh = run("--lang", "zh", "hungry");
            assertTrue(zh.err().startsWith("错误：内存不足"), zh.err());
        } finally {
            reg.unregister();
        }
    }

    @Test
    void failureIsOneClearLineWithoutStackTrace() {
        Result r = run("--lang", "en", "project", "info", dir.resolve("nothing-here").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("error: ") && r.err().contains("holds no Origo project"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        Result zh = run("--lang", "zh", "project", "info", dir.resolve("nothing-here").toString());
        assertTrue(zh.err().startsWith("错误：") && zh.err().contains("没有 Origo 项目"), zh.err());
    }

    @Test
    void projectNewAndInfo() throws Exception {
        Path p = dir.resolve("shi");
        Result created = run("--lang", "zh", "project", "new", p.toString(), "--name", "某市财政局");
        assertEquals(0, created.code(), created.err());
        assertTrue(created.out().contains("已在") && created.out().contains("某市财政局"));
        assertTrue(Files.isRegularFile(p.resolve(ProjectStore.STORE_FILE)));
        Result info = run("--lang", "en", "project", "info", p.toString());
        assertEquals(0, info.code());
        assertTrue(info.out().contains("Project '某市财政局'") && info.out().contains("Audit log entries: 1"), info.out());
        Result again = run("project", "new", p.toString());
        assertEquals(1, again.code());
    }

    @Test
    void everyMessageExistsInChinese() {
        assertEquals(Set.of(), CliMessages.all().missingInChinese());
    }
}
