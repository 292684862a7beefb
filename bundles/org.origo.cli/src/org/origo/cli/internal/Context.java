package org.origo.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.origo.api.CommandContext;
import org.origo.api.Progress;

/** The {@link CommandContext} of one command-line run. */
final class Context implements CommandContext {

    private final List<String> args;
    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;
    private final Path cwd;
    private final boolean debug;
    private final TerminalProgress progress;

    Context(List<String> args, PrintStream out, PrintStream err, Locale locale, Path cwd, boolean debug, boolean terminal, boolean quiet) {
        this.args = List.copyOf(args);
        this.out = out;
        this.err = err;
        this.locale = locale;
        this.cwd = cwd;
        this.debug = debug;
        this.progress = new TerminalProgress(err, locale, terminal, quiet);
    }

    @Override
    public List<String> args() {
        return args;
    }

    @Override
    public PrintStream out() {
        progress.finishLine();
        return out;
    }

    @Override
    public PrintStream err() {
        progress.finishLine();
        return err;
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
        return debug;
    }

    @Override
    public Progress progress() {
        return progress;
    }

    void finish() {
        progress.finishLine();
    }
}
