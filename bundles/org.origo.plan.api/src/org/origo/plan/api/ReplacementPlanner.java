package org.origo.plan.api;

import org.origo.api.OrigoException;
import org.origo.api.Progress;
import org.origo.model.Plan;
import org.origo.model.Project;

/**
 * Turns the verdicts and matches of a project into a phased plan. Deterministic: the same project
 * and request give the same plan. Declarative Services component.
 */
@org.osgi.annotation.versioning.ProviderType
public interface ReplacementPlanner {

    /**
     * Computes a plan without attaching it to the project (the caller decides whether it replaces
     * the saved plan or is only a what-if). Every item states why it is in its phase; every
     * constraint that could not hold is listed in {@link Plan#getRelaxations()}.
     */
    Plan plan(Project project, PlanRequest request, Progress progress) throws OrigoException;
}
