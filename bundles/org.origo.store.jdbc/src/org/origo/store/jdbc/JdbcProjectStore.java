package org.origo.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.model.Asset;
import org.origo.model.AuditEntry;
import org.origo.model.InventorySnapshot;
import org.origo.model.OrigoFactory;
import org.origo.model.Project;
import org.origo.model.Verdict;
import org.origo.store.api.AssetBatches;
import org.origo.store.api.AuditCheck;
import org.origo.store.api.AuditRecord;
import org.origo.store.api.ProjectStore;
import org.origo.store.api.StoreLocation;
import org.origo.store.api.StoreOptions;
import org.origo.store.api.StoreTransaction;
import org.origo.store.api.StoreWork;
import org.origo.store.api.Writer;

/**
 * A project store on any JDBC database the {@link Dialect} describes. One connection reads (each
 * read in its own transaction, so it sees one committed state); a second one, opened on the first
 * write, runs the write transactions while holding the project's {@link WriterLock}. An instance
 * is used by one thread at a time (its methods are synchronized); other threads and processes open
 * their own.
 */
public final class JdbcProjectStore implements ProjectStore {

    private final Dialect dialect;
    private final StoreOptions options;
    private final Connection reader;
    private Connection writer;
    private WriterLock lock;
    private boolean inWrite;

    private JdbcProjectStore(Dialect dialect, StoreOptions options, Connection reader) {
        this.dialect = dialect;
        this.options = options;
        this.reader = reader;
    }

    /** Opens the store and migrates its schema to the current version (waiting for other writers if it has to). */
    public static JdbcProjectStore open(Dialect dialect, StoreOptions options) throws OrigoException {
        Connection c;
        try {
            c = dialect.connect(false);
        } catch (SQLException e) {
            throw new OrigoException(StoreMessages.get("store.connect", dialect.name(), dialect.location().display(), message(e)), e);
        }
        JdbcProjectStore s = new JdbcProjectStore(dialect, options, c);
        try {
            int v = s.read(Migrations::version);
            if (v > Migrations.CURRENT) {
                throw new OrigoException(StoreMessages.get("schema.newer", dialect.location().display(), v, Migrations.CURRENT));
            }
            if (v < Migrations.CURRENT) {
                s.migrate();
            }
        } catch (OrigoException | RuntimeException e) {
            s.closeQuietly();
            throw e;
        }
        return s;
    }

    private void migrate() throws OrigoException {
        runWrite("schema.migrate", null, (tx, c) -> {
            int v = Migrations.version(c);
            if (v >= Migrations.CURRENT) {
                return false;
            }
            Migrations.migrate(c, dialect, v);
            return true;
        }, true);
    }

    /** Attributes and references of the stored model classes that no column or table holds (empty when the schema maps the whole model). */
    public static List<String> unmappedFeatures() {
        return Rows.unmappedFeatures();
    }

    @Override
    public StoreLocation location() {
        return dialect.location();
    }

    @Override
    public synchronized int schemaVersion() {
        try {
            return read(Migrations::version);
        } catch (OrigoException e) {
            return -1;
        }
    }

    @Override
    public synchronized boolean hasProject() throws OrigoException {
        return read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM project")) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        });
    }

    @Override
    public synchronized Project load() throws OrigoException {
        Project p = read(c -> Rows.loadAll(new Rows.Reader(c)));
        if (p == null) {
            throw new OrigoException(StoreMessages.get("store.empty", location().display()));
        }
        p.getAuditLog().addAll(auditEntries());
        return p;
    }

    @Override
    public synchronized Project loadHeader() throws OrigoException {
        Project p = read(c -> Rows.loadHeader(new Rows.Reader(c)));
        if (p == null) {
            throw new OrigoException(StoreMessages.get("store.empty", location().display()));
        }
        return p;
    }

    @Override
    public synchronized String setting(String key) throws OrigoException {
        return read(c -> setting(c, key));
    }

    private static String setting(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @Override
    public synchronized List<String> snapshotIds() throws OrigoException {
        return read(c -> {
            List<String> ids = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT snapshot_id FROM snapshot ORDER BY pos")) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
    }

    @Override
    public synchronized long assetCount(String snapshotId) throws OrigoException {
        return read(c -> {
            Long snap = Rows.snapshotRow(c, snapshotId);
            if (snap == null) {
                return 0L;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM asset WHERE snapshot = ?")) {
                ps.setLong(1, snap);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public synchronized Optional<Asset> asset(String snapshotId, String assetId) throws OrigoException {
        return read(c -> asset(c, snapshotId, assetId));
    }

    private Optional<Asset> asset(Connection c, String snapshotId, String assetId) throws SQLException {
        Long snap = Rows.snapshotRow(c, snapshotId);
        if (snap == null) {
            return Optional.empty();
        }
        return Rows.loadAsset(new Rows.Reader(c), snap, assetId);
    }

    @Override
    public synchronized void assets(String snapshotId, int batchSize, AssetBatches consumer) throws OrigoException {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size " + batchSize);
        }
        // one read transaction over the whole walk, so every batch comes from the same committed state
        read(c -> {
            Long snap = Rows.snapshotRow(c, snapshotId);
            if (snap == null) {
                return null;
            }
            Rows.Reader r = new Rows.Reader(c);
            long from = 0;
            while (from >= 0) {
                List<Asset> batch = new ArrayList<>(batchSize);
                from = Rows.loadBatch(r, snap, from, batchSize, batch);
                if (batch.isEmpty()) {
                    break;
                }
                try {
                    if (!consumer.accept(batch)) {
                        break;
                    }
                } catch (OrigoException e) {
                    throw new WrappedOrigo(e);
                }
            }
            return null;
        });
    }

    /** Carries a consumer's failure through the JDBC layer unchanged. */
    private static final class WrappedOrigo extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WrappedOrigo(OrigoException e) {
            super(e);
        }
    }

    @Override
    public <T> T write(String action, String detail, StoreWork<T> work) throws OrigoException {
        return runWrite(action, detail, (tx, c) -> work.run(new Transaction(tx)), false);
    }

    @Override
    public synchronized List<AuditRecord> audit() throws OrigoException {
        return read(AuditChain::read);
    }

    @Override
    public synchronized AuditCheck verifyAudit() throws OrigoException {
        return read(AuditChain::verify);
    }

    @Override
    public Optional<Writer> currentWriter() throws OrigoException {
        return lock().holder();
    }

    private List<AuditEntry> auditEntries() throws OrigoException {
        List<AuditEntry> out = new ArrayList<>();
        for (AuditRecord r : audit()) {
            AuditEntry a = OrigoFactory.eINSTANCE.createAuditEntry();
            a.setTime(Date.from(r.time()));
            a.setUser(r.role() == null ? r.user() : r.user() + " (" + r.role() + ")");
            a.setAction(r.action());
            a.setDetail(r.detail());
            out.add(a);
        }
        return out;
    }

    @Override
    public synchronized void close() throws OrigoException {
        closeQuietly();
    }

    private void closeQuietly() {
        for (Connection c : new Connection[] { reader, writer }) {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException e) {
                    // closing: nothing left to keep
                }
            }
        }
        writer = null;
    }

    // ------------------------------------------------------------------ transactions

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    @FunctionalInterface
    interface TxWork<T> {
        T run(Rows.Tx tx, Connection c) throws SQLException, OrigoException;
    }

    private synchronized <T> T read(SqlWork<T> work) throws OrigoException {
        Connection c = inWrite ? writer : reader;
        try {
            if (inWrite) {
                return work.run(c);
            }
            c.setAutoCommit(false);
            try {
                return work.run(c);
            } finally {
                try {
                    c.rollback();
                } finally {
                    c.setAutoCommit(true);
                }
            }
        } catch (WrappedOrigo e) {
            throw (OrigoException) e.getCause();
        } catch (SQLException | RuntimeException e) {
            throw new OrigoException(StoreMessages.get("store.read", location().display(), message(e)), e);
        }
    }

    private WriterLock lock() throws OrigoException {
        if (lock == null) {
            lock = dialect.writerLock();
        }
        return lock;
    }

    private synchronized <T> T runWrite(String action, String detail, TxWork<T> work, boolean migration) throws OrigoException {
        if (inWrite) {
            throw new IllegalStateException("a write is already running on this store");
        }
        Writer me = Writer.current(options.command());
        acquire(me);
        try {
            if (writer == null) {
                writer = dialect.connect(true);
            }
            Connection c = writer;
            c.setAutoCommit(false);
            inWrite = true;
            try {
                if (!migration) {
                    int v = Migrations.version(c);
                    if (v != Migrations.CURRENT) {
                        throw new OrigoException(StoreMessages.get("schema.newer", location().display(), v, Migrations.CURRENT));
                    }
                }
                T result = work.run(new Rows.Tx(c), c);
                if (!migration || Boolean.TRUE.equals(result)) {
                    AuditChain.append(c, Instant.now(), me.user(), dialect.role(c), me.host(), action,
                            migration ? "schema " + Migrations.CURRENT : detail);
                }
                c.commit();
                return result;
            } catch (Throwable t) {
                try {
                    c.rollback();
                } catch (SQLException e) {
                    t.addSuppressed(e);
                }
                throw t;
            } finally {
                inWrite = false;
                c.setAutoCommit(true);
            }
        } catch (WrappedOrigo e) {
            throw (OrigoException) e.getCause();
        } catch (SQLException | RuntimeException e) {
            throw new OrigoException(StoreMessages.get("store.write", location().display(), message(e)), e);
        } finally {
            lock().release();
        }
    }

    /** Takes the writer lock, telling the options' listener once who holds it, up to the options' wait. */
    private void acquire(Writer me) throws OrigoException {
        WriterLock l = lock();
        long deadline = System.nanoTime() + options.writerWait().toNanos();
        boolean told = false;
        long pause = 20;
        while (!l.tryAcquire(me)) {
            Optional<Writer> holder = l.holder();
            if (!told) {
                options.waiting().accept(holder.map(h -> StoreMessages.get("writer.waiting", location().display(), h.user(), h.host(), h.pid(), h.command(), h.since()))
                        .orElseGet(() -> StoreMessages.get("writer.waiting.unknown", location().display())));
                told = true;
            }
            if (System.nanoTime() > deadline) {
                Text t = holder.map(h -> StoreMessages.get("writer.busy", location().display(), h.user(), h.host(), h.pid(), h.command(), h.since(),
                        options.writerWait().toSeconds())).orElseGet(() -> StoreMessages.get("writer.busy.unknown", location().display(), options.writerWait().toSeconds()));
                throw new OrigoException(t);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OrigoException(StoreMessages.get("writer.interrupted", location().display()), e);
            }
            pause = Math.min(250, pause * 2);
        }
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /** The operations of one write, on the write connection. */
    private final class Transaction implements StoreTransaction {
        private final Rows.Tx tx;

        Transaction(Rows.Tx tx) {
            this.tx = tx;
        }

        @Override
        public void saveProject(Project project) throws OrigoException {
            sql(() -> {
                Rows.clearAll(tx.c);
                Rows.saveAll(tx, project);
            });
        }

        @Override
        public void setSetting(String key, String value) throws OrigoException {
            sql(() -> Rows.putSetting(tx.c, key, value, -1));
        }

        @Override
        public void addSnapshot(InventorySnapshot snapshot) throws OrigoException {
            sql(() -> Rows.addSnapshot(tx, snapshot));
        }

        @Override
        public void appendAssets(String snapshotId, Collection<Asset> assets) throws OrigoException {
            requireSnapshot(snapshotId);
            sql(() -> Rows.appendAssets(tx, snapshotId, assets));
        }

        @Override
        public void putAsset(String snapshotId, Asset asset) throws OrigoException {
            requireSnapshot(snapshotId);
            sql(() -> {
                try {
                    Rows.putAsset(tx, snapshotId, asset);
                } catch (Rows.MissingRowException e) {
                    throw new SQLException(e.getMessage());
                }
            });
        }

        @Override
        public boolean putVerdicts(String snapshotId, String assetId, List<Verdict> verdicts) throws OrigoException {
            requireSnapshot(snapshotId);
            boolean[] done = new boolean[1];
            sql(() -> {
                try {
                    done[0] = Rows.putVerdicts(tx, snapshotId, assetId, verdicts);
                } catch (Rows.MissingRowException e) {
                    throw new SQLException(e.getMessage());
                }
            });
            return done[0];
        }

        @Override
        public Optional<Asset> asset(String snapshotId, String assetId) throws OrigoException {
            return read(c -> JdbcProjectStore.this.asset(c, snapshotId, assetId));
        }

        @Override
        public String setting(String key) throws OrigoException {
            return read(c -> JdbcProjectStore.setting(c, key));
        }

        private void requireSnapshot(String snapshotId) throws OrigoException {
            Long row = read(c -> {
                try {
                    return Rows.snapshotRow(tx, snapshotId);
                } catch (Rows.MissingRowException e) {
                    return null;
                }
            });
            if (row == null) {
                throw new OrigoException(StoreMessages.get("snapshot.missing", snapshotId, location().display()));
            }
        }

        private void sql(SqlRun r) throws OrigoException {
            if (!inWrite) {
                throw new IllegalStateException("the transaction has ended");
            }
            try {
                r.run();
            } catch (SQLException e) {
                throw new OrigoException(StoreMessages.get("store.write", location().display(), message(e)), e);
            }
        }
    }

    @FunctionalInterface
    private interface SqlRun {
        void run() throws SQLException;
    }
}
