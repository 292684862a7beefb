package org.origo.api;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What a running {@link OrigoCommand} gets from the CLI. */
@org.osgi.annotation.versioning.ProviderType
public interface CommandContext {

    /** The arguments after the command name, with the global options ({@code --lang}, {@code --debug}) removed. */
    List<String> args();

    PrintStream out();

    PrintStream err();

    /** The user's language (from {@code --lang} or the environment). */
    Locale locale();

    /** The directory relative paths are resolved against. */
    Path workingDirectory();

    /** Whether {@code --debug} was given (stack traces are then shown). */
    boolean debug();

    /** A progress bar on a terminal, plain progress lines otherwise. */
    Progress progress();

    /** Prints a line in the user's language. */
    default void println(Text text) {
        out().println(text.in(locale()));
    }

    /** Resolves a path argument against the working directory. */
    default Path path(String argument) {
        return workingDirectory().resolve(argument).normalize();
    }
}
