package org.origo.install.internal;

import org.origo.api.OrigoException;
import org.origo.origin.api.OriginProfile;
import org.origo.origin.rules.RuleProfile;

/** Loads the rules of a rule-based profile (kept apart: the rules engine is an optional import). */
final class RuleCheck {

    private RuleCheck() {
    }

    static void check(OriginProfile p) throws OrigoException {
        if (p instanceof RuleProfile r) {
            r.rules();
        }
    }
}
