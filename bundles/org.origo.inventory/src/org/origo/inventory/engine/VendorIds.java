package org.origo.inventory.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PCI and USB vendor ids to vendor names: the system's {@code pci.ids} and {@code usb.ids} when
 * present (Debian packages pci.ids and usbutils), else a curated table shipped as data.
 * Only vendor lines are read (4 hex digits at the start of a line).
 */
public final class VendorIds {

    /** Where Debian and other distributions install the lists. */
    public static final List<Path> PCI_IDS = List.of(Path.of("/usr/share/misc/pci.ids"), Path.of("/usr/share/hwdata/pci.ids"));
    public static final List<Path> USB_IDS = List.of(Path.of("/usr/share/misc/usb.ids"), Path.of("/var/lib/usbutils/usb.ids"),
            Path.of("/usr/share/hwdata/usb.ids"));

    private final Map<String, String> pci = new HashMap<>();
    private final Map<String, String> usb = new HashMap<>();
    private final String pciSource;
    private final String usbSource;

    public VendorIds() {
        for (String l : DataFiles.lines("vendor-ids.txt")) {
            int sp = l.indexOf(' ');
            if (sp < 0 || !l.startsWith("pci:") && !l.startsWith("usb:")) {
                continue;
            }
            String id = l.substring(4, sp);
            String name = l.substring(sp + 1).strip();
            (l.startsWith("pci:") ? pci : usb).put(id, name);
        }
        pciSource = readSystem(PCI_IDS, pci);
        usbSource = readSystem(USB_IDS, usb);
    }

    private static String readSystem(List<Path> candidates, Map<String, String> into) {
        for (Path p : candidates) {
            if (!Files.isReadable(p)) {
                continue;
            }
            try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                String l;
                while ((l = r.readLine()) != null) {
                    if (l.length() > 6 && isHex4(l) && l.charAt(4) == ' ') {
                        into.put(l.substring(0, 4).toLowerCase(java.util.Locale.ROOT), l.substring(4).strip());
                    }
                }
                return p.toString();
            } catch (IOException | RuntimeException e) {
                // a damaged list: keep the curated table
            }
        }
        return null;
    }

    private static boolean isHex4(String l) {
        for (int i = 0; i < 4; i++) {
            if (Character.digit(l.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The vendor name for a PCI vendor id (4 lowercase hex digits), or null. */
    public String pci(String id) {
        return id == null ? null : pci.get(id);
    }

    /** The vendor name for a USB vendor id, or null. */
    public String usb(String id) {
        return id == null ? null : usb.get(id);
    }

    /** The system list read for PCI ids, or null when only the curated table is used. */
    public String pciSource() {
        return pciSource;
    }

    public String usbSource() {
        return usbSource;
    }
}
