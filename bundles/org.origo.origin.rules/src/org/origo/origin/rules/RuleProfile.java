package org.origo.origin.rules;

import java.io.IOException;
import java.io.InputStream;

import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.model.Asset;
import org.origo.model.Verdict;
import org.origo.origin.api.OriginProfile;
import org.origo.origin.knowledge.Knowledge;
import org.origo.origin.rules.internal.Engine;
import org.origo.origin.rules.internal.i18n.RulesMessages;

/**
 * The base of every rule-file profile. A profile bundle extends it with nothing but the paths of its
 * rules file and rule-test file inside the bundle, and registers it as a Declarative Services
 * component:
 *
 * <pre>
 * &#64;Component(service = OriginProfile.class, property = { "origo.profile.id=acme-2025", "origo.profile.label=ACME 2025" })
 * public class AcmeProfile extends RuleProfile {
 *     public AcmeProfile() {
 *         super("/rules/acme-2025.rules.json", "/rules/acme-2025.tests.json");
 *     }
 * }
 * </pre>
 *
 * The rules are loaded (and validated) on first use with the built-in origin knowledge.
 * Thread-safe.
 */
public abstract class RuleProfile implements OriginProfile {

    private final String rulesResource;
    private final String testsResource;
    private volatile Engine engine;

    /**
     * @param rulesResource absolute resource path of the rules file in the subclass's bundle
     * @param testsResource absolute resource path of its rule-test file, or null
     */
    protected RuleProfile(String rulesResource, String testsResource) {
        this.rulesResource = rulesResource;
        this.testsResource = testsResource;
    }

    /** The loaded rules; throws when the rules file is invalid. */
    public RuleSet rules() throws OrigoException {
        return engine().rules();
    }

    private Engine engine() throws OrigoException {
        Engine e = engine;
        if (e == null) {
            synchronized (this) {
                e = engine;
                if (e == null) {
                    Knowledge k = Knowledge.builtIn();
                    try (InputStream in = getClass().getResourceAsStream(rulesResource)) {
                        if (in == null) {
                            throw new OrigoException(RulesMessages.get("profile.rules.missing", rulesResource, getClass().getName()));
                        }
                        e = new Engine(RuleSet.load(rulesResource.replaceFirst("^/", ""), in, k), k);
                    } catch (IOException ex) {
                        throw new OrigoException(RulesMessages.get("profile.rules.unreadable", rulesResource, ex.getMessage()), ex);
                    }
                    engine = e;
                }
            }
        }
        return e;
    }

    private Engine engineUnchecked() {
        try {
            return engine();
        } catch (OrigoException e) {
            throw new IllegalStateException(e.describe(java.util.Locale.ENGLISH), e);
        }
    }

    /** Opens the profile's rule-test file, or returns null when it has none. */
    public InputStream openTests() {
        return testsResource == null ? null : getClass().getResourceAsStream(testsResource);
    }

    /** Path of the rule-test file inside the bundle, or null. */
    public String testsResource() {
        return testsResource;
    }

    /** A profile over an already loaded rule set (for tools and tests that do not run as a bundle). */
    public static OriginProfile of(RuleSet rules, Knowledge knowledge) {
        Engine e = new Engine(rules, knowledge);
        return new OriginProfile() {
            @Override
            public String id() {
                return rules.id();
            }

            @Override
            public Text label() {
                return rules.label();
            }

            @Override
            public Text description() {
                return rules.description();
            }

            @Override
            public Verdict evaluate(Asset asset) {
                return e.evaluate(asset);
            }
        };
    }

    @Override
    public String id() {
        return engineUnchecked().rules().id();
    }

    @Override
    public Text label() {
        return engineUnchecked().rules().label();
    }

    @Override
    public Text description() {
        return engineUnchecked().rules().description();
    }

    @Override
    public Verdict evaluate(Asset asset) {
        return engineUnchecked().evaluate(asset);
    }
}
