package org.origo.ui.internal;

import java.util.Locale;

import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The workbench's settings, kept with Eclipse preferences (node {@code org.origo.ui}): the
 * language (or the system's), the profile proposed when a project has none, and the currency
 * shown with amounts.
 */
public final class UiPreferences {

    public static final String LANGUAGE = "language";
    public static final String PROFILE = "defaultProfile";
    public static final String CURRENCY = "currency";

    /** Language values. */
    public static final String SYSTEM = "system";

    private UiPreferences() {
    }

    private static IEclipsePreferences node() {
        return ConfigurationScope.INSTANCE.getNode("org.origo.ui");
    }

    public static String get(String key, String def) {
        try {
            return node().get(key, def);
        } catch (RuntimeException e) {
            return def;
        }
    }

    public static void put(String key, String value) {
        try {
            IEclipsePreferences n = node();
            if (value == null) {
                n.remove(key); // back to the default
            } else {
                n.put(key, value);
            }
            n.flush();
        } catch (BackingStoreException | RuntimeException e) {
            // the setting holds for this session; it is simply not kept
        }
    }

    /** The language chosen in the preferences, or null to follow the system. */
    public static Locale language() {
        return switch (get(LANGUAGE, SYSTEM)) {
            case "zh" -> Locale.SIMPLIFIED_CHINESE;
            case "en" -> Locale.ENGLISH;
            default -> null;
        };
    }

    /** The currency code shown after amounts (default CNY; empty shows none). */
    public static String currency() {
        return get(CURRENCY, "CNY");
    }

    /** An amount as the workbench shows it: grouped, without decimals, with the currency code. */
    public static String money(double v) {
        String c = currency();
        String n = String.format(Locale.ROOT, "%,.0f", v);
        return c.isEmpty() ? n : n + " " + c;
    }
}
