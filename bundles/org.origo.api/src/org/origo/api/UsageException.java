package org.origo.api;

/** The command line was not understood; the CLI prints the message and the command's usage. */
public class UsageException extends OrigoException {

    private static final long serialVersionUID = 1L;

    public UsageException(Text text) {
        super(text);
    }
}
