package org.origo.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.origo.model.Asset;
import org.origo.model.Component;
import org.origo.model.ImportProblem;
import org.origo.model.InventorySnapshot;
import org.origo.model.Match;
import org.origo.model.MergeRecord;
import org.origo.model.OriginFact;
import org.origo.model.OriginFacts;
import org.origo.model.OrigoFactory;
import org.origo.model.OrigoPackage;
import org.origo.model.Phase;
import org.origo.model.Plan;
import org.origo.model.PlanAction;
import org.origo.model.PlanItem;
import org.origo.model.Project;
import org.origo.model.Retirement;
import org.origo.model.Property;
import org.origo.model.SoftwareInstall;
import org.origo.model.SoftwareTitle;
import org.origo.model.Verdict;

/**
 * Maps the model to the tables of the schema and back. Assets are read and written one at a time
 * or in batches; only {@link #loadAll} and {@link #saveAll} touch the whole project.
 */
final class Rows {

    private static final OrigoPackage P = OrigoPackage.eINSTANCE;
    private static final OrigoFactory F = OrigoFactory.eINSTANCE;

    static final Cols PROJECT = new Cols(P.getProject(), "name", "profileId", "createdAt", "catalogIds");
    static final Cols SNAPSHOT = new Cols(P.getInventorySnapshot(), "id=snapshot_id", "label", "importedAt", "sourceFiles", "complete",
            "scopeSites", "scopeDepartments", "scopeSources");
    static final Cols PROBLEM = new Cols(P.getImportProblem(), "file", "line", "field", "severity", "messageEn", "messageZh");
    static final Cols MERGE = new Cols(P.getMergeRecord(), "assetId", "action", "key", "detail");
    static final Cols ORIGIN = new Cols(P.getOriginFacts(), "key");
    static final Cols FACT = new Cols(P.getOriginFact(), "role", "party", "country", "note", "source", "confidence");
    static final Cols TITLE = new Cols(P.getSoftwareTitle(), "key", "name", "publisher", "rawPublisher", "version", "category", "architectures");
    static final Cols ASSET = new Cols(P.getAsset(), "id=asset_id", "hostname", "serial", "uuid", "assetTag", "macAddress", "kind", "site",
            "department", "owner", "purchaseDate", "criticality", "sources");
    static final Cols PROPERTY = new Cols(P.getProperty(), "key", "value");
    static final Cols COMPONENT = new Cols(P.getComponent(), "kind", "vendor", "rawVendor", "product", "model", "version", "serial", "vendorId",
            "deviceId", "architecture", "abi", "cores", "capacityMb");
    static final Cols INSTALL = new Cols(P.getSoftwareInstall(), "installDate");
    static final Cols VERDICT = new Cols(P.getVerdict(), "profileId", "outcome", "anyUs", "override", "reasonEn", "reasonZh");
    static final Cols MATCH = new Cols(P.getMatch(), "assetId", "target", "rank", "productId", "vendor", "productName", "catalogId", "score",
            "price", "reasons", "findings", "action", "currency");
    static final Cols PLAN = new Cols(P.getPlan(), "name", "basis", "createdAt", "relaxations", "currency", "matchFingerprint");
    static final Cols PHASE = new Cols(P.getPhase(), "index=phase_index", "year", "targetShare", "budget", "plannedCount", "plannedCost");
    static final Cols PLAN_ITEM = new Cols(P.getPlanItem(), "assetId", "productId", "cost", "reasonEn", "reasonZh", "pinned", "currency");
    static final Cols PLAN_ACTION = new Cols(P.getPlanAction(), "component", "action", "productId", "productName", "cost", "currency", "estimate",
            "reasonEn", "reasonZh");
    static final Cols RETIREMENT = new Cols(P.getRetirement(), "assetId", "status", "date=retired_on", "user=recorded_by", "note", "recordedAt");

    /** Features stored otherwise than as attribute columns (containment, references, child tables). */
    private static final List<EStructuralFeature> STRUCTURE = List.of(P.getProject_Snapshots(), P.getProject_SoftwareTitles(),
            P.getProject_Origins(), P.getProject_Matches(), P.getProject_Plan(), P.getProject_Settings(), P.getProject_AuditLog(),
            P.getInventorySnapshot_Assets(), P.getInventorySnapshot_Problems(), P.getInventorySnapshot_MergeLog(), P.getOriginFacts_Facts(),
            P.getSoftwareTitle_Origin(), P.getAsset_Components(), P.getAsset_Software(), P.getAsset_Verdicts(), P.getAsset_Properties(),
            P.getComponent_Origin(), P.getSoftwareInstall_Title(), P.getVerdict_RuleIds(), P.getVerdict_Findings(), P.getMatch_Asset(),
            P.getPlan_Phases(), P.getPlan_Items(), P.getPlanItem_Asset(), P.getPlanItem_Phase(), P.getPlanItem_Actions(),
            P.getProject_Retirements());

    /** Tables in the order they are cleared (children first). */
    static final String[] CLEAR_ORDER = { "plan_action", "plan_item", "phase", "plan", "match", "verdict_finding", "verdict", "software_install", "component",
            "asset_property", "asset", "software_title", "origin_fact", "origin", "merge_record", "import_problem", "snapshot", "setting",
            "retirement", "project" };

    private Rows() {
    }

    /** Every feature of every stored class that no column or table holds (empty when the mapping is complete). */
    static List<String> unmappedFeatures() {
        Set<EStructuralFeature> covered = new java.util.HashSet<>(STRUCTURE);
        Set<EClass> classes = new LinkedHashSet<>();
        for (Cols c : List.of(PROJECT, SNAPSHOT, PROBLEM, MERGE, ORIGIN, FACT, TITLE, ASSET, PROPERTY, COMPONENT, INSTALL, VERDICT, MATCH, PLAN,
                PHASE, PLAN_ITEM, PLAN_ACTION, RETIREMENT)) {
            covered.addAll(c.covered());
            classes.add(c.eClass);
        }
        List<String> missing = new ArrayList<>();
        for (EClass c : classes) {
            for (EStructuralFeature f : c.getEAllStructuralFeatures()) {
                if (!covered.contains(f) && !f.isTransient()) {
                    missing.add(c.getName() + "." + f.getName());
                }
            }
        }
        return missing;
    }

    // ---------------------------------------------------------------- writing

    /** Ids handed out in one write transaction, and the shared objects already written in it. */
    static final class Tx {
        final Connection c;
        private final Map<String, Long> next = new HashMap<>();
        final Map<EObject, Long> written = new IdentityHashMap<>();
        final Map<String, Long> titleByKey = new HashMap<>();
        final Map<String, Long> originByKey = new HashMap<>();
        final Map<String, Long> snapshotByExtId = new HashMap<>();
        /** The detail of the transaction's audit entry. */
        String auditDetail;
        /** Set by a whole-project save: every shared object is written as it is, none matched by key. */
        boolean exact;

        Tx(Connection c) {
            this.c = c;
        }

        long nextId(String table, String column) throws SQLException {
            String k = table + "." + column;
            Long n = next.get(k);
            if (n == null) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(" + column + "), 0) FROM " + table)) {
                    rs.next();
                    n = rs.getLong(1);
                }
            }
            n = n + 1;
            next.put(k, n);
            return n;
        }
    }

    static void clearAll(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String t : CLEAR_ORDER) {
                s.executeUpdate("DELETE FROM " + t);
            }
        }
    }

    /** Writes the whole project into empty tables. */
    static void saveAll(Tx tx, Project p) throws SQLException {
        Connection c = tx.c;
        tx.exact = true;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO project (id, " + PROJECT.list() + ") VALUES (1" + params(PROJECT.size(), true) + ")")) {
            PROJECT.bind(ps, 1, p);
            ps.executeUpdate();
        }
        int pos = 0;
        for (Property s : p.getSettings()) {
            putSetting(c, s.getKey(), s.getValue(), pos++);
        }
        pos = 0;
        for (OriginFacts o : p.getOrigins()) {
            originId(tx, o, pos++);
        }
        pos = 0;
        for (SoftwareTitle t : p.getSoftwareTitles()) {
            titleId(tx, t, pos++);
        }
        for (InventorySnapshot s : p.getSnapshots()) {
            addSnapshot(tx, s);
            appendAssets(tx, s.getId(), s.getAssets());
        }
        writeMatches(tx, p.getMatches());
        if (p.getPlan() != null) {
            writePlan(tx, p.getPlan());
        }
        writeRetirements(c, p.getRetirements());
    }

    static void writeRetirements(Connection c, List<Retirement> retirements) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO retirement (pos, " + RETIREMENT.list() + ") VALUES (?" + params(RETIREMENT.size(), true) + ")")) {
            int pos = 0;
            for (Retirement r : retirements) {
                ps.setInt(1, pos++);
                RETIREMENT.bind(ps, 2, r);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static void putSetting(Connection c, String key, String value, int pos) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM setting WHERE key = ?")) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
        if (value == null) {
            return;
        }
        if (pos < 0) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(pos), -1) + 1 FROM setting")) {
                rs.next();
                pos = rs.getInt(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO setting (key, value, pos) VALUES (?, ?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.setInt(3, pos);
            ps.executeUpdate();
        }
    }

    /**
     * The row of a shared object (origin or title) in this transaction. A whole-project save
     * ({@link Tx#exact}) writes each object once as it is; otherwise an object is matched by its
     * key to the row that holds it, and that row is rewritten with the object's content (the last
     * writer's knowledge wins), or a new row is added. {@code pos} < 0 for an object that no list
     * of the project holds.
     */
    private static Long shared(Tx tx, EObject o, String key, String table, Map<String, Long> byKey, int pos, SharedRow row) throws SQLException {
        Long id = tx.written.get(o);
        if (id != null) {
            return id;
        }
        if (!tx.exact && key != null) {
            id = byKey.get(key);
            if (id == null) {
                id = lookup(tx.c, "SELECT id FROM " + table + " WHERE key = ? ORDER BY pos DESC LIMIT 1", key);
            }
        }
        boolean insert = id == null;
        if (insert) {
            id = tx.nextId(table, "id");
        }
        row.write(id, insert);
        tx.written.put(o, id);
        if (key != null) {
            byKey.putIfAbsent(key, id);
        }
        return id;
    }

    @FunctionalInterface
    private interface SharedRow {
        void write(long id, boolean insert) throws SQLException;
    }

    static Long originId(Tx tx, OriginFacts o, int pos) throws SQLException {
        if (o == null) {
            return null;
        }
        return shared(tx, o, o.getKey(), "origin", tx.originByKey, pos, (id, insert) -> {
            if (insert) {
                try (PreparedStatement ps = tx.c.prepareStatement("INSERT INTO origin (id, pos, " + ORIGIN.list() + ") VALUES (?, ?" + params(ORIGIN.size(), true) + ")")) {
                    ps.setLong(1, id);
                    ps.setInt(2, pos);
                    ORIGIN.bind(ps, 3, o);
                    ps.executeUpdate();
                }
            } else {
                exec(tx.c, "DELETE FROM origin_fact WHERE origin = ?", id);
            }
            try (PreparedStatement ps = tx.c.prepareStatement("INSERT INTO origin_fact (origin, pos, " + FACT.list() + ") VALUES (?, ?" + params(FACT.size(), true) + ")")) {
                int i = 0;
                for (OriginFact f : o.getFacts()) {
                    ps.setLong(1, id);
                    ps.setInt(2, i++);
                    FACT.bind(ps, 3, f);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    static Long titleId(Tx tx, SoftwareTitle t, int pos) throws SQLException {
        if (t == null) {
            return null;
        }
        return shared(tx, t, t.getKey(), "software_title", tx.titleByKey, pos, (id, insert) -> {
            Long origin = originId(tx, t.getOrigin(), -1);
            String sql = insert ? "INSERT INTO software_title (origin, " + TITLE.list() + ", id, pos) VALUES (?" + params(TITLE.size(), true) + ", ?, ?)"
                    : "UPDATE software_title SET origin = ?, " + TITLE.assignments() + " WHERE id = ?";
            try (PreparedStatement ps = tx.c.prepareStatement(sql)) {
                setLong(ps, 1, origin);
                int i = TITLE.bind(ps, 2, t);
                ps.setLong(i, id);
                if (insert) {
                    ps.setInt(i + 1, pos);
                }
                ps.executeUpdate();
            }
        });
    }

    static void addSnapshot(Tx tx, InventorySnapshot s) throws SQLException {
        long id = tx.nextId("snapshot", "id");
        long pos = tx.nextId("snapshot", "pos");
        try (PreparedStatement ps = tx.c.prepareStatement("INSERT INTO snapshot (id, pos, " + SNAPSHOT.list() + ") VALUES (?, ?" + params(SNAPSHOT.size(), true) + ")")) {
            ps.setLong(1, id);
            ps.setLong(2, pos);
            SNAPSHOT.bind(ps, 3, s);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = tx.c.prepareStatement("INSERT INTO import_problem (snapshot, pos, " + PROBLEM.list() + ") VALUES (?, ?" + params(PROBLEM.size(), true) + ")")) {
            int i = 0;
            for (ImportProblem p : s.getProblems()) {
                ps.setLong(1, id);
                ps.setInt(2, i++);
                PROBLEM.bind(ps, 3, p);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = tx.c.prepareStatement("INSERT INTO merge_record (snapshot, pos, " + MERGE.list() + ") VALUES (?, ?" + params(MERGE.size(), true) + ")")) {
            int i = 0;
            for (MergeRecord m : s.getMergeLog()) {
                ps.setLong(1, id);
                ps.setInt(2, i++);
                MERGE.bind(ps, 3, m);
                ps.addBatch();
                if (i % 10_000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        if (s.getId() != null) {
            tx.snapshotByExtId.put(s.getId(), id);
        }
    }

    static long snapshotRow(Tx tx, String snapshotId) throws SQLException, MissingRowException {
        Long id = tx.snapshotByExtId.get(snapshotId);
        if (id == null) {
            id = snapshotRow(tx.c, snapshotId);
            if (id == null) {
                throw new MissingRowException(snapshotId);
            }
            tx.snapshotByExtId.put(snapshotId, id);
        }
        return id;
    }

    static Long snapshotRow(Connection c, String snapshotId) throws SQLException {
        return lookup(c, "SELECT id FROM snapshot WHERE snapshot_id = ? ORDER BY pos DESC", snapshotId);
    }

    /** A snapshot that the store does not hold. */
    static final class MissingRowException extends Exception {
        private static final long serialVersionUID = 1L;

        MissingRowException(String what) {
            super(what);
        }
    }

    /** Statements for writing assets, prepared once per batch. */
    private static final class AssetWriter implements AutoCloseable {
        final PreparedStatement asset;
        final PreparedStatement property;
        final PreparedStatement component;
        final PreparedStatement install;
        final PreparedStatement verdict;
        final PreparedStatement finding;
        int pending;

        AssetWriter(Connection c) throws SQLException {
            asset = c.prepareStatement("INSERT INTO asset (id, snapshot, pos, " + ASSET.list() + ") VALUES (?, ?, ?" + params(ASSET.size(), true) + ")");
            property = c.prepareStatement("INSERT INTO asset_property (asset, pos, " + PROPERTY.list() + ") VALUES (?, ?" + params(PROPERTY.size(), true) + ")");
            component = c.prepareStatement(
                    "INSERT INTO component (asset, pos, origin, " + COMPONENT.list() + ") VALUES (?, ?, ?" + params(COMPONENT.size(), true) + ")");
            install = c.prepareStatement("INSERT INTO software_install (asset, pos, title, " + INSTALL.list() + ") VALUES (?, ?, ?" + params(INSTALL.size(), true) + ")");
            verdict = c.prepareStatement("INSERT INTO verdict (asset, pos, " + VERDICT.list() + ") VALUES (?, ?" + params(VERDICT.size(), true) + ")");
            finding = c.prepareStatement("INSERT INTO verdict_finding (asset, verdict, kind, pos, rule_id, text) VALUES (?, ?, ?, ?, ?, ?)");
        }

        void children(Tx tx, long id, Asset a) throws SQLException {
            int i = 0;
            for (Property p : a.getProperties()) {
                property.setLong(1, id);
                property.setInt(2, i++);
                PROPERTY.bind(property, 3, p);
                property.addBatch();
            }
            i = 0;
            for (Component cp : a.getComponents()) {
                component.setLong(1, id);
                component.setInt(2, i++);
                setLong(component, 3, originId(tx, cp.getOrigin(), -1));
                COMPONENT.bind(component, 4, cp);
                component.addBatch();
            }
            i = 0;
            for (SoftwareInstall si : a.getSoftware()) {
                install.setLong(1, id);
                install.setInt(2, i++);
                setLong(install, 3, titleId(tx, si.getTitle(), -1));
                INSTALL.bind(install, 4, si);
                install.addBatch();
            }
            verdicts(id, a.getVerdicts());
            pending++;
        }

        void verdicts(long id, List<Verdict> verdicts) throws SQLException {
            int i = 0;
            for (Verdict v : verdicts) {
                verdict.setLong(1, id);
                verdict.setInt(2, i);
                VERDICT.bind(verdict, 3, v);
                verdict.addBatch();
                int k = 0;
                for (String r : v.getRuleIds()) {
                    finding(id, i, "R", k++, r, r);
                }
                k = 0;
                for (String f : v.getFindings()) {
                    int colon = f.indexOf(": ");
                    finding(id, i, "F", k++, colon > 0 ? f.substring(0, colon) : null, f);
                }
                i++;
            }
        }

        private void finding(long asset, int verdictPos, String kind, int pos, String rule, String text) throws SQLException {
            finding.setLong(1, asset);
            finding.setInt(2, verdictPos);
            finding.setString(3, kind);
            finding.setInt(4, pos);
            finding.setString(5, rule);
            finding.setString(6, text);
            finding.addBatch();
        }

        void flush() throws SQLException {
            asset.executeBatch();
            property.executeBatch();
            component.executeBatch();
            install.executeBatch();
            verdict.executeBatch();
            finding.executeBatch();
            pending = 0;
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps : List.of(asset, property, component, install, verdict, finding)) {
                ps.close();
            }
        }
    }

    static void appendAssets(Tx tx, String snapshotId, Collection<Asset> assets) throws SQLException {
        long snapshot;
        try {
            snapshot = snapshotRow(tx, snapshotId);
        } catch (MissingRowException e) {
            throw new SQLException("no snapshot " + snapshotId);
        }
        long pos = nextPos(tx.c, snapshot);
        try (AssetWriter w = new AssetWriter(tx.c)) {
            for (Asset a : assets) {
                long id = tx.nextId("asset", "id");
                w.asset.setLong(1, id);
                w.asset.setLong(2, snapshot);
                w.asset.setLong(3, pos++);
                ASSET.bind(w.asset, 4, a);
                w.asset.addBatch();
                w.children(tx, id, a);
                tx.written.put(a, id);
                if (w.pending >= 2_000) {
                    w.flush();
                }
            }
            w.flush();
        }
    }

    private static long nextPos(Connection c, long snapshot) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(pos), -1) + 1 FROM asset WHERE snapshot = ?")) {
            ps.setLong(1, snapshot);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Replaces one asset in place (same row id, same position) or appends it. */
    static void putAsset(Tx tx, String snapshotId, Asset a) throws SQLException, MissingRowException {
        long snapshot = snapshotRow(tx, snapshotId);
        Long id = assetRow(tx.c, snapshot, a.getId());
        if (id == null) {
            appendAssets(tx, snapshotId, List.of(a));
            return;
        }
        deleteChildren(tx.c, id);
        try (PreparedStatement ps = tx.c.prepareStatement("UPDATE asset SET " + ASSET.assignments() + " WHERE id = ?")) {
            int i = ASSET.bind(ps, 1, a);
            ps.setLong(i, id);
            ps.executeUpdate();
        }
        try (AssetWriter w = new AssetWriter(tx.c)) {
            w.children(tx, id, a);
            w.flush();
        }
        tx.written.put(a, id);
    }

    static boolean putVerdicts(Tx tx, String snapshotId, String assetId, List<Verdict> verdicts) throws SQLException, MissingRowException {
        long snapshot = snapshotRow(tx, snapshotId);
        Long id = assetRow(tx.c, snapshot, assetId);
        if (id == null) {
            return false;
        }
        exec(tx.c, "DELETE FROM verdict_finding WHERE asset = ?", id);
        exec(tx.c, "DELETE FROM verdict WHERE asset = ?", id);
        try (AssetWriter w = new AssetWriter(tx.c)) {
            w.verdicts(id, verdicts);
            w.flush();
        }
        return true;
    }

    private static void deleteChildren(Connection c, long asset) throws SQLException {
        for (String t : new String[] { "verdict_finding", "verdict", "software_install", "component", "asset_property" }) {
            exec(c, "DELETE FROM " + t + " WHERE asset = ?", asset);
        }
    }

    static Long assetRow(Connection c, long snapshot, String assetId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM asset WHERE snapshot = ? AND asset_id = ? ORDER BY pos LIMIT 1")) {
            ps.setLong(1, snapshot);
            ps.setString(2, assetId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    static void writeMatches(Tx tx, List<Match> matches) throws SQLException {
        try (PreparedStatement ps = tx.c.prepareStatement("INSERT INTO match (id, pos, asset, " + MATCH.list() + ") VALUES (?, ?, ?" + params(MATCH.size(), true) + ")")) {
            long pos = 0;
            for (Match m : matches) {
                ps.setLong(1, tx.nextId("match", "id"));
                ps.setLong(2, pos++);
                setLong(ps, 3, m.getAsset() == null ? null : tx.written.get(m.getAsset()));
                MATCH.bind(ps, 4, m);
                ps.addBatch();
                if (pos % 5_000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    static void writePlan(Tx tx, Plan plan) throws SQLException {
        try (PreparedStatement ps = tx.c.prepareStatement("INSERT INTO plan (id, " + PLAN.list() + ") VALUES (1" + params(PLAN.size(), true) + ")")) {
            PLAN.bind(ps, 1, plan);
            ps.executeUpdate();
        }
        Map<Phase, Integer> phases = new IdentityHashMap<>();
        try (PreparedStatement ps = tx.c.prepareStatement("INSERT INTO phase (pos, " + PHASE.list() + ") VALUES (?" + params(PHASE.size(), true) + ")")) {
            int pos = 0;
            for (Phase ph : plan.getPhases()) {
                phases.put(ph, pos);
                ps.setInt(1, pos++);
                PHASE.bind(ps, 2, ph);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = tx.c.prepareStatement(
                "INSERT INTO plan_item (pos, asset, phase, " + PLAN_ITEM.list() + ") VALUES (?, ?, ?" + params(PLAN_ITEM.size(), true) + ")")) {
            long pos = 0;
            for (PlanItem it : plan.getItems()) {
                ps.setLong(1, pos++);
                setLong(ps, 2, it.getAsset() == null ? null : tx.written.get(it.getAsset()));
                Integer ph = it.getPhase() == null ? null : phases.get(it.getPhase());
                setLong(ps, 3, ph == null ? null : ph.longValue());
                PLAN_ITEM.bind(ps, 4, it);
                ps.addBatch();
                if (pos % 5_000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = tx.c.prepareStatement(
                "INSERT INTO plan_action (item, pos, " + PLAN_ACTION.list() + ") VALUES (?, ?" + params(PLAN_ACTION.size(), true) + ")")) {
            long item = 0;
            int batched = 0;
            for (PlanItem it : plan.getItems()) {
                int pos = 0;
                for (PlanAction a : it.getActions()) {
                    ps.setLong(1, item);
                    ps.setInt(2, pos++);
                    PLAN_ACTION.bind(ps, 3, a);
                    ps.addBatch();
                    if (++batched % 5_000 == 0) {
                        ps.executeBatch();
                    }
                }
                item++;
            }
            ps.executeBatch();
        }
    }

    // ---------------------------------------------------------------- reading

    /** Shared objects read so far (titles and origins by row id), so each is one object however many refer to it. */
    static final class Reader {
        final Connection c;
        final Map<Long, OriginFacts> origins = new HashMap<>();
        final Map<Long, SoftwareTitle> titles = new HashMap<>();
        /** Positions in the project's lists, filled by a whole load. */
        final Map<Long, Integer> originPos = new HashMap<>();
        final Map<Long, Integer> titlePos = new HashMap<>();

        Reader(Connection c) {
            this.c = c;
        }
    }

    static Project loadHeader(Reader r) throws SQLException {
        Project p = F.createProject();
        try (Statement s = r.c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + PROJECT.list() + " FROM project WHERE id = 1")) {
            if (!rs.next()) {
                return null;
            }
            PROJECT.read(rs, 1, p);
        }
        try (Statement s = r.c.createStatement(); ResultSet rs = s.executeQuery("SELECT key, value FROM setting ORDER BY pos")) {
            while (rs.next()) {
                Property prop = F.createProperty();
                prop.setKey(rs.getString(1));
                prop.setValue(rs.getString(2));
                p.getSettings().add(prop);
            }
        }
        Map<Long, InventorySnapshot> snapshots = new HashMap<>();
        try (Statement s = r.c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, " + SNAPSHOT.list() + " FROM snapshot ORDER BY pos")) {
            while (rs.next()) {
                InventorySnapshot snap = F.createInventorySnapshot();
                SNAPSHOT.read(rs, 2, snap);
                snapshots.put(rs.getLong(1), snap);
                p.getSnapshots().add(snap);
            }
        }
        return p;
    }

    /** The import problems and merge logs of the snapshots. */
    private static void loadSnapshotLogs(Reader r, Map<Long, InventorySnapshot> snapshots) throws SQLException {
        try (Statement s = r.c.createStatement();
                ResultSet rs = s.executeQuery("SELECT snapshot, " + PROBLEM.list() + " FROM import_problem ORDER BY snapshot, pos")) {
            while (rs.next()) {
                ImportProblem ip = F.createImportProblem();
                PROBLEM.read(rs, 2, ip);
                snapshots.get(rs.getLong(1)).getProblems().add(ip);
            }
        }
        try (Statement s = r.c.createStatement(); ResultSet rs = s.executeQuery("SELECT snapshot, " + MERGE.list() + " FROM merge_record ORDER BY snapshot, pos")) {
            while (rs.next()) {
                MergeRecord m = F.createMergeRecord();
                MERGE.read(rs, 2, m);
                snapshots.get(rs.getLong(1)).getMergeLog().add(m);
            }
        }
    }

    static Project loadAll(Reader r) throws SQLException {
        Project p = loadHeader(r);
        if (p == null) {
            return null;
        }
        loadOrigins(r, null);
        loadTitles(r, null);
        addListed(r.origins, r.originPos, p.getOrigins());
        addListed(r.titles, r.titlePos, p.getSoftwareTitles());
        Map<Long, Asset> assets = new HashMap<>();
        List<InventorySnapshot> snaps = p.getSnapshots();
        Map<Long, InventorySnapshot> byRow = new HashMap<>();
        try (Statement s = r.c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM snapshot ORDER BY pos")) {
            int i = 0;
            while (rs.next()) {
                byRow.put(rs.getLong(1), snaps.get(i++));
            }
        }
        loadSnapshotLogs(r, byRow);
        try (Statement s = r.c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, snapshot, " + ASSET.list() + " FROM asset ORDER BY snapshot, pos")) {
            while (rs.next()) {
                Asset a = F.createAsset();
                ASSET.read(rs, 3, a);
                assets.put(rs.getLong(1), a);
                byRow.get(rs.getLong(2)).getAssets().add(a);
            }
        }
        readChildren(r, assets, "");
        Map<Long, Asset> all = assets;
        try (Statement s = r.c.createStatement(); ResultSet rs = s.executeQuery("SELECT asset, " + MATCH.list() + " FROM match ORDER BY pos")) {
            while (rs.next()) {
                Match m = F.createMatch();
                long a = rs.getLong(1);
                if (!rs.wasNull()) {
                    m.setAsset(all.get(a));
                }
                MATCH.read(rs, 2, m);
                p.getMatches().add(m);
            }
        }
        try (Statement s = r.c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + PLAN.list() + " FROM plan WHERE id = 1")) {
            if (rs.next()) {
                Plan plan = F.createPlan();
                PLAN.read(rs, 1, plan);
                p.setPlan(plan);
            }
        }
        if (p.getPlan() != null) {
            Plan plan = p.getPlan();
            Map<Integer, Phase> phases = new HashMap<>();
            try (Statement s = r.c.createStatement(); ResultSet rs = s.executeQuery("SELECT pos, " + PHASE.list() + " FROM phase ORDER BY pos")) {
                while (rs.next()) {
                    Phase ph = F.createPhase();
                    PHASE.read(rs, 2, ph);
                    phases.put(rs.getInt(1), ph);
                    plan.getPhases().add(ph);
                }
            }
            try (Statement s = r.c.createStatement(); ResultSet rs = s.executeQuery("SELECT asset, phase, " + PLAN_ITEM.list() + " FROM plan_item ORDER BY pos")) {
                while (rs.next()) {
                    PlanItem it = F.createPlanItem();
                    long a = rs.getLong(1);
                    if (!rs.wasNull()) {
                        it.setAsset(all.get(a));
                    }
                    int ph = rs.getInt(2);
                    if (!rs.wasNull()) {
                        it.setPhase(phases.get(ph));
                    }
                    PLAN_ITEM.read(rs, 3, it);
                    plan.getItems().add(it);
                }
            }
            try (Statement s = r.c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT item, " + PLAN_ACTION.list() + " FROM plan_action ORDER BY item, pos")) {
                while (rs.next()) {
                    PlanAction a = F.createPlanAction();
                    PLAN_ACTION.read(rs, 2, a);
                    plan.getItems().get((int) rs.getLong(1)).getActions().add(a);
                }
            }
        }
        try (Statement s = r.c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + RETIREMENT.list() + " FROM retirement ORDER BY pos")) {
            while (rs.next()) {
                Retirement ret = F.createRetirement();
                RETIREMENT.read(rs, 1, ret);
                p.getRetirements().add(ret);
            }
        }
        return p;
    }

    /** Adds the shared objects a list of the project holds (position >= 0) to it, in order. */
    private static <T> void addListed(Map<Long, T> objects, Map<Long, Integer> positions, List<T> list) {
        objects.entrySet().stream().filter(e -> positions.getOrDefault(e.getKey(), -1) >= 0)
                .sorted((a, b) -> Integer.compare(positions.get(a.getKey()), positions.get(b.getKey()))).forEach(e -> list.add(e.getValue()));
    }

    /** Reads origins (all, or those with the given ids) into the reader. */
    static void loadOrigins(Reader r, Collection<Long> ids) throws SQLException {
        String where = ids == null ? "" : " WHERE id IN (" + join(ids) + ")";
        if (ids != null && ids.isEmpty()) {
            return;
        }
        try (Statement s = r.c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, pos, " + ORIGIN.list() + " FROM origin" + where + " ORDER BY pos")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                OriginFacts o = F.createOriginFacts();
                ORIGIN.read(rs, 3, o);
                r.origins.put(id, o);
                if (ids == null) {
                    r.originPos.put(id, rs.getInt(2));
                }
            }
        }
        String fwhere = ids == null ? "" : " WHERE origin IN (" + join(ids) + ")";
        try (Statement s = r.c.createStatement();
                ResultSet rs = s.executeQuery("SELECT origin, " + FACT.list() + " FROM origin_fact" + fwhere + " ORDER BY origin, pos")) {
            while (rs.next()) {
                OriginFact f = F.createOriginFact();
                FACT.read(rs, 2, f);
                OriginFacts o = r.origins.get(rs.getLong(1));
                if (o != null) {
                    o.getFacts().add(f);
                }
            }
        }
    }

    static void loadTitles(Reader r, Collection<Long> ids) throws SQLException {
        if (ids != null && ids.isEmpty()) {
            return;
        }
        String where = ids == null ? "" : " WHERE id IN (" + join(ids) + ")";
        Map<SoftwareTitle, Long> originOf = new IdentityHashMap<>();
        try (Statement s = r.c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, pos, origin, " + TITLE.list() + " FROM software_title" + where + " ORDER BY pos")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                SoftwareTitle t = F.createSoftwareTitle();
                long o = rs.getLong(3);
                if (!rs.wasNull()) {
                    originOf.put(t, o);
                }
                TITLE.read(rs, 4, t);
                r.titles.put(id, t);
                if (ids == null) {
                    r.titlePos.put(id, rs.getInt(2));
                }
            }
        }
        Set<Long> missing = new LinkedHashSet<>();
        for (Long o : originOf.values()) {
            if (!r.origins.containsKey(o)) {
                missing.add(o);
            }
        }
        loadOrigins(r, missing);
        for (var e : originOf.entrySet()) {
            e.getKey().setOrigin(r.origins.get(e.getValue()));
        }
    }

    /**
     * Reads the components, software, verdicts and properties of the assets; {@code filter} is a
     * condition on the asset column ("" for all, or {@code WHERE asset IN (…)}).
     */
    static void readChildren(Reader r, Map<Long, Asset> assets, String filter) throws SQLException {
        try (Statement s = r.c.createStatement(); ResultSet rs = s.executeQuery("SELECT asset, " + PROPERTY.list() + " FROM asset_property" + filter + " ORDER BY asset, pos")) {
            while (rs.next()) {
                Property p = F.createProperty();
                PROPERTY.read(rs, 2, p);
                assets.get(rs.getLong(1)).getProperties().add(p);
            }
        }
        Map<Component, Long> origins = new IdentityHashMap<>();
        try (Statement s = r.c.createStatement();
                ResultSet rs = s.executeQuery("SELECT asset, origin, " + COMPONENT.list() + " FROM component" + filter + " ORDER BY asset, pos")) {
            while (rs.next()) {
                Component cp = F.createComponent();
                long o = rs.getLong(2);
                if (!rs.wasNull()) {
                    origins.put(cp, o);
                }
                COMPONENT.read(rs, 3, cp);
                assets.get(rs.getLong(1)).getComponents().add(cp);
            }
        }
        Set<Long> missing = new LinkedHashSet<>();
        for (Long o : origins.values()) {
            if (!r.origins.containsKey(o)) {
                missing.add(o);
            }
        }
        loadOrigins(r, missing);
        for (var e : origins.entrySet()) {
            e.getKey().setOrigin(r.origins.get(e.getValue()));
        }
        Map<SoftwareInstall, Long> titles = new IdentityHashMap<>();
        try (Statement s = r.c.createStatement();
                ResultSet rs = s.executeQuery("SELECT asset, title, " + INSTALL.list() + " FROM software_install" + filter + " ORDER BY asset, pos")) {
            while (rs.next()) {
                SoftwareInstall si = F.createSoftwareInstall();
                long t = rs.getLong(2);
                if (!rs.wasNull()) {
                    titles.put(si, t);
                }
                INSTALL.read(rs, 3, si);
                assets.get(rs.getLong(1)).getSoftware().add(si);
            }
        }
        missing.clear();
        for (Long t : titles.values()) {
            if (!r.titles.containsKey(t)) {
                missing.add(t);
            }
        }
        loadTitles(r, missing);
        for (var e : titles.entrySet()) {
            e.getKey().setTitle(r.titles.get(e.getValue()));
        }
        Map<Long, List<Verdict>> verdicts = new HashMap<>();
        try (Statement s = r.c.createStatement(); ResultSet rs = s.executeQuery("SELECT asset, " + VERDICT.list() + " FROM verdict" + filter + " ORDER BY asset, pos")) {
            while (rs.next()) {
                Verdict v = F.createVerdict();
                VERDICT.read(rs, 2, v);
                long a = rs.getLong(1);
                assets.get(a).getVerdicts().add(v);
                verdicts.computeIfAbsent(a, k -> new ArrayList<>()).add(v);
            }
        }
        try (Statement s = r.c.createStatement();
                ResultSet rs = s.executeQuery("SELECT asset, verdict, kind, text FROM verdict_finding" + filter + " ORDER BY asset, verdict, kind, pos")) {
            while (rs.next()) {
                List<Verdict> vs = verdicts.get(rs.getLong(1));
                Verdict v = vs == null ? null : vs.get(rs.getInt(2));
                if (v == null) {
                    continue;
                }
                String text = rs.getString(4);
                if ("R".equals(rs.getString(3))) {
                    v.getRuleIds().add(text);
                } else {
                    v.getFindings().add(text);
                }
            }
        }
    }

    static Optional<Asset> loadAsset(Reader r, long snapshot, String assetId) throws SQLException {
        Asset a = F.createAsset();
        long id;
        try (PreparedStatement ps = r.c.prepareStatement("SELECT id, " + ASSET.list() + " FROM asset WHERE snapshot = ? AND asset_id = ? ORDER BY pos LIMIT 1")) {
            ps.setLong(1, snapshot);
            ps.setString(2, assetId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                id = rs.getLong(1);
                ASSET.read(rs, 2, a);
            }
        }
        Map<Long, Asset> one = new HashMap<>();
        one.put(id, a);
        readChildren(r, one, " WHERE asset = " + id);
        return Optional.of(a);
    }

    /** One batch of a snapshot's assets from position {@code from}; returns the position after the last one read, or -1 at the end. */
    static long loadBatch(Reader r, long snapshot, long from, int size, List<Asset> out) throws SQLException {
        Map<Long, Asset> batch = new java.util.LinkedHashMap<>();
        long last = -1;
        try (PreparedStatement ps = r.c.prepareStatement("SELECT id, pos, " + ASSET.list() + " FROM asset WHERE snapshot = ? AND pos >= ? ORDER BY pos LIMIT ?")) {
            ps.setLong(1, snapshot);
            ps.setLong(2, from);
            ps.setInt(3, size);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Asset a = F.createAsset();
                    ASSET.read(rs, 3, a);
                    batch.put(rs.getLong(1), a);
                    last = rs.getLong(2);
                }
            }
        }
        if (batch.isEmpty()) {
            return -1;
        }
        readChildren(r, batch, " WHERE asset IN (SELECT id FROM asset WHERE snapshot = " + snapshot + " AND pos >= " + from + " AND pos <= " + last + ")");
        out.addAll(batch.values());
        return last + 1;
    }

    // ---------------------------------------------------------------- helpers

    static String params(int n, boolean leadingComma) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 && !leadingComma ? "?" : ", ?");
        }
        return b.toString();
    }

    private static String join(Collection<Long> ids) {
        StringBuilder b = new StringBuilder();
        for (Long id : ids) {
            b.append(b.length() == 0 ? "" : ",").append(id.longValue());
        }
        return b.toString();
    }

    static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, java.sql.Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    static Long lookup(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    static void exec(Connection c, String sql, long arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, arg);
            ps.executeUpdate();
        }
    }
}
