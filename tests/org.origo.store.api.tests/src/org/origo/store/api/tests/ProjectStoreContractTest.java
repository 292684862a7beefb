package org.origo.store.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.model.Asset;
import org.origo.model.InventorySnapshot;
import org.origo.model.OrigoFactory;
import org.origo.model.Project;
import org.origo.model.Verdict;
import org.origo.model.VerdictOutcome;
import org.origo.store.api.AuditCheck;
import org.origo.store.api.AuditRecord;
import org.origo.store.api.ProjectStore;
import org.origo.store.api.StoreLocation;
import org.origo.store.api.StoreOptions;
import org.origo.store.api.StoreProvider;

/**
 * What every {@link StoreProvider} must do. A store implementation's tests extend this class and
 * say where a fresh store lives and how to run raw SQL on it (to tamper with the audit the way a
 * user with a database tool could).
 */
public abstract class ProjectStoreContractTest {

    private final List<ProjectStore> opened = new ArrayList<>();

    /** The provider under test. */
    protected abstract StoreProvider provider();

    /** A location where no store exists yet (each call a new one). */
    protected abstract StoreLocation freshLocation() throws Exception;

    /** Runs one statement on the store's database outside the store (as a database tool would). */
    protected abstract void executeRaw(StoreLocation location, String sql) throws Exception;

    protected StoreOptions options() {
        return StoreOptions.defaults().withCommand("contract test").withWriterWait(Duration.ofSeconds(30));
    }

    protected ProjectStore open(StoreLocation where, boolean create) throws OrigoException {
        return open(where, options(), create);
    }

    protected ProjectStore open(StoreLocation where, StoreOptions options, boolean create) throws OrigoException {
        ProjectStore s = provider().open(where, options, create);
        opened.add(s);
        return s;
    }

    @AfterEach
    void closeStores() throws OrigoException {
        for (ProjectStore s : opened) {
            s.close();
        }
        opened.clear();
    }

    /** A store holding the sample project. */
    protected ProjectStore saved(Project p) throws Exception {
        ProjectStore s = open(freshLocation(), true);
        s.write("project.save", p.getName(), tx -> {
            tx.saveProject(p);
            return null;
        });
        return s;
    }

    @Test
    void aNewStoreIsEmptyAtTheCurrentSchemaWithAValidAudit() throws Exception {
        StoreLocation where = freshLocation();
        assertFalse(provider().exists(where));
        ProjectStore s = open(where, true);
        assertTrue(provider().exists(where));
        assertFalse(s.hasProject());
        assertTrue(s.schemaVersion() >= 1);
        assertTrue(s.verifyAudit().isValid());
        assertThrows(OrigoException.class, s::load);
    }

    @Test
    void openingWithoutCreateWhereNothingIsStoredFailsWithAMessage() throws Exception {
        StoreLocation where = freshLocation();
        OrigoException e = assertThrows(OrigoException.class, () -> provider().open(where, options(), false));
        assertFalse(e.text().en().isBlank());
        assertFalse(e.text().zh().isBlank());
        assertFalse(provider().exists(where));
    }

    @Test
    void theWholeProjectRoundTripsWithEveryAttribute() throws Exception {
        Project p = SampleProjects.rich(2, 7);
        ProjectStore s = saved(p);
        Project back = s.load();
        assertFalse(back.getAuditLog().isEmpty());
        back.getAuditLog().clear();
        assertTrue(EcoreUtil.equals(p, back), "the loaded project equals the saved one");
        // shared objects stay shared
        assertTrue(back.getSoftwareTitles().contains(back.getSnapshots().get(0).getAssets().get(0).getSoftware().get(0).getTitle()));
        assertTrue(back.getSnapshots().get(1).getAssets().contains(back.getMatches().get(0).getAsset()));
        assertTrue(back.getPlan().getPhases().contains(back.getPlan().getItems().get(0).getPhase()));
    }

    @Test
    void aLoadedProjectSavedBackIsUnchanged() throws Exception {
        Project p = SampleProjects.rich(2, 4);
        ProjectStore s = saved(p);
        Project loaded = s.load();
        s.write("project.save", "again", tx -> {
            tx.saveProject(loaded);
            return null;
        });
        Project back = s.load();
        back.getAuditLog().clear();
        assertTrue(EcoreUtil.equals(p, back));
    }

    @Test
    void anAssetReadBeforeAnotherWriterSavedTheWholeProjectIsWrittenBackWithItsOwnTitles() throws Exception {
        Project p = SampleProjects.rich(1, 4);
        ProjectStore s = saved(p);
        Asset a = s.asset("S1", "A-1").orElseThrow();
        // another writer saves the project with its titles in another order (rows renumbered)
        ProjectStore other = open(s.location(), false);
        Project reordered = other.load();
        org.eclipse.emf.common.util.ECollections.reverse(reordered.getSoftwareTitles());
        org.eclipse.emf.common.util.ECollections.reverse(reordered.getOrigins());
        other.write("project.save", "reordered", tx -> {
            tx.saveProject(reordered);
            return null;
        });
        a.setOwner("after");
        s.write("asset.edit", "A-1", tx -> {
            tx.putAsset("S1", a);
            return null;
        });
        Asset back = s.asset("S1", "A-1").orElseThrow();
        assertTrue(EcoreUtil.equals(a, back), "titles and origins are found by their keys, not by stale row numbers");
        assertEquals(p.getSoftwareTitles().size(), s.load().getSoftwareTitles().size());
    }

    @Test
    void theStoreSurvivesClosingAndReopening() throws Exception {
        Project p = SampleProjects.rich(1, 4);
        ProjectStore s = saved(p);
        StoreLocation where = s.location();
        s.close();
        ProjectStore again = open(where, false);
        assertTrue(again.hasProject());
        Project back = again.load();
        back.getAuditLog().clear();
        assertTrue(EcoreUtil.equals(p, back));
    }

    @Test
    void theHeaderHasNoBulk() throws Exception {
        ProjectStore s = saved(SampleProjects.rich(2, 5));
        Project h = s.loadHeader();
        assertEquals(2, h.getSnapshots().size());
        assertTrue(h.getSnapshots().get(0).getAssets().isEmpty());
        assertEquals(1, h.getSnapshots().get(0).getProblems().size());
        assertEquals("yes", s.setting("store.sample"));
        assertEquals(List.of("S1", "S2"), s.snapshotIds());
        assertEquals(5, s.assetCount("S2"));
        assertEquals(0, s.assetCount("no such snapshot"));
    }

    @Test
    void oneAssetIsReadAlone() throws Exception {
        Project p = SampleProjects.rich(2, 6);
        ProjectStore s = saved(p);
        Asset a = s.asset("S2", "A-4").orElseThrow();
        assertTrue(EcoreUtil.equals(p.getSnapshots().get(1).getAssets().get(4), a));
        assertNotNull(a.getSoftware().get(0).getTitle().getKey());
        assertTrue(s.asset("S2", "nope").isEmpty());
        assertTrue(s.asset("S9", "A-4").isEmpty());
    }

    @Test
    void assetsStreamInBatchesInImportOrder() throws Exception {
        Project p = SampleProjects.rich(1, 23);
        ProjectStore s = saved(p);
        List<Integer> sizes = new ArrayList<>();
        List<Asset> all = new ArrayList<>();
        s.assets("S1", 5, batch -> {
            sizes.add(batch.size());
            all.addAll(batch);
            return true;
        });
        assertEquals(List.of(5, 5, 5, 5, 3), sizes);
        List<Asset> expected = p.getSnapshots().get(0).getAssets();
        assertEquals(expected.size(), all.size());
        for (int i = 0; i < all.size(); i++) {
            assertTrue(EcoreUtil.equals(expected.get(i), all.get(i)), "asset " + i);
        }
        // titles are shared between batches, not copied per asset
        assertTrue(all.get(0).getSoftware().get(0).getTitle() == all.get(12).getSoftware().get(0).getTitle());
        List<Integer> stopped = new ArrayList<>();
        s.assets("S1", 10, batch -> stopped.add(batch.size()) && false);
        assertEquals(List.of(10), stopped);
    }

    @Test
    void puttingOneAssetChangesThatAssetOnly() throws Exception {
        Project p = SampleProjects.rich(1, 5);
        ProjectStore s = saved(p);
        Asset a = s.asset("S1", "A-3").orElseThrow();
        a.setHostname("renamed");
        a.getComponents().remove(0);
        a.getVerdicts().get(0).setOutcome(VerdictOutcome.KEEP);
        s.write("asset.edit", "A-3", tx -> {
            tx.putAsset("S1", a);
            return null;
        });
        Asset back = s.asset("S1", "A-3").orElseThrow();
        assertTrue(EcoreUtil.equals(a, back));
        Project whole = s.load();
        assertEquals(5, whole.getSnapshots().get(0).getAssets().size());
        assertEquals("A-3", whole.getSnapshots().get(0).getAssets().get(3).getId(), "the asset keeps its place");
        assertTrue(EcoreUtil.equals(p.getSnapshots().get(0).getAssets().get(2), whole.getSnapshots().get(0).getAssets().get(2)));
        // the match that referred to the asset still does
        assertTrue(whole.getMatches().get(1).getAsset() == whole.getSnapshots().get(0).getAssets().get(3));
        // a title written back is not duplicated
        assertEquals(p.getSoftwareTitles().size(), whole.getSoftwareTitles().size());
        // a new asset is appended
        Asset fresh = OrigoFactory.eINSTANCE.createAsset();
        fresh.setId("NEW");
        s.write("asset.add", "NEW", tx -> {
            tx.putAsset("S1", fresh);
            return null;
        });
        assertEquals(6, s.assetCount("S1"));
    }

    @Test
    void verdictsOfOneAssetAreReplaced() throws Exception {
        ProjectStore s = saved(SampleProjects.rich(1, 3));
        Verdict v = OrigoFactory.eINSTANCE.createVerdict();
        v.setOutcome(VerdictOutcome.KEEP);
        v.setOverride(true);
        v.getRuleIds().add("OVERRIDE");
        v.getFindings().add("OVERRIDE: kept by the owner");
        boolean done = s.write("override", "A-1", tx -> tx.putVerdicts("S1", "A-1", List.of(v)));
        assertTrue(done);
        Asset a = s.asset("S1", "A-1").orElseThrow();
        assertEquals(1, a.getVerdicts().size());
        assertTrue(EcoreUtil.equals(v, a.getVerdicts().get(0)));
        assertFalse(s.write("override", "none", tx -> tx.putVerdicts("S1", "none", List.of(v))));
        OrigoException e = assertThrows(OrigoException.class, () -> s.write("override", "x", tx -> tx.putVerdicts("S7", "A-1", List.of(v))));
        assertTrue(e.getMessage().contains("S7"));
    }

    @Test
    void snapshotsAndAssetsAreAddedInBatches() throws Exception {
        ProjectStore s = saved(SampleProjects.rich(1, 2));
        Project source = SampleProjects.rich(1, 12);
        InventorySnapshot snap = source.getSnapshots().get(0);
        List<Asset> assets = new ArrayList<>(snap.getAssets());
        snap.setId("S-new");
        InventorySnapshot header = EcoreUtil.copy(snap);
        header.getAssets().clear();
        s.write("import", "S-new", tx -> {
            tx.addSnapshot(header);
            tx.appendAssets("S-new", assets.subList(0, 5));
            tx.appendAssets("S-new", assets.subList(5, 12));
            return null;
        });
        assertEquals(List.of("S1", "S-new"), s.snapshotIds());
        assertEquals(12, s.assetCount("S-new"));
        Asset a = s.asset("S-new", "A-7").orElseThrow();
        assertTrue(EcoreUtil.equals(assets.get(7), a));
        assertEquals(header.getMergeLog().size(), s.loadHeader().getSnapshots().get(1).getMergeLog().size());
    }

    @Test
    void settingsAreSetAndRemoved() throws Exception {
        ProjectStore s = saved(SampleProjects.rich(1, 1));
        s.write("settings", "k", tx -> {
            tx.setSetting("k", "v1");
            assertEquals("v1", tx.setting("k"), "a transaction sees its own change");
            return null;
        });
        assertEquals("v1", s.setting("k"));
        s.write("settings", "k", tx -> {
            tx.setSetting("k", null);
            return null;
        });
        assertNull(s.setting("k"));
    }

    @Test
    void aFailedWriteKeepsNothingAndAddsNoAuditEntry() throws Exception {
        ProjectStore s = saved(SampleProjects.rich(1, 3));
        int entries = s.audit().size();
        OrigoException e = assertThrows(OrigoException.class, () -> s.write("edit", "fails", tx -> {
            tx.setSetting("half", "written");
            Asset a = tx.asset("S1", "A-0").orElseThrow();
            a.setHostname("half-written");
            tx.putAsset("S1", a);
            throw new OrigoException(new Text("stop", "停止"));
        }));
        assertEquals("stop", e.getMessage());
        assertNull(s.setting("half"));
        assertFalse("half-written".equals(s.asset("S1", "A-0").orElseThrow().getHostname()));
        assertEquals(entries, s.audit().size());
        // the store goes on working after a failed write
        s.write("settings", "after", tx -> {
            tx.setSetting("after", "ok");
            return null;
        });
        assertEquals("ok", s.setting("after"));
    }

    @Test
    void everyWriteIsAuditedWithItsUserInAValidChain() throws Exception {
        ProjectStore s = saved(SampleProjects.rich(1, 2));
        for (int i = 0; i < 3; i++) {
            int n = i;
            s.write("settings", "round " + i, tx -> {
                tx.setSetting("round", Integer.toString(n));
                return null;
            });
        }
        List<AuditRecord> audit = s.audit();
        AuditRecord last = audit.get(audit.size() - 1);
        assertEquals("settings", last.action());
        assertEquals("round 2", last.detail());
        assertEquals(System.getProperty("user.name"), last.user());
        assertEquals(audit.get(audit.size() - 2).hash(), last.previousHash());
        for (int i = 0; i < audit.size(); i++) {
            assertEquals(i + 1, audit.get(i).seq());
        }
        AuditCheck check = s.verifyAudit();
        assertTrue(check.isValid(), () -> check.problem().en());
        assertEquals(audit.size(), check.checked());
    }

    @Test
    void aChangedAuditEntryIsNamed() throws Exception {
        ProjectStore s = auditedFiveTimes();
        executeRaw(s.location(), "UPDATE audit SET detail = 'rewritten' WHERE seq = 3");
        AuditCheck c = s.verifyAudit();
        assertFalse(c.isValid());
        assertEquals(3, c.firstBad());
        assertTrue(c.problem().en().contains("3"));
    }

    @Test
    void aChangedEntryWhoseHashWasRecomputedIsStillNamed() throws Exception {
        ProjectStore s = auditedFiveTimes();
        AuditRecord r = s.audit().get(2);
        // a careful forger recomputes the entry's own hash, but the next entry still links to the old one
        String forged = AuditRecord.chainHash(r.previousHash(), r.seq(), r.time().toString(), r.user(), r.role(), r.host(), r.action(),
                "forged");
        executeRaw(s.location(), "UPDATE audit SET detail = 'forged', hash = '" + forged + "' WHERE seq = 3");
        AuditCheck c = s.verifyAudit();
        assertFalse(c.isValid());
        assertEquals(3, c.firstBad());
    }

    @Test
    void aRemovedAuditEntryIsNamed() throws Exception {
        ProjectStore s = auditedFiveTimes();
        executeRaw(s.location(), "DELETE FROM audit WHERE seq = 2");
        AuditCheck c = s.verifyAudit();
        assertFalse(c.isValid());
        assertEquals(2, c.firstBad());
        assertFalse(c.problem().zh().isBlank());
    }

    @Test
    void entriesRemovedFromTheEndAreNamed() throws Exception {
        ProjectStore s = auditedFiveTimes();
        long last = s.audit().size();
        executeRaw(s.location(), "DELETE FROM audit WHERE seq >= " + (last - 1));
        AuditCheck c = s.verifyAudit();
        assertFalse(c.isValid());
        assertEquals(last - 1, c.firstBad());
    }

    private ProjectStore auditedFiveTimes() throws Exception {
        ProjectStore s = saved(SampleProjects.rich(1, 1));
        for (int i = 0; i < 5; i++) {
            int n = i;
            s.write("settings", "n=" + i, tx -> {
                tx.setSetting("n", Integer.toString(n));
                return null;
            });
        }
        assertTrue(s.verifyAudit().isValid());
        return s;
    }

    @Test
    void twoWritersOnSeparateConnectionsBothLand() throws Exception {
        ProjectStore first = saved(SampleProjects.rich(1, 10));
        StoreLocation where = first.location();
        ProjectStore second = open(where, false);
        int rounds = 15;
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                ProjectStore s = w == 0 ? first : second;
                String assetId = w == 0 ? "A-1" : "A-2";
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < rounds; i++) {
                        int n = i;
                        s.write("override", assetId, tx -> {
                            Asset a = tx.asset("S1", assetId).orElseThrow();
                            a.setOwner(assetId + " round " + n);
                            tx.putAsset("S1", a);
                            return null;
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals("A-1 round " + (rounds - 1), second.asset("S1", "A-1").orElseThrow().getOwner());
        assertEquals("A-2 round " + (rounds - 1), first.asset("S1", "A-2").orElseThrow().getOwner());
        long overrides = first.audit().stream().filter(r -> r.action().equals("override")).count();
        assertEquals(2L * rounds, overrides);
        assertTrue(first.verifyAudit().isValid());
    }

    @Test
    void aWriterWaitsAndIsToldWhoHoldsTheProject() throws Exception {
        ProjectStore holder = saved(SampleProjects.rich(1, 2));
        AtomicReference<Text> told = new AtomicReference<>();
        ProjectStore waiter = open(holder.location(), options().withWriterWait(Duration.ofMillis(600)).withWaiting(told::set), false);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            try {
                holder.write("slow", "holds the project", tx -> {
                    tx.setSetting("slow", "1");
                    holding.countDown();
                    try {
                        release.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                });
            } catch (OrigoException | RuntimeException e) {
                holding.countDown();
            }
        });
        t.start();
        try {
            assertTrue(holding.await(30, TimeUnit.SECONDS));
            OrigoException e = assertThrows(OrigoException.class, () -> waiter.write("quick", "waits", tx -> {
                tx.setSetting("quick", "1");
                return null;
            }));
            String pid = Long.toString(ProcessHandle.current().pid());
            String user = System.getProperty("user.name");
            for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                String m = e.text().in(l);
                assertTrue(m.contains(pid) && m.contains(user) && m.contains("contract test"), m);
            }
            assertNotNull(told.get(), "the waiting listener was told");
            assertTrue(told.get().en().contains(pid), told.get().en());
        } finally {
            release.countDown();
            t.join(30_000);
        }
        // once the holder is done the other writer gets through
        waiter.write("quick", "after", tx -> {
            tx.setSetting("quick", "1");
            return null;
        });
        assertEquals("1", holder.setting("quick"));
        assertEquals("1", holder.setting("slow"));
    }

    @Test
    void aStoreWithANewerSchemaIsRefused() throws Exception {
        ProjectStore s = saved(SampleProjects.rich(1, 1));
        StoreLocation where = s.location();
        s.close();
        executeRaw(where, "INSERT INTO schema_version (version, applied_at, description) VALUES (999, '2099-01-01T00:00:00Z', 'future')");
        OrigoException e = assertThrows(OrigoException.class, () -> provider().open(where, options(), false));
        assertTrue(e.text().en().contains("999"), e.text().en());
    }
}
