package org.origo.catalog.api;

import java.util.List;

import org.origo.api.OrigoException;
import org.origo.api.Progress;
import org.origo.model.Catalog;
import org.origo.model.Project;

/**
 * Proposes ranked replacements, with scores and reasons, for every asset the profile in force
 * says to replace. Declarative Services component.
 */
@org.osgi.annotation.versioning.ProviderType
public interface ReplacementMatcher {

    /**
     * Replaces the project's matches with new ones computed from the latest snapshot's verdicts of
     * {@code profileId} against the given catalogs.
     *
     * @return the number of assets that received at least one candidate
     */
    int match(Project project, String profileId, List<Catalog> catalogs, MatchPolicy policy, Progress progress)
            throws OrigoException;
}
