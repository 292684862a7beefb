package org.origo.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.swt.graphics.Rectangle;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Where the workbench window was, how large, whether maximized, how its navigation and part area
 * were divided and which parts were open: kept with Eclipse preferences so the next start looks
 * like the last one. The first start takes most of the screen, never less than 1024×700 where the
 * screen has room for it.
 */
public final class WindowState {

    /** The smallest first size the workbench is laid out for. */
    public static final int MIN_WIDTH = 1024;
    public static final int MIN_HEIGHT = 700;

    private static final String NODE = "org.origo.ui/window";

    public Rectangle bounds;
    public boolean maximized;
    public int[] weights;
    public List<String> parts = new ArrayList<>();
    public String selected;

    /**
     * The bounds of a first start on a screen with this client area: 80 % by 85 %, centred; the
     * whole area when that would be less than 1024×700 (small screens).
     */
    public static Rectangle firstBounds(Rectangle area) {
        int w = area.width * 4 / 5 >= MIN_WIDTH ? area.width * 4 / 5 : area.width;
        int h = area.height * 17 / 20 >= MIN_HEIGHT ? area.height * 17 / 20 : area.height;
        return new Rectangle(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h);
    }

    /**
     * Bounds to open with: the remembered ones when they are on this screen and not smaller than
     * the minimum (or the screen), else {@link #firstBounds}.
     */
    public Rectangle boundsOn(Rectangle area) {
        Rectangle b = bounds;
        if (b == null || !b.intersects(area)) {
            return firstBounds(area);
        }
        int w = Math.min(area.width, Math.max(b.width, Math.min(MIN_WIDTH, area.width)));
        int h = Math.min(area.height, Math.max(b.height, Math.min(MIN_HEIGHT, area.height)));
        int x = Math.max(area.x, Math.min(b.x, area.x + area.width - w));
        int y = Math.max(area.y, Math.min(b.y, area.y + area.height - h));
        return new Rectangle(x, y, w, h);
    }

    private static IEclipsePreferences node() {
        return ConfigurationScope.INSTANCE.getNode(NODE);
    }

    /** The remembered state, or an empty one. */
    public static WindowState load() {
        WindowState s = new WindowState();
        try {
            IEclipsePreferences n = node();
            int[] b = ints(n.get("bounds", ""));
            if (b != null && b.length == 4 && b[2] > 0 && b[3] > 0) {
                s.bounds = new Rectangle(b[0], b[1], b[2], b[3]);
            }
            s.maximized = n.getBoolean("maximized", false);
            s.weights = ints(n.get("weights", ""));
            for (String p : n.get("parts", "").split(",")) {
                if (!p.isBlank()) {
                    s.parts.add(p.trim());
                }
            }
            s.selected = n.get("selected", null);
        } catch (RuntimeException e) {
            // no preference store (e.g. no configuration area): start as on a first run
        }
        return s;
    }

    /** Writes the state; a store that cannot be written is not worth an error at exit. */
    public void save() {
        try {
            IEclipsePreferences n = node();
            if (bounds != null) {
                n.put("bounds", bounds.x + "," + bounds.y + "," + bounds.width + "," + bounds.height);
            } else {
                n.remove("bounds");
            }
            n.putBoolean("maximized", maximized);
            if (weights != null) {
                StringBuilder sb = new StringBuilder();
                for (int w : weights) {
                    sb.append(sb.length() == 0 ? "" : ",").append(w);
                }
                n.put("weights", sb.toString());
            } else {
                n.remove("weights");
            }
            n.put("parts", String.join(",", parts));
            if (selected != null) {
                n.put("selected", selected);
            } else {
                n.remove("selected");
            }
            n.flush();
        } catch (BackingStoreException | RuntimeException e) {
            // keep going: the window simply opens at its first size next time
        }
    }

    private static int[] ints(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String[] parts = s.split(",");
        int[] out = new int[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                out[i] = Integer.parseInt(parts[i].trim());
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return out;
    }
}
