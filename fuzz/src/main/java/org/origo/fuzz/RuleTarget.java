package org.origo.fuzz;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Fuzzes the origin rule loader ({@code RuleSet.load(file, in, knowledge)} with the built-in
 * knowledge) or, with {@code -Dorigo.fuzz.knowledge=true}, the knowledge data loader
 * ({@code Knowledge.builder().add(file, in)}). Reached by reflection so that this project builds
 * without the origin bundles; a checked exception (an {@code OrigoException}) is a correct answer.
 */
public final class RuleTarget {

    private static Method load;
    private static Object knowledge;
    private static Method builder;
    private static Method add;
    private static boolean knowledgeMode;

    private RuleTarget() {
    }

    public static void fuzzerInitialize() throws ReflectiveOperationException {
        Class<?> k = Class.forName("org.origo.origin.knowledge.Knowledge");
        knowledgeMode = Boolean.getBoolean("origo.fuzz.knowledge");
        if (knowledgeMode) {
            builder = k.getMethod("builder");
            add = builder.getReturnType().getMethod("add", String.class, InputStream.class);
        } else {
            knowledge = k.getMethod("builtIn").invoke(null);
            load = Class.forName("org.origo.origin.rules.RuleSet").getMethod("load", String.class, InputStream.class, k);
        }
    }

    public static void fuzzerTestOneInput(byte[] data) throws Throwable {
        try {
            if (knowledgeMode) {
                add.invoke(builder.invoke(null), "fuzz-input.json", new ByteArrayInputStream(data));
            } else {
                load.invoke(null, "fuzz-input.rules.json", new ByteArrayInputStream(data), knowledge);
            }
        } catch (InvocationTargetException e) {
            Throwable t = e.getCause();
            if (t instanceof RuntimeException || t instanceof Error) {
                throw t;
            }
        }
    }
}
