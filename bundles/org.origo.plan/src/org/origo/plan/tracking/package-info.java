/**
 * Progress of a saved replacement plan against later inventories (burn-down per phase, site and
 * department) and the stored bilingual plan texts. Used by the {@code progress} command and the
 * report renderers.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.origo.plan.tracking;
