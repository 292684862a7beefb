package org.origo.catalog.internal;

import java.util.ArrayList;
import java.util.List;

import org.origo.api.OrigoException;
import org.origo.api.Progress;
import org.origo.catalog.api.MatchPolicy;
import org.origo.catalog.api.ReplacementMatcher;
import org.origo.catalog.internal.i18n.CatalogMessages;
import org.origo.model.Catalog;
import org.origo.model.Match;
import org.origo.model.Project;
import org.osgi.service.component.annotations.Component;

/** Origo's replacement matcher; see {@link Matcher} for the algorithm. */
@Component(service = ReplacementMatcher.class, property = { "origo.matcher.id=default" })
public class DefaultReplacementMatcher implements ReplacementMatcher {

    @Override
    public int match(Project project, String profileId, List<Catalog> catalogs, MatchPolicy policy, Progress progress)
            throws OrigoException {
        if (profileId == null || profileId.isBlank()) {
            throw new OrigoException(CatalogMessages.get("match.no.profile"));
        }
        MatchPolicy p = policy == null ? MatchPolicy.defaults() : policy;
        List<Match> matches = new ArrayList<>();
        int n = new Matcher(catalogs, p).run(project, profileId, progress == null ? Progress.NONE : progress, matches);
        // replace the old matches only once the new ones are complete
        project.getMatches().clear();
        // the new matches are distinct objects: skip the list's per-element uniqueness scan
        ((org.eclipse.emf.ecore.util.InternalEList<Match>) project.getMatches()).addAllUnique(matches);
        return n;
    }
}
