package org.origo.plan.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.origo.api.CommandContext;
import org.origo.api.Progress;

/** A command context that records what a command prints. */
final class TestContext implements CommandContext {

    private final List<String> args;
    private final Locale locale;
    private final Path cwd;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
    private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

    TestContext(Path cwd, Locale locale, String... args) {
        this.cwd = cwd;
        this.locale = locale;
        this.args = List.of(args);
    }

    @Override
    public List<String> args() {
        return args;
    }

    @Override
    public PrintStream out() {
        return outStream;
    }

    @Override
    public PrintStream err() {
        return errStream;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public Path workingDirectory() {
        return cwd;
    }

    @Override
    public boolean debug() {
        return false;
    }

    @Override
    public Progress progress() {
        return Progress.NONE;
    }

    String output() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
