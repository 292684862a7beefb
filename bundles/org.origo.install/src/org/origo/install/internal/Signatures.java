package org.origo.install.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.origo.api.OrigoException;
import org.origo.install.api.Candidate.Trust;
import org.origo.install.api.Signer;
import org.origo.install.internal.i18n.InstallMessages;

/**
 * Verifies a jar's signature: every entry's digest is checked against the signature (a jar changed
 * after signing is refused), every entry must be signed by the same signer, and the signer's
 * certificate must be valid at the signing time (when time-stamped) or now.
 */
public final class Signatures {

    /** What the check found: the trust, and the signer's certificate chain (empty when unsigned). */
    public record Verified(Trust trust, Signer signer, List<X509Certificate> chain) {
    }

    private Signatures() {
    }

    /** Checks the jar; {@code trusted} answers whether a certificate fingerprint is in the trust store. */
    public static Verified verify(Path jar, java.util.function.Predicate<String> trusted) throws OrigoException {
        List<X509Certificate> chain = chain(jar);
        if (chain.isEmpty()) {
            return new Verified(Trust.UNSIGNED, null, chain);
        }
        Signer signer = signer(chain.get(0));
        boolean trust = chain.stream().anyMatch(c -> trusted.test(fingerprint(c)));
        return new Verified(trust ? Trust.TRUSTED : Trust.UNTRUSTED, signer, chain);
    }

    /** The signer's certificate chain, leaf first; empty when the jar is unsigned. Throws when tampered. */
    static List<X509Certificate> chain(Path jar) throws OrigoException {
        try (JarFile jf = new JarFile(jar.toFile(), true)) {
            Enumeration<JarEntry> entries = jf.entries();
            CodeSigner[] common = null;
            String unsigned = null;
            byte[] buffer = new byte[8192];
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                if (e.isDirectory() || isSignatureFile(e.getName())) {
                    continue;
                }
                try (InputStream in = jf.getInputStream(e)) {
                    while (in.read(buffer) >= 0) {
                        // reading the entry to its end verifies its digest against the signature
                    }
                }
                CodeSigner[] signers = e.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    if (unsigned == null) {
                        unsigned = e.getName();
                    }
                } else if (common == null) {
                    common = signers;
                }
            }
            if (common == null) {
                return List.of();
            }
            if (unsigned != null) {
                throw new OrigoException(InstallMessages.get("install.partly.signed", jar, unsigned), jar.toString(), -1, unsigned,
                        null);
            }
            List<X509Certificate> chain = common[0].getSignerCertPath().getCertificates().stream()
                    .filter(X509Certificate.class::isInstance).map(X509Certificate.class::cast).toList();
            if (chain.isEmpty()) {
                throw new OrigoException(InstallMessages.get("install.tampered", jar, "no X.509 certificate"));
            }
            X509Certificate leaf = chain.get(0);
            Date when = common[0].getTimestamp() != null ? common[0].getTimestamp().getTimestamp() : new Date();
            if (when.before(leaf.getNotBefore()) || when.after(leaf.getNotAfter())) {
                throw new OrigoException(InstallMessages.get("install.expired", jar, leaf.getSubjectX500Principal().getName(),
                        leaf.getNotBefore().toInstant(), leaf.getNotAfter().toInstant(), when.toInstant()), jar.toString(), -1, null,
                        null);
            }
            return chain;
        } catch (SecurityException e) {
            throw new OrigoException(InstallMessages.get("install.tampered", jar, e.getMessage()), jar.toString(), -1, null, e);
        } catch (IOException e) {
            throw new OrigoException(InstallMessages.get("install.not.bundle", jar), jar.toString(), -1, null, e);
        }
    }

    /** The signature block files the jar format keeps under META-INF (not content of their own). */
    private static boolean isSignatureFile(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        if (!n.startsWith("META-INF/") || n.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        return n.equals("META-INF/MANIFEST.MF") || n.endsWith(".SF") || n.endsWith(".RSA") || n.endsWith(".DSA")
                || n.endsWith(".EC") || n.startsWith("META-INF/SIG-");
    }

    static Signer signer(X509Certificate c) {
        return new Signer(c.getSubjectX500Principal().getName(), fingerprint(c), c.getNotBefore().toInstant(),
                c.getNotAfter().toInstant());
    }

    /** The SHA-256 fingerprint of the certificate's encoded form, 64 upper-case hex digits. */
    public static String fingerprint(Certificate c) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
        } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("a certificate that cannot be encoded was accepted by the runtime", e);
        }
    }
}
