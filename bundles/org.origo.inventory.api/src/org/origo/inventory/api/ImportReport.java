package org.origo.inventory.api;

import java.util.List;

import org.origo.model.ImportProblem;
import org.origo.model.InventorySnapshot;

/**
 * The outcome of one import: the new snapshot (already added to the project), how many assets were
 * read, new, merged with the previous snapshot and gone since, and the problems met.
 */
public record ImportReport(InventorySnapshot snapshot, int filesRead, long recordsRead, int assets, int newAssets,
        int mergedAssets, int goneAssets, List<ImportProblem> problems) {
}
