/**
 * Types shared by every Origo contract: bilingual text, located failures and progress reporting.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.origo.api;
