package org.origo.cli.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.origo.core.Contributions;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * Reads the state of installed bundles and of their Declarative Services components: active,
 * waiting for a dependency, failed in activation (with the failure), or not resolvable (with the
 * missing requirement).
 */
public final class BundleInspector {

    /** Symbolic-name prefixes of the base platform, hidden unless asked for. */
    static final String[] PLATFORM = { "org.eclipse.", "org.apache.felix.", "org.osgi.", "com.fasterxml.", "de.siegmar.",
            "org.junit", "junit-", "org.opentest4j", "org.apiguardian", "wrapped." };

    /** One component of a bundle and its state. */
    public record ComponentState(String name, String state, String problem) {
    }

    /** One bundle, its state and its components. */
    public record BundleState(Bundle bundle, String state, String problem, List<ComponentState> components) {
        public boolean failed() {
            return problem != null || components.stream().anyMatch(c -> c.problem() != null);
        }
    }

    private BundleInspector() {
    }

    public static boolean isPlatform(String symbolicName) {
        if (symbolicName == null) {
            return true;
        }
        for (String p : PLATFORM) {
            if (symbolicName.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    public static List<BundleState> inspect(BundleContext context, boolean all) {
        ServiceComponentRuntime scr = null;
        ServiceReference<ServiceComponentRuntime> ref = context.getServiceReference(ServiceComponentRuntime.class);
        if (ref != null) {
            scr = context.getService(ref);
        }
        List<BundleState> result = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (b.getBundleId() == 0 || (!all && isPlatform(b.getSymbolicName()))) {
                continue;
            }
            String problem = null;
            boolean fragment = b.getHeaders("").get("Fragment-Host") != null;
            if (b.getState() == Bundle.INSTALLED) {
                try {
                    b.start(Bundle.START_TRANSIENT | Bundle.START_ACTIVATION_POLICY);
                } catch (BundleException | RuntimeException e) {
                    problem = oneLine(e.getMessage());
                }
            }
            List<ComponentState> components = new ArrayList<>();
            if (scr != null && !fragment) {
                for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(b)) {
                    if (!scr.isComponentEnabled(d)) {
                        components.add(new ComponentState(d.name, "DISABLED", null));
                        continue;
                    }
                    var configs = scr.getComponentConfigurationDTOs(d);
                    if (configs.isEmpty()) {
                        components.add(new ComponentState(d.name, "UNSATISFIED", null));
                    }
                    for (ComponentConfigurationDTO c : configs) {
                        components.add(componentState(d, c));
                    }
                }
            }
            result.add(new BundleState(b, bundleState(b, fragment), problem, components));
        }
        if (ref != null) {
            context.ungetService(ref);
        }
        return result;
    }

    private static ComponentState componentState(ComponentDescriptionDTO d, ComponentConfigurationDTO c) {
        switch (c.state) {
        case ComponentConfigurationDTO.ACTIVE:
            return new ComponentState(d.name, "ACTIVE", null);
        case ComponentConfigurationDTO.SATISFIED:
            return new ComponentState(d.name, "SATISFIED", null);
        case ComponentConfigurationDTO.UNSATISFIED_REFERENCE: {
            List<String> missing = new ArrayList<>();
            for (UnsatisfiedReferenceDTO u : c.unsatisfiedReferences) {
                missing.add(u.name);
            }
            return new ComponentState(d.name, "WAITING", "missing service(s): " + String.join(", ", missing));
        }
        case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION:
            return new ComponentState(d.name, "WAITING", "missing configuration");
        case ComponentConfigurationDTO.FAILED_ACTIVATION:
            return new ComponentState(d.name, "FAILED", oneLine(c.failure));
        default:
            return new ComponentState(d.name, "STATE " + c.state, null);
        }
    }

    private static String bundleState(Bundle b, boolean fragment) {
        switch (b.getState()) {
        case Bundle.ACTIVE:
            return "ACTIVE";
        case Bundle.STARTING:
            return "ACTIVE (lazy)";
        case Bundle.RESOLVED:
            return fragment ? "FRAGMENT" : "RESOLVED";
        case Bundle.INSTALLED:
            return "UNRESOLVED";
        case Bundle.STOPPING:
            return "STOPPING";
        default:
            return "UNINSTALLED";
        }
    }

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        String first = nl < 0 ? t : t.substring(0, nl);
        // Equinox puts the missing requirement on the following lines: keep the most telling one
        for (String line : t.split("\n")) {
            String l = line.strip();
            if (l.startsWith("Unresolved requirement:") || l.startsWith("Missing required")) {
                return first + " " + l;
            }
        }
        return first.length() > 300 ? first.substring(0, 300) + "…" : first;
    }

    /** The contributions a bundle provides, as {@code kind id} lines. */
    static List<String> contributionsOf(Contributions contributions, Bundle b) {
        List<String> lines = new ArrayList<>();
        for (Contributions.Entry<?> e : contributions.all()) {
            if (e.bundle().equals(b.getSymbolicName())) {
                lines.add(e.kind() + " " + e.id() + label(e.properties()));
            }
        }
        return lines;
    }

    private static String label(Map<String, Object> props) {
        for (Map.Entry<String, Object> p : props.entrySet()) {
            if (p.getKey().endsWith(".label")) {
                return " (" + p.getValue() + ")";
            }
        }
        return "";
    }
}
