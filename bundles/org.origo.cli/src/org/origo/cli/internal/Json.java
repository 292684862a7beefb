package org.origo.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The {@code --json} output of a command: one JSON document on standard output (maps, lists,
 * strings, numbers and booleans), pretty-printed, UTF-8, with the same figures as the text.
 */
public final class Json {

    /** Service property of an {@link org.origo.api.OrigoCommand} that understands {@code --json}. */
    public static final String PROP_JSON = "origo.command.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    public static void print(PrintStream out, Object document) {
        try {
            out.println(MAPPER.writeValueAsString(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
