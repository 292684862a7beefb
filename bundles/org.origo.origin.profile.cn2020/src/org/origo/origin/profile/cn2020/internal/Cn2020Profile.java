package org.origo.origin.profile.cn2020.internal;

import org.origo.origin.api.OriginProfile;
import org.origo.origin.rules.RuleProfile;
import org.osgi.service.component.annotations.Component;

/** The cn-2020 profile: everything it decides is in {@code rules/cn-2020.rules.json}. */
@Component(service = OriginProfile.class, property = { "origo.profile.id=cn-2020", "origo.profile.label=Origo profile: China 2020 directive" })
public class Cn2020Profile extends RuleProfile {

    public Cn2020Profile() {
        super("/rules/cn-2020.rules.json", "/rules/cn-2020.tests.json");
    }
}
