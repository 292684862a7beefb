package org.origo.store.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.origo.api.Text;
import org.origo.store.api.AuditRecord;
import org.origo.store.api.StoreLocation;
import org.origo.store.api.StoreOptions;
import org.origo.store.api.Writer;

/** The contract's own value types: locations, the audit hash, options, writers. */
class StoreApiTest {

    @Test
    void locationsAreParsedFromWhatAUserTypes() {
        StoreLocation pg = StoreLocation.parse("postgresql://origo:secret@db.example:5433/estate?schema=city");
        assertEquals(StoreLocation.POSTGRESQL, pg.scheme());
        assertEquals("postgresql://origo@db.example:5433/estate?schema=city", pg.display(), "the password is not shown");
        assertEquals(StoreLocation.POSTGRESQL, StoreLocation.parse("postgres://h/db").scheme());
        StoreLocation file = StoreLocation.parse("work/p/project.sqlite");
        assertEquals(StoreLocation.SQLITE, file.scheme());
        assertTrue(file.file().isAbsolute());
        assertEquals(file, StoreLocation.parse("sqlite:" + file.file()));
        assertEquals(file, StoreLocation.sqlite(Path.of("work/p/../p/project.sqlite")));
        assertThrows(IllegalStateException.class, pg::file);
    }

    @Test
    void theAuditHashCoversEveryFieldAndCannotBeShifted() {
        String h = AuditRecord.chainHash(AuditRecord.GENESIS, 1, "2026-01-01T00:00:00Z", "ana", null, "pc1", "override", "A-1 KEEP");
        assertEquals(64, h.length());
        assertEquals(h, AuditRecord.chainHash(AuditRecord.GENESIS, 1, "2026-01-01T00:00:00Z", "ana", null, "pc1", "override", "A-1 KEEP"));
        List<String> variants = new ArrayList<>();
        variants.add(AuditRecord.chainHash(AuditRecord.GENESIS, 2, "2026-01-01T00:00:00Z", "ana", null, "pc1", "override", "A-1 KEEP"));
        variants.add(AuditRecord.chainHash(AuditRecord.GENESIS, 1, "2026-01-01T00:00:00Z", "ana", "", "pc1", "override", "A-1 KEEP"));
        variants.add(AuditRecord.chainHash(AuditRecord.GENESIS, 1, "2026-01-01T00:00:00Z", "an", null, "apc1", "override", "A-1 KEEP"));
        variants.add(AuditRecord.chainHash(AuditRecord.GENESIS, 1, "2026-01-01T00:00:00Z", "ana", null, "pc1", "override", "A-1 REPLACE"));
        variants.add(AuditRecord.chainHash("1" + AuditRecord.GENESIS.substring(1), 1, "2026-01-01T00:00:00Z", "ana", null, "pc1", "override", "A-1 KEEP"));
        for (String v : variants) {
            assertNotEquals(h, v);
        }
    }

    @Test
    void optionsAndWritersDescribeThemselves() {
        List<Text> told = new ArrayList<>();
        StoreOptions o = StoreOptions.defaults().withWriterWait(Duration.ofSeconds(3)).withCommand("origo override A-1").withWaiting(told::add);
        assertEquals(Duration.ofSeconds(3), o.writerWait());
        assertEquals("origo override A-1", o.command());
        o.waiting().accept(new Text("w", "等"));
        assertEquals(1, told.size());
        Writer w = Writer.current(o.command());
        assertEquals(ProcessHandle.current().pid(), w.pid());
        assertTrue(w.describe().contains("origo override A-1"));
        assertFalse(w.host().isBlank());
    }
}
