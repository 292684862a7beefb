package org.origo.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.origo.api.CommandContext;
import org.origo.api.Progress;

/**
 * What a command sees from the command line, for tests: its arguments, language and working
 * folder, with everything it prints recorded.
 */
public final class RecordingContext implements CommandContext {

    private final List<String> args;
    private final Locale locale;
    private final Path cwd;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err;
    private final PrintStream outStream;
    private final PrintStream errStream;

    /** Standard output and error recorded apart. */
    public RecordingContext(Path cwd, Locale locale, String... args) {
        this(cwd, locale, false, args);
    }

    private RecordingContext(Path cwd, Locale locale, boolean merged, String... args) {
        this.cwd = cwd;
        this.locale = locale;
        this.args = List.of(args);
        this.outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        this.err = merged ? out : new ByteArrayOutputStream();
        this.errStream = merged ? outStream : new PrintStream(err, true, StandardCharsets.UTF_8);
    }

    /** Standard output and error recorded together, in the order they were printed, as a terminal shows them. */
    public static RecordingContext merged(Path cwd, Locale locale, String... args) {
        return new RecordingContext(cwd, locale, true, args);
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

    /** What was printed on standard output (everything, for a merged context). */
    public String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What was printed on standard error (empty for a merged context). */
    public String stderr() {
        return err == out ? "" : err.toString(StandardCharsets.UTF_8);
    }
}
