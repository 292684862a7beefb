package org.origo.install.api;

import java.util.List;

/**
 * Asked once per operation when bundles are unsigned or signed by an untrusted signer: accepting
 * installs them (and the installer audits the acceptance), refusing installs nothing. Tampered
 * bundles and expired or not yet valid certificates never reach this question: they are refused.
 */
@org.osgi.annotation.versioning.ConsumerType
@FunctionalInterface
public interface TrustDecision {

    /** Refuses every bundle that is not signed by a trusted signer. */
    TrustDecision REFUSE = untrusted -> false;

    /** Whether the user accepts these bundles (each unsigned or signed by an untrusted signer). */
    boolean accept(List<Candidate> untrusted);
}
