/**
 * The plug-in installation contract: one {@link org.origo.install.api.PluginInstaller} used by the
 * command line and the workbench, and the {@link org.origo.install.api.TrustStore} of signer
 * certificates it checks every bundle against.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.origo.install.api;
