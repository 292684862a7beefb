package com.example.origo.profile.internal;

import org.origo.origin.api.OriginProfile;
import org.origo.origin.rules.RuleProfile;
import org.osgi.service.component.annotations.Component;

/**
 * A third-party profile: a bundle with a rules file, a rule-test file and this class. Nothing in
 * Origo changes when it is installed; the profile simply shows up in {@code origo rules list}.
 */
@Component(service = OriginProfile.class, property = { "origo.profile.id=example-no-us", "origo.profile.label=Example: no US technology" })
public class NoUsTechnologyProfile extends RuleProfile {

    public NoUsTechnologyProfile() {
        super("/rules/example-no-us.rules.json", "/rules/example-no-us.tests.json");
    }
}
