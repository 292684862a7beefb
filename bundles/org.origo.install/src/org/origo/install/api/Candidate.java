package org.origo.install.api;

import java.util.List;

/**
 * One bundle about to be installed, as the trust decision sees it: its name and version, the file it
 * comes from, whether a trusted signer signed it, the signer (null when unsigned) and what it
 * contributes (its Declarative Services components and the services they provide).
 */
public record Candidate(String symbolicName, String version, String source, Trust trust, Signer signer,
        List<String> contributes) {

    /** Where a bundle's signature leaves it. */
    public enum Trust {
        /** Signed by a certificate in the trust store (or issued by one). */
        TRUSTED,
        /** Signed, intact, but by a certificate the trust store does not hold. */
        UNTRUSTED,
        /** Not signed at all. */
        UNSIGNED
    }
}
