package org.origo.origin.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.origo.origin.api.OriginProfile;
import org.origo.origin.knowledge.Knowledge;
import org.origo.origin.rules.RuleProfile;
import org.origo.origin.rules.RuleTests;

/** Every shipped profile passes its own rule tests (the data files beside its rules). */
class ProfilesTest {

    @Test
    void everyShippedProfilePassesItsRuleTests() throws Exception {
        int profiles = 0;
        for (OriginProfile p : Services.profiles()) {
            if (!(p instanceof RuleProfile rp)) {
                continue;
            }
            profiles++;
            assertNotNull(rp.testsResource(), p.id() + " ships rule tests");
            RuleTests.Report r;
            try (InputStream in = rp.openTests()) {
                assertNotNull(in, rp.testsResource());
                r = RuleTests.run(rp.testsResource(), in, Services::findProfile, Knowledge.builtIn());
            }
            StringBuilder sb = new StringBuilder();
            for (RuleTests.Failure f : r.failures()) {
                sb.append('\n').append(f.file()).append(':').append(f.line()).append(' ').append(f.caseName()).append(": ")
                        .append(f.reason().en());
            }
            assertTrue(r.passed(), p.id() + ":" + sb);
            assertTrue(r.cases() >= (p.id().startsWith("example") ? 1 : 10), p.id() + " has " + r.cases() + " cases");
            assertEquals(p.id(), r.profileId());
        }
        assertTrue(profiles >= 3, "cn-2020, us-fcc-covered and the third-party example are installed: " + profiles);
        assertEquals("example-no-us", Services.profile("example-no-us").id(), "a profile from another bundle, no Origo code changed");
    }

    @Test
    void profilesDescribeThemselvesInBothLanguages() throws Exception {
        OriginProfile cn = Services.profile("cn-2020");
        OriginProfile us = Services.profile("us-fcc-covered");
        assertEquals("cn-2020", cn.id());
        assertEquals("us-fcc-covered", us.id());
        assertTrue(us.description().en().contains("public safety"), "scope limits stated");
        assertTrue(us.description().zh().contains("公共安全"));
        assertTrue(cn.description().in(Locale.CHINA).contains("海光"));
        assertTrue(cn.label().zh().length() > 3);
    }
}
