package org.origo.install.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.origo.api.OrigoException;
import org.origo.install.api.Signer;
import org.origo.install.api.TrustStore;
import org.origo.install.internal.i18n.InstallMessages;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The trust store: one PEM file per trusted certificate, named by its SHA-256 fingerprint, in
 * {@code <configuration>/org.origo.install/trust}. Files are the store, so an administrator can
 * also provision it by copying certificates there.
 */
@Component(service = TrustStore.class)
public class TrustStoreImpl implements TrustStore {

    private Path dir;

    @Activate
    void activate(BundleContext context) {
        this.dir = Area.root(context).resolve("trust");
    }

    /** For tests and tools: a trust store in the given folder. */
    public static TrustStoreImpl in(Path dir) {
        TrustStoreImpl t = new TrustStoreImpl();
        t.dir = dir;
        return t;
    }

    public Path folder() {
        return dir;
    }

    @Override
    public synchronized List<Signer> signers() {
        List<Signer> out = new ArrayList<>();
        for (X509Certificate c : certificates()) {
            out.add(Signatures.signer(c));
        }
        out.sort(Comparator.comparing(Signer::subject).thenComparing(Signer::fingerprint));
        return out;
    }

    private List<X509Certificate> certificates() {
        List<X509Certificate> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(x -> x.getFileName().toString().endsWith(".pem")).sorted().toList()) {
                try {
                    out.addAll(parse(Files.readAllBytes(p)));
                } catch (IOException | CertificateException e) {
                    // an unreadable file trusts nobody; 'trust list' simply does not show it
                }
            }
        } catch (IOException e) {
            // an unreadable folder trusts nobody
        }
        return out;
    }

    @Override
    public synchronized boolean trusts(String fingerprint) {
        return fingerprint != null && Files.isRegularFile(dir.resolve(fingerprint.toUpperCase(Locale.ROOT) + ".pem"));
    }

    @Override
    public synchronized Signer add(Path file) throws OrigoException {
        X509Certificate cert = read(file);
        String fp = Signatures.fingerprint(cert);
        try {
            Files.createDirectories(dir);
            Path target = dir.resolve(fp + ".pem");
            Path part = Files.createTempFile(dir, ".add-", ".part");
            Files.writeString(part, pem(cert), StandardCharsets.US_ASCII);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | java.security.cert.CertificateEncodingException e) {
            throw new OrigoException(InstallMessages.get("trust.store.io", dir, e.getMessage()), e);
        }
        return Signatures.signer(cert);
    }

    @Override
    public synchronized Signer remove(String prefix) throws OrigoException {
        String p = prefix.replace(":", "").trim().toUpperCase(Locale.ROOT);
        if (p.length() < 8 || !p.matches("[0-9A-F]+")) {
            throw new OrigoException(InstallMessages.get("trust.prefix.short", prefix));
        }
        List<Signer> matches = signers().stream().filter(s -> s.fingerprint().startsWith(p)).toList();
        if (matches.isEmpty()) {
            throw new OrigoException(InstallMessages.get("trust.prefix.unknown", prefix));
        }
        if (matches.size() > 1) {
            throw new OrigoException(InstallMessages.get("trust.prefix.ambiguous", prefix, matches.size()));
        }
        try {
            Files.deleteIfExists(dir.resolve(matches.get(0).fingerprint() + ".pem"));
        } catch (IOException e) {
            throw new OrigoException(InstallMessages.get("trust.store.io", dir, e.getMessage()), e);
        }
        return matches.get(0);
    }

    /** The certificate of a PEM/DER file, or the signer certificate of a signed jar. */
    private static X509Certificate read(Path file) throws OrigoException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new OrigoException(InstallMessages.get("install.io", file, e.getMessage()), file.toString(), -1, null, e);
        }
        if (bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K') {
            List<X509Certificate> chain = Signatures.chain(file);
            if (chain.isEmpty()) {
                throw new OrigoException(InstallMessages.get("trust.unsigned.jar", file), file.toString(), -1, null, null);
            }
            return chain.get(0);
        }
        try {
            List<X509Certificate> certs = parse(bytes);
            if (!certs.isEmpty()) {
                return certs.get(0);
            }
        } catch (CertificateException e) {
            // reported below
        }
        throw new OrigoException(InstallMessages.get("trust.no.certificate", file), file.toString(), -1, null, null);
    }

    private static List<X509Certificate> parse(byte[] bytes) throws CertificateException {
        CertificateFactory f = CertificateFactory.getInstance("X.509");
        List<X509Certificate> out = new ArrayList<>();
        for (var c : f.generateCertificates(new ByteArrayInputStream(bytes))) {
            if (c instanceof X509Certificate x) {
                out.add(x);
            }
        }
        return out;
    }

    private static String pem(X509Certificate c) throws java.security.cert.CertificateEncodingException {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(c.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }
}
