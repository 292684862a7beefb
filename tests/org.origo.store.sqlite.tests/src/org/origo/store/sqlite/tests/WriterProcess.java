package org.origo.store.sqlite.tests;

import java.nio.file.Path;
import java.time.Duration;

import org.origo.api.OrigoException;
import org.origo.model.Asset;
import org.origo.model.OrigoFactory;
import org.origo.store.api.ProjectStore;
import org.origo.store.api.StoreLocation;
import org.origo.store.api.StoreOptions;
import org.origo.store.sqlite.internal.SqliteStoreProvider;

/**
 * A second process writing to a project, for the tests that need two processes or a process that
 * is killed: {@code <file> <asset id> <rounds> <bulk>}; each round overrides the asset's owner (and
 * appends {@code bulk} assets in the same transaction, to make the transaction long), then prints
 * {@code committed <n>}. Rounds &lt; 0 run until the process is killed.
 */
public final class WriterProcess {

    private WriterProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String assetId = args[1];
        int rounds = Integer.parseInt(args[2]);
        int bulk = Integer.parseInt(args[3]);
        StoreOptions options = StoreOptions.defaults().withCommand("writer " + assetId).withWriterWait(Duration.ofMinutes(2));
        try (ProjectStore s = new SqliteStoreProvider().open(StoreLocation.sqlite(file), options, false)) {
            String snapshot = s.snapshotIds().get(0);
            for (int n = 0; rounds < 0 || n < rounds; n++) {
                int round = n;
                s.write("override", assetId + " " + round, tx -> {
                    Asset a = tx.asset(snapshot, assetId).orElseThrow(() -> new OrigoException(new org.origo.api.Text("no " + assetId, "无 " + assetId)));
                    a.setOwner(assetId + " round " + round);
                    tx.putAsset(snapshot, a);
                    if (bulk > 0) {
                        java.util.List<Asset> more = new java.util.ArrayList<>();
                        for (int i = 0; i < bulk; i++) {
                            Asset m = OrigoFactory.eINSTANCE.createAsset();
                            m.setId(assetId + "-bulk-" + round + "-" + i);
                            m.setHostname("host " + i);
                            more.add(m);
                        }
                        tx.appendAssets(snapshot, more);
                    }
                    return null;
                });
                System.out.println("committed " + round);
                System.out.flush();
            }
        }
    }
}
