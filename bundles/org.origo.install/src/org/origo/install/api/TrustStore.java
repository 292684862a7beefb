package org.origo.install.api;

import java.nio.file.Path;
import java.util.List;

import org.origo.api.OrigoException;

/**
 * The signer certificates whose bundles install without a question, kept in the installation's
 * configuration area.
 */
@org.osgi.annotation.versioning.ProviderType
public interface TrustStore {

    /** The trusted signers, ordered by subject. */
    List<Signer> signers();

    /**
     * Trusts a certificate read from a PEM or DER file, or the signer of a signed jar.
     *
     * @throws OrigoException when the file holds no certificate, or the jar is unsigned or tampered
     */
    Signer add(Path certificateOrSignedJar) throws OrigoException;

    /**
     * Removes the signer whose fingerprint starts with this prefix (colons and case ignored, at least
     * 8 hex digits).
     *
     * @throws OrigoException when no signer or more than one matches
     */
    Signer remove(String fingerprintPrefix) throws OrigoException;

    /** Whether the certificate with this fingerprint is trusted. */
    boolean trusts(String fingerprint);
}
