package org.origo.api.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The API baseline: the public signatures of every exported {@code org.origo.*.api} package are
 * (imported by this bundle, so that every build puts them in its runtime) are compared with {@code releng/api-baseline/api-baseline.txt}, the signatures of the last release.
 * A package whose API lost anything must raise its major version; one that only gained must raise
 * at least its minor version. After raising the version, record the new baseline with
 * {@code -Dorigo.api.baseline.update=true} (see releng/api-baseline/README.md).
 */
class ApiBaselineTest {

    private static final String UPDATE = "origo.api.baseline.update";

    /** One package: its exported version and its signature lines. */
    private record Api(Version version, Set<String> signatures) {
    }

    @Test
    void apiPackagesChangeOnlyWithTheirVersion() throws Exception {
        Map<String, Api> current = current();
        assertTrue(current.size() >= 8, "the API bundles are in the test runtime: " + current.keySet());
        Path file = Path.of(System.getProperty("origo.repo.root", "."), "releng", "api-baseline", "api-baseline.txt");
        if (Boolean.getBoolean(UPDATE)) {
            write(file, current);
            return;
        }
        assertTrue(Files.isRegularFile(file), file + " is missing; record it with -D" + UPDATE + "=true");
        Map<String, Api> baseline = read(file);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Api> e : current.entrySet()) {
            Api before = baseline.get(e.getKey());
            if (before == null) {
                problems.add(e.getKey() + " " + e.getValue().version() + " is not in the baseline: record it");
                continue;
            }
            problems.addAll(compare(e.getKey(), before, e.getValue()));
        }
        for (String gone : baseline.keySet()) {
            if (!current.containsKey(gone)) {
                problems.add(gone + " is no longer exported: that is a major change of its bundle; record the baseline");
            }
        }
        if (!problems.isEmpty()) {
            fail("API baseline check (" + file + "):\n  " + String.join("\n  ", problems)
                    + "\nAfter raising the package versions, record the new baseline with -D" + UPDATE + "=true.");
        }
    }

    private static List<String> compare(String pkg, Api before, Api now) {
        Set<String> removed = new TreeSet<>(before.signatures());
        removed.removeAll(now.signatures());
        Set<String> added = new TreeSet<>(now.signatures());
        added.removeAll(before.signatures());
        Version b = before.version();
        Version v = now.version();
        List<String> out = new ArrayList<>();
        if (!removed.isEmpty() && v.getMajor() <= b.getMajor()) {
            out.add(pkg + ": removed or changed " + removed + " but the version is " + v + "; raise it to " + (b.getMajor() + 1)
                    + ".0.0");
        } else if (!added.isEmpty() && removed.isEmpty() && v.getMajor() == b.getMajor() && v.getMinor() <= b.getMinor()) {
            out.add(pkg + ": added " + added + " but the version is " + v + "; raise it to " + b.getMajor() + "."
                    + (b.getMinor() + 1) + ".0");
        } else if (v.compareTo(b) != 0 && added.isEmpty() && removed.isEmpty()) {
            out.add(pkg + ": the version changed from " + b + " to " + v + " without an API change; record the baseline");
        } else if (v.compareTo(b) != 0) {
            out.add(pkg + ": raised to " + v + " for its change; record the baseline");
        }
        return out;
    }

    /** The exported org.origo.*.api packages of the running bundles and their public signatures. */
    private static Map<String, Api> current() throws ClassNotFoundException {
        BundleContext ctx = FrameworkUtil.getBundle(ApiBaselineTest.class).getBundleContext();
        Map<String, Api> out = new TreeMap<>();
        for (Bundle b : ctx.getBundles()) {
            BundleWiring w = b.adapt(BundleWiring.class);
            if (w == null || b.getSymbolicName() == null || !b.getSymbolicName().startsWith("org.origo.")) {
                continue;
            }
            for (BundleCapability c : w.getCapabilities("osgi.wiring.package")) {
                String pkg = String.valueOf(c.getAttributes().get("osgi.wiring.package"));
                if (!pkg.startsWith("org.origo.") || !pkg.endsWith(".api")) {
                    continue;
                }
                Version v = (Version) c.getAttributes().get("version");
                out.put(pkg, new Api(v, signatures(b, pkg)));
            }
        }
        return out;
    }

    private static Set<String> signatures(Bundle b, String pkg) throws ClassNotFoundException {
        Set<String> out = new TreeSet<>();
        var entries = b.findEntries("/" + pkg.replace('.', '/'), "*.class", false);
        for (URL u : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            String simple = u.getPath().substring(u.getPath().lastIndexOf('/') + 1).replace(".class", "");
            if (simple.equals("package-info")) {
                continue;
            }
            Class<?> type = b.loadClass(pkg + "." + simple.replace('$', '.').replace('.', '$'));
            if (!visible(type.getModifiers()) || type.isAnonymousClass() || type.isSynthetic()) {
                continue;
            }
            String name = type.getName();
            out.add(name + " : " + Modifier.toString(type.getModifiers() & ~Modifier.SYNCHRONIZED) + " "
                    + (type.isInterface() ? "interface" : type.isEnum() ? "enum" : type.isRecord() ? "record" : "class")
                    + (type.getGenericSuperclass() == null ? "" : " extends " + type.getGenericSuperclass().getTypeName())
                    + " implements " + List.of(type.getGenericInterfaces()).stream().map(t -> t.getTypeName()).sorted().toList());
            for (Method m : type.getDeclaredMethods()) {
                if (visible(m.getModifiers()) && !m.isSynthetic()) {
                    out.add(name + " : " + m.toGenericString());
                }
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (visible(c.getModifiers()) && !c.isSynthetic()) {
                    out.add(name + " : " + c.toGenericString());
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (visible(f.getModifiers()) && !f.isSynthetic()) {
                    out.add(name + " : " + f.toGenericString());
                }
            }
        }
        return out;
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static Map<String, Api> read(Path file) throws IOException {
        Map<String, Api> out = new TreeMap<>();
        String pkg = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("package ")) {
                String[] p = line.split(" ");
                pkg = p[1];
                out.put(pkg, new Api(Version.parseVersion(p[2]), new TreeSet<>()));
            } else if (line.startsWith("  ") && pkg != null) {
                out.get(pkg).signatures().add(line.substring(2));
            }
        }
        return out;
    }

    private static void write(Path file, Map<String, Api> apis) throws IOException {
        StringBuilder b = new StringBuilder("# Public signatures of the org.origo.*.api packages at the last release.\n"
                + "# Written by ApiBaselineTest with -D" + UPDATE + "=true; see README.md beside this file.\n");
        for (Map.Entry<String, Api> e : apis.entrySet()) {
            b.append("package ").append(e.getKey()).append(' ').append(e.getValue().version()).append('\n');
            for (String s : e.getValue().signatures()) {
                b.append("  ").append(s).append('\n');
            }
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }
}
