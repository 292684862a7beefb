package org.origo.ui.internal.ops;

import java.util.ArrayList;
import java.util.List;

import org.origo.model.InventorySnapshot;
import org.origo.model.Project;
import org.origo.ui.internal.Operations;
import org.origo.ui.internal.Workbench;

/**
 * An import the wizard has run: the snapshots it added. Undo takes them out of the project (the
 * inventory is as before the import), redo puts them back. Recorded after the import, not run.
 */
public final class ImportOperation extends ProjectOperation {

    private final Project project;
    private final List<InventorySnapshot> added = new ArrayList<>();

    public ImportOperation(Workbench wb, Project project, List<InventorySnapshot> before, int assets) {
        super(wb, Operations.label("op.import", assets), "import");
        this.project = project;
        for (InventorySnapshot s : project.getSnapshots()) {
            if (!before.contains(s)) {
                added.add(s);
            }
        }
    }

    @Override
    protected void apply() {
        for (InventorySnapshot s : added) {
            if (!project.getSnapshots().contains(s)) {
                project.getSnapshots().add(s);
            }
        }
    }

    @Override
    protected void revert() {
        project.getSnapshots().removeAll(added);
    }

    /** Takes the import out again without recording anything (the user did not keep it). */
    public void discard() {
        revert();
    }

    @Override
    protected String detail() {
        return added.size() + " snapshots";
    }
}
