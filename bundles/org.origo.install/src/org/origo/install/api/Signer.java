package org.origo.install.api;

import java.time.Instant;

/**
 * A signer certificate: its subject, the SHA-256 fingerprint of its encoded form (64 upper-case hex
 * digits, as {@code keytool -list} shows it with colons removed) and its validity period.
 */
public record Signer(String subject, String fingerprint, Instant notBefore, Instant notAfter) {

    /** The fingerprint in the colon-separated form ({@code AB:CD:…}) that tools print. */
    public String fingerprintWithColons() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fingerprint.length(); i += 2) {
            if (i > 0) {
                b.append(':');
            }
            b.append(fingerprint, i, Math.min(i + 2, fingerprint.length()));
        }
        return b.toString();
    }
}
