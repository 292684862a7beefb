package org.origo.origin.api;

import org.origo.api.Text;
import org.origo.model.Asset;
import org.origo.model.Verdict;

/**
 * A rule profile (for example the 2020 directive, or the US covered list) that decides for each
 * asset REPLACE, KEEP or REVIEW, with the rule ids that fired and a human explanation.
 * Declarative Services component with the service properties {@value #PROP_ID} and {@value #PROP_LABEL}.
 * Implementations must be thread-safe: assets are evaluated in parallel.
 */
@org.osgi.annotation.versioning.ProviderType
public interface OriginProfile {

    String PROP_ID = "origo.profile.id";
    String PROP_LABEL = "origo.profile.label";

    String id();

    Text label();

    /** What the profile is for and its scope limits. */
    Text description();

    /**
     * Evaluates one asset. Returns a new, detached {@link Verdict} whose profile id is {@link #id()};
     * the caller attaches it. May also set origin facts on the asset's components.
     */
    Verdict evaluate(Asset asset);
}
