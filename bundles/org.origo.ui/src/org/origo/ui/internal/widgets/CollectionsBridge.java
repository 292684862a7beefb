package org.origo.ui.internal.widgets;

import java.net.URL;
import java.util.Enumeration;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * NatTable uses Eclipse Collections, whose API bundle finds its implementations through the
 * thread's context class loader (ServiceLoader, then reflection). Under OSGi that loader cannot see
 * the implementation bundle, and the factories silently become proxies that fail on first use (the
 * grid then paints nothing). Before the first grid is made, the factories are initialised once with
 * this bundle's class loader, which requires the implementation bundle, as context loader.
 */
final class CollectionsBridge {

    private static volatile boolean primed;

    private CollectionsBridge() {
    }

    static void prime() {
        if (primed) {
            return;
        }
        synchronized (CollectionsBridge.class) {
            if (primed) {
                return;
            }
            Thread thread = Thread.currentThread();
            ClassLoader old = thread.getContextClassLoader();
            thread.setContextClassLoader(CollectionsBridge.class.getClassLoader());
            try {
                ClassLoader api = org.eclipse.collections.api.factory.Lists.class.getClassLoader();
                Bundle bundle = FrameworkUtil.getBundle(org.eclipse.collections.api.factory.Lists.class);
                Enumeration<URL> entries = bundle == null ? null
                        : bundle.findEntries("org/eclipse/collections/api/factory", "*.class", true);
                while (entries != null && entries.hasMoreElements()) {
                    String path = entries.nextElement().getPath();
                    if (path.contains("$")) {
                        continue;
                    }
                    String name = path.substring(path.indexOf("org/eclipse/"), path.length() - ".class".length()).replace('/', '.');
                    try {
                        Class.forName(name, true, api);
                    } catch (ClassNotFoundException | LinkageError e) {
                        // a factory that cannot be initialised stays as it is; NatTable may not need it
                    }
                }
            } finally {
                thread.setContextClassLoader(old);
                primed = true;
            }
        }
    }
}
