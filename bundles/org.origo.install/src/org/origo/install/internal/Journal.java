package org.origo.install.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.origo.api.Text;
import org.origo.install.api.Candidate;
import org.origo.install.api.Refusal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The installer's two append-only logs, one JSON object per line: {@code audit.jsonl} (every
 * acceptance of unsigned or untrusted content: when, who, what, its SHA-256 and why it was not
 * trusted) and {@code refusals.jsonl} (refused and failed installations).
 */
final class Journal {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int KEPT_REFUSALS = 50;

    private final Path audit;
    private final Path refusals;

    Journal(Path root) {
        this.audit = root.resolve("audit.jsonl");
        this.refusals = root.resolve("refusals.jsonl");
    }

    Path auditFile() {
        return audit;
    }

    void accepted(Candidate c, String sha256) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("at", Instant.now().toString());
        n.put("user", System.getProperty("user.name"));
        n.put("event", "accepted-" + c.trust().name().toLowerCase(java.util.Locale.ROOT));
        n.put("bundle", c.symbolicName());
        n.put("version", c.version());
        n.put("source", c.source());
        n.put("sha256", sha256);
        if (c.signer() != null) {
            n.put("signer", c.signer().subject());
            n.put("fingerprint", c.signer().fingerprint());
        }
        append(audit, n);
    }

    void refused(String source, Text reason) {
        ObjectNode n = JSON.createObjectNode();
        n.put("at", Instant.now().toString());
        n.put("source", source);
        n.put("en", reason.en());
        n.put("zh", reason.zh());
        try {
            append(refusals, n);
        } catch (IOException e) {
            // the refusal itself was reported to the user; only its record is lost
        }
    }

    List<Refusal> refusals() {
        List<Refusal> out = new ArrayList<>();
        if (!Files.isRegularFile(refusals)) {
            return out;
        }
        try {
            List<String> lines = Files.readAllLines(refusals, StandardCharsets.UTF_8);
            for (String line : lines.subList(Math.max(0, lines.size() - KEPT_REFUSALS), lines.size())) {
                try {
                    var n = JSON.readTree(line);
                    out.add(new Refusal(Instant.parse(n.path("at").asText()), n.path("source").asText(),
                            new Text(n.path("en").asText(), n.path("zh").asText())));
                } catch (IOException | RuntimeException e) {
                    // a damaged line is skipped
                }
            }
        } catch (IOException e) {
            return out;
        }
        Collections.reverse(out);
        return out;
    }

    private static void append(Path file, ObjectNode n) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, JSON.writeValueAsString(n) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.SYNC);
    }
}
