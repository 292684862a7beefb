package org.origo.install.internal;

import java.net.URI;
import java.nio.file.Path;

import org.osgi.framework.BundleContext;

/** The installer's folder in the installation's configuration area: {@code <configuration>/org.origo.install}. */
final class Area {

    private Area() {
    }

    static Path root(BundleContext context) {
        String area = context.getProperty("osgi.configuration.area");
        Path base;
        try {
            base = area != null ? Path.of(URI.create(area.replace(" ", "%20"))) : Path.of(System.getProperty("user.home"), ".origo");
        } catch (IllegalArgumentException e) {
            base = Path.of(System.getProperty("user.home"), ".origo");
        }
        return base.resolve("org.origo.install");
    }

    /** Where the command line of earlier versions kept the jars it installed. */
    static Path legacyStore(BundleContext context) {
        return root(context).resolveSibling("org.origo.cli").resolve("bundles");
    }
}
