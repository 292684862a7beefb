package org.origo.fuzz;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Fuzzes a data loader that reads one file from bytes and reports problems instead of throwing:
 * {@code -Dorigo.fuzz.loader=<class>#<static method>} taking {@code (String file, byte[] bytes)},
 * e.g. {@code org.origo.catalog.sdk.CatalogReader#read}. Found by reflection so that this project
 * builds whether or not the loader's bundle is there; a checked exception the method declares is
 * a correct answer, anything unchecked is a finding.
 */
public final class LoaderTarget {

    private static Method method;

    private LoaderTarget() {
    }

    public static void fuzzerInitialize() throws ReflectiveOperationException {
        String spec = System.getProperty("origo.fuzz.loader");
        if (spec == null || !spec.contains("#")) {
            throw new IllegalStateException("set -Dorigo.fuzz.loader=<class>#<method>");
        }
        Class<?> c = Class.forName(spec.substring(0, spec.indexOf('#')));
        method = c.getMethod(spec.substring(spec.indexOf('#') + 1), String.class, byte[].class);
    }

    public static void fuzzerTestOneInput(byte[] data) throws Throwable {
        try {
            method.invoke(null, "fuzz-input.json", data);
        } catch (InvocationTargetException e) {
            Throwable t = e.getCause();
            if (t instanceof RuntimeException || t instanceof Error) {
                throw t;
            }
        }
    }
}
