package org.origo.store.jdbc;

import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

import org.origo.store.api.Writer;

/** A writer as a few lines of text (properties), the form the lock holders publish it in. */
public final class WriterRecord {

    private WriterRecord() {
    }

    public static String format(Writer w) {
        Properties p = new Properties();
        p.setProperty("user", w.user());
        p.setProperty("host", w.host());
        p.setProperty("pid", Long.toString(w.pid()));
        p.setProperty("command", w.command());
        p.setProperty("since", w.since().toString());
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            p.store(out, null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    public static Optional<Writer> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try {
            p.load(new java.io.StringReader(text));
            return Optional.of(new Writer(p.getProperty("user", "?"), p.getProperty("host", "?"), Long.parseLong(p.getProperty("pid", "-1")),
                    p.getProperty("command", "?"), Instant.parse(p.getProperty("since", Instant.EPOCH.toString()))));
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
