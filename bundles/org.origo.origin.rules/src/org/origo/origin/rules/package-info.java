/**
 * Declarative origin rules: the rule-file format ({@link org.origo.origin.rules.RuleSet}), the
 * {@link org.origo.origin.rules.RuleProfile} base class that profile bundles extend with just their
 * rules file, and the data-driven rule tests ({@link org.origo.origin.rules.RuleTests}).
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.origo.origin.rules;
