package org.origo.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * One view of the workbench (inventory, asset, plan ...). A part builds its controls once, reads
 * the project and services through the {@link Workbench}, and refreshes itself when told: after
 * the project changed, after contributions appeared or disappeared, and after a language switch
 * (then its controls are rebuilt).
 */
public interface Part {

    /** Stable id, e.g. {@code inventory}. */
    String id();

    /** Message key of the part's title. */
    String titleKey();

    /** Creates the part's controls under the parent. */
    Control createControl(Composite parent, Workbench workbench);

    /** Brings the part up to date with the project and the registered contributions (UI thread). */
    void refresh();

    /** The part's selection as tab-separated text for the clipboard, or null. */
    default String copyText() {
        return null;
    }

    /** The assets the part has selected (for Override and Remove Override). */
    default java.util.List<org.origo.model.Asset> selectedAssets() {
        return java.util.List.of();
    }

    /** Puts the focus in the part's search field; false when it has none. */
    default boolean find() {
        return false;
    }

    /** Releases what the part holds besides its controls. */
    default void dispose() {
    }
}
