package org.origo.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.core.Pipeline;
import org.origo.core.ProjectStore;
import org.origo.model.Asset;
import org.origo.model.Component;
import org.origo.model.InventorySnapshot;
import org.origo.model.MergeAction;
import org.origo.model.MergeRecord;
import org.origo.model.Project;
import org.origo.model.Verdict;

/**
 * Re-imports keep the truth on the demo administration, through the command line: an identical
 * ledger is all unchanged, a partial ledger of one department changes nothing outside it and leaves
 * progress as it was, a complete one that would lose most of the estate is refused, an override
 * survives re-imports and re-classification, and an import can be undone.
 */
class ReimportAcceptanceTest {

    @TempDir
    Path dir;

    static final String SITE = "市财政局";
    static final String DEPARTMENT = "办公室";

    @BeforeAll
    static void host() throws Exception {
        EndToEndTest.host();
    }

    private static EndToEndTest.Run ok(String... args) {
        return EndToEndTest.ok(args);
    }

    /** Every asset of the latest snapshot by id, described by what an import reads and what was decided about it. */
    private static Map<String, String> state(Project p) {
        Map<String, String> m = new HashMap<>();
        for (Asset a : Pipeline.currentAssets(p)) {
            StringBuilder sb = new StringBuilder();
            sb.append(a.getHostname()).append('|').append(a.getSerial()).append('|').append(a.getAssetTag()).append('|')
                    .append(a.getSite()).append('|').append(a.getDepartment()).append('|').append(a.getKind()).append('|')
                    .append(a.getSoftware().size());
            for (Component c : a.getComponents()) {
                sb.append('|').append(c.getKind()).append(':').append(c.getVendor()).append(':').append(c.getProduct());
            }
            for (Verdict v : a.getVerdicts()) {
                sb.append("|verdict:").append(v.getProfileId()).append(':').append(v.getOutcome()).append(':').append(v.isOverride());
            }
            m.put(a.getId(), sb.toString());
        }
        return m;
    }

    private static long count(InventorySnapshot s, MergeAction action) {
        return s.getMergeLog().stream().filter(r -> r.getAction() == action).count();
    }

    /** The progress report without its first line (which names the inventory and its date). */
    private static String progress(Path project) {
        String out = ok("--lang", "en", "progress", "--project", project.toString()).out();
        return out.substring(out.indexOf('\n') + 1);
    }

    private Path demo() {
        Path out = dir.resolve("demo");
        ok("--lang", "en", "demo", "--out", out.toString());
        return out;
    }

    /** The rows of the demo ledger (header first) that belong to one site and department, or all rows. */
    private static List<String> ledger(Path csv, boolean onlyOneDepartment) throws Exception {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        out.add(lines.get(0));
        for (String l : lines.subList(1, lines.size())) {
            if (!onlyOneDepartment || l.contains("," + DEPARTMENT + "," + SITE + ",")) {
                out.add(l);
            }
        }
        return out;
    }

    @Test
    void anIdenticalReimportIsAllUnchanged() throws Exception {
        Path out = demo();
        Path project = out.resolve("project");
        Path csv = out.resolve("input").resolve("demo-administration.csv");
        Map<String, String> before = state(ProjectStore.open(project));
        EndToEndTest.Run r = ok("--lang", "en", "import", csv.toString(), "--project", project.toString());
        assertTrue(r.out().contains("0 new, 4,000 unchanged, 0 merged with changes, 0 gone"), r.out());
        Project p = ProjectStore.open(project);
        InventorySnapshot s = Pipeline.latest(p);
        assertEquals(4000, count(s, MergeAction.UNCHANGED));
        assertEquals(0, count(s, MergeAction.NEW));
        assertEquals(before, state(p), "same ids, same content, same verdicts");
    }

    @Test
    void aPartialReimportOfOneDepartmentChangesNothingOutsideItAndProgressStays() throws Exception {
        Path out = demo();
        Path project = out.resolve("project");
        Path csv = out.resolve("input").resolve("demo-administration.csv");
        Project p0 = ProjectStore.open(project);
        Map<String, String> before = state(p0);
        String progressBefore = progress(project);

        // the department's ledger, one machine moved out of it in the meantime (no longer listed)
        List<String> part = ledger(csv, true);
        assertTrue(part.size() > 50, "the department has " + (part.size() - 1) + " assets");
        java.util.Set<String> planned = new java.util.HashSet<>();
        p0.getPlan().getItems().forEach(i -> planned.add(i.getAssetId()));
        Map<String, String> serialToId = new HashMap<>();
        Pipeline.currentAssets(p0).forEach(a -> serialToId.put(a.getSerial(), a.getId()));
        int pick = part.size() - 1;
        while (!planned.contains(serialToId.get(part.get(pick).split(",")[2]))) {
            pick--;
        }
        String dropped = part.get(pick);
        String droppedSerial = dropped.split(",")[2];
        part.removeIf(l -> l.split(",").length > 2 && l.split(",")[2].equals(droppedSerial)); // with any duplicate row of it
        Path sub = dir.resolve("finance-office.csv");
        Files.write(sub, part, StandardCharsets.UTF_8);

        // without a scope, an import that makes most of the estate gone is refused and changes nothing
        EndToEndTest.Run refused = EndToEndTest.origo("--lang", "en", "import", sub.toString(), "--project", project.toString());
        assertEquals(1, refused.code(), refused.all());
        assertTrue(refused.all().contains("--complete"), refused.all());
        assertEquals(before, state(ProjectStore.open(project)));
        assertEquals(1, ProjectStore.open(project).getSnapshots().size());

        EndToEndTest.Run r = ok("--lang", "en", "import", sub.toString(), "--project", project.toString(), "--site", SITE,
                "--department", DEPARTMENT);
        assertTrue(r.out().contains("1 gone"), r.out());
        assertTrue(r.out().contains("Partial import (scope: site=" + SITE + "; department=" + DEPARTMENT + ")"), r.out());
        Project p = ProjectStore.open(project);
        Map<String, String> after = state(p);
        int inside = 0;
        for (Map.Entry<String, String> e : before.entrySet()) {
            boolean in = e.getValue().contains("|" + SITE + "|" + DEPARTMENT + "|");
            if (in) {
                inside++;
                continue;
            }
            assertEquals(e.getValue(), after.get(e.getKey()), "outside the scope nothing changes: " + e.getKey());
        }
        assertTrue(inside > 50, "the department's assets: " + inside);
        assertEquals(before.size() - 1, after.size(), "only the dropped machine is gone");
        String goneId = Pipeline.latest(p).getMergeLog().stream().filter(m -> m.getAction() == MergeAction.GONE)
                .map(MergeRecord::getAssetId).findFirst().orElseThrow();
        assertTrue(before.get(goneId).contains(droppedSerial), "the dropped row's serial");

        // the gone machine is not confirmed: progress counts it apart, never as done
        String progressAfter = progress(project);
        assertNotEquals(progressBefore, progressAfter);
        assertTrue(progressAfter.contains("replaced (confirmed) 0"), progressAfter);

        // undo: the previous snapshot is current again, progress exactly as before
        ok("--lang", "en", "import", "--undo", "--project", project.toString());
        assertEquals(before, state(ProjectStore.open(project)));
        assertEquals(progressBefore, progress(project));

        // the full department again: nothing gone, progress equals the progress before the import
        Files.write(sub, ledger(csv, true), StandardCharsets.UTF_8);
        ok("--lang", "en", "import", sub.toString(), "--project", project.toString(), "--site", SITE, "--department", DEPARTMENT);
        assertEquals(before, state(ProjectStore.open(project)));
        assertEquals(progressBefore, progress(project));
    }

    @Test
    void anOverrideSurvivesThreeReimportsAndReclassification() throws Exception {
        Path out = demo();
        Path project = out.resolve("project");
        Path csv = out.resolve("input").resolve("demo-administration.csv");
        List<String> rows = ledger(csv, false);
        String row = rows.get(3);
        String serial = row.split(",")[2];
        String id = Pipeline.currentAssets(ProjectStore.open(project)).stream().filter(a -> serial.equals(a.getSerial()))
                .findFirst().orElseThrow().getId();
        ok("override", "--project", project.toString(), id, "--verdict", "KEEP", "--reason", "donated to a school");
        for (int round = 1; round <= 3; round++) {
            // each round the ledger changes the machine (a new owner) so that it is re-read, not just kept
            List<String> changed = new ArrayList<>(rows);
            String[] cells = row.split(",", -1);
            cells[10] = "使用人" + round;
            changed.set(3, String.join(",", cells));
            Path file = dir.resolve("round-" + round + ".csv");
            Files.write(file, changed, StandardCharsets.UTF_8);
            ok("--lang", "en", "import", file.toString(), "--project", project.toString());
            ok("--lang", "en", "classify", "--project", project.toString(), "--profile", "cn-2020");
            Asset a = Pipeline.currentAssets(ProjectStore.open(project)).stream().filter(x -> id.equals(x.getId())).findFirst()
                    .orElseThrow(() -> new AssertionError("asset " + id + " lost its id"));
            assertEquals("使用人" + round, a.getOwner());
            Verdict v = Pipeline.verdict(a, "cn-2020");
            assertTrue(v.isOverride(), "round " + round + ": the override is kept");
            assertEquals("KEEP", v.getOutcome().getName());
        }
        assertTrue(ok("--lang", "en", "audit", "show", "--project", project.toString()).out().contains("verdict.override.import"));

        // the asset leaves the ledger: the override that no longer applies is reported
        List<String> without = new ArrayList<>(rows);
        without.remove(3);
        Path last = dir.resolve("without.csv");
        Files.write(last, without, StandardCharsets.UTF_8);
        EndToEndTest.Run r = ok("--lang", "en", "import", last.toString(), "--project", project.toString());
        assertTrue(r.out().contains("warning: asset " + id) && r.out().contains("had a manual override (KEEP) and is gone"), r.out());
        assertTrue(ok("--lang", "en", "audit", "show", "--project", project.toString()).out().contains("had a manual override (KEEP) and is gone"));
        assertFalse(Pipeline.currentAssets(ProjectStore.open(project)).stream().anyMatch(x -> id.equals(x.getId())));
    }
}
