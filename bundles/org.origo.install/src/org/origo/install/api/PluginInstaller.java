package org.origo.install.api;

import java.nio.file.Path;
import java.util.List;

import org.origo.api.OrigoException;

/**
 * Installs, updates, removes and reverts plug-in bundles of the running Origo installation. Every
 * operation is one transaction: it checks every bundle's signature against the {@link TrustStore},
 * installs, resolves and starts them, validates what they contribute (catalog checksums and schema,
 * rule files) and either commits as a whole or leaves the installation as it was. Each committed
 * operation records the resulting set of bundles (a profile) so {@link #revert()} can return to the
 * previous one.
 */
@org.osgi.annotation.versioning.ProviderType
public interface PluginInstaller {

    /**
     * Installs a bundle jar, a p2 repository folder or a zipped p2 repository. A newer version of a
     * bundle replaces the installed one; an older one is refused.
     *
     * @param decision asked when bundles are unsigned or signed by an untrusted signer
     * @return what changed (empty when everything was installed already)
     * @throws OrigoException naming the file (and entry) and the reason when anything is refused
     */
    List<Change> install(Path source, TrustDecision decision) throws OrigoException;

    /** Removes a bundle installed with {@link #install}; the product's own bundles are refused. */
    List<Change> uninstall(String symbolicName) throws OrigoException;

    /** Returns to the set of bundles before the last committed operation. */
    List<Change> revert() throws OrigoException;

    /** The bundles installed through this installer, as {@code symbolic-name version}. */
    List<String> installed();

    /** Refused and failed installations, newest first. */
    List<Refusal> refusals();
}
