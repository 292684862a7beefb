package org.origo.install.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * The profiles: after every committed operation, the set of plug-in bundles it left installed,
 * as {@code profiles/<n>.json} (n increasing). Reverting drops the newest and returns to the one
 * before. Only the newest {@value #KEPT} are kept; jars no kept profile needs are deleted.
 */
final class Profiles {

    static final int KEPT = 20;

    /** One installed plug-in bundle: name, version and its jar in the installer's store. */
    record Entry(String symbolicName, String version, Path file) {
        String key() {
            return symbolicName + " " + version;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    Profiles(Path root) {
        this.dir = root.resolve("profiles");
    }

    /** The numbers of the stored profiles, ascending. */
    List<Integer> numbers() {
        List<Integer> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d+\\.json"))
                    .forEach(n -> out.add(Integer.parseInt(n.substring(0, n.length() - 5))));
        } catch (IOException e) {
            return out;
        }
        out.sort(null);
        return out;
    }

    List<Entry> read(int n) throws IOException {
        List<Entry> out = new ArrayList<>();
        for (JsonNode e : JSON.readTree(dir.resolve(n + ".json").toFile()).path("bundles")) {
            out.add(new Entry(e.path("name").asText(), e.path("version").asText(), Path.of(e.path("file").asText())));
        }
        return out;
    }

    /** Records the set as the newest profile; returns its number. */
    int commit(List<Entry> entries) throws IOException {
        Files.createDirectories(dir);
        List<Integer> n = numbers();
        int next = n.isEmpty() ? 1 : n.get(n.size() - 1) + 1;
        var root = JSON.createObjectNode();
        ArrayNode a = root.putArray("bundles");
        for (Entry e : entries) {
            a.addObject().put("name", e.symbolicName()).put("version", e.version()).put("file", e.file().toString());
        }
        Path part = Files.createTempFile(dir, ".profile-", ".part");
        Files.writeString(part, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root), StandardCharsets.UTF_8);
        Files.move(part, dir.resolve(next + ".json"), StandardCopyOption.ATOMIC_MOVE);
        for (Integer old : numbers()) {
            if (old <= next - KEPT) {
                Files.deleteIfExists(dir.resolve(old + ".json"));
            }
        }
        return next;
    }

    void drop(int n) throws IOException {
        Files.deleteIfExists(dir.resolve(n + ".json"));
    }

    /** The jars some kept profile needs. */
    Set<Path> referenced() {
        Set<Path> out = new LinkedHashSet<>();
        for (int n : numbers()) {
            try {
                read(n).forEach(e -> out.add(e.file()));
            } catch (IOException e) {
                // an unreadable profile keeps nothing
            }
        }
        return out;
    }
}
