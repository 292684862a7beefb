package org.origo.inventory.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the engine's data files: UTF-8 lines, {@code #} comments and blank lines skipped. */
final class DataFiles {

    private DataFiles() {
    }

    static List<String> lines(String name) {
        try (InputStream in = DataFiles.class.getResourceAsStream("data/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + name);
            }
            return lines(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(InputStream in) throws IOException {
        List<String> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String l;
        while ((l = r.readLine()) != null) {
            if (!l.isEmpty() && l.charAt(0) == '\uFEFF') {
                l = l.substring(1);
            }
            String t = l.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            out.add(t);
        }
        return out;
    }
}
