/** The planning contract: a {@link org.origo.plan.api.ReplacementPlanner} phases the replacements. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.origo.plan.api;
