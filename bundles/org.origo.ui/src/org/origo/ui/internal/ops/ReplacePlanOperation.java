package org.origo.ui.internal.ops;

import org.origo.model.Plan;
import org.origo.model.Project;
import org.origo.ui.internal.Workbench;

/** Makes a newly computed plan the project's plan (Run > Plan, adopting a what-if); undo restores the old one. */
public final class ReplacePlanOperation extends ProjectOperation {

    private final Project project;
    private final Plan plan;
    private Plan old;

    public ReplacePlanOperation(Workbench wb, Project project, Plan plan, org.origo.api.Text label) {
        super(wb, label, "plan.adopt");
        this.project = project;
        this.plan = plan;
    }

    @Override
    protected void apply() {
        old = project.getPlan();
        project.setPlan(plan);
    }

    @Override
    protected void revert() {
        project.setPlan(old);
    }

    @Override
    protected String detail() {
        return plan.getItems().size() + " items in " + plan.getPhases().size() + " phases";
    }
}
