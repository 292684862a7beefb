package org.origo.origin.profile.usfcc.internal;

import org.origo.origin.api.OriginProfile;
import org.origo.origin.rules.RuleProfile;
import org.osgi.service.component.annotations.Component;

/** The us-fcc-covered profile: everything it decides is in {@code rules/us-fcc-covered.rules.json}. */
@Component(service = OriginProfile.class, property = { "origo.profile.id=us-fcc-covered", "origo.profile.label=Origo profile: US FCC Covered List" })
public class UsFccProfile extends RuleProfile {

    public UsFccProfile() {
        super("/rules/us-fcc-covered.rules.json", "/rules/us-fcc-covered.tests.json");
    }
}
