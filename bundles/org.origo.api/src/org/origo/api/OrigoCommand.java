package org.origo.api;

/**
 * A sub-command of the {@code origo} command line, contributed as a Declarative Services
 * component with the service property {@value #PROP_NAME}. The CLI lists every registered command
 * in its help, so a bundle can add commands (for example {@code rules test} or
 * {@code catalog validate}) without touching the CLI.
 */
@org.osgi.annotation.versioning.ConsumerType
public interface OrigoCommand {

    /** Service property: the first word of the command line that selects this command. */
    String PROP_NAME = "origo.command";

    /** The first word, e.g. {@code import}. */
    String name();

    /** One line for the help listing. */
    Text summary();

    /** The full usage text, printed for {@code --help} and on usage errors. */
    Text usage();

    /**
     * Runs the command. Returns the process exit code (0 success, 1 failure).
     *
     * @throws UsageException when the arguments are wrong (the CLI prints the usage, exit 2)
     * @throws OrigoException for a failure the user can act on (one clear message, exit 1)
     */
    int run(CommandContext context) throws OrigoException;
}
