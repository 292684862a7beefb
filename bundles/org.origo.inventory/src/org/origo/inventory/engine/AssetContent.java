package org.origo.inventory.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.origo.model.Asset;
import org.origo.model.Component;
import org.origo.model.Property;
import org.origo.model.SoftwareInstall;

/**
 * Whether two readings of one asset say the same: identities, kind, place, owner, dates, components,
 * software and properties (not the file names it was read from, nor what later steps derived).
 */
final class AssetContent {

    private AssetContent() {
    }

    static boolean same(Asset a, Asset b) {
        return Objects.equals(a.getHostname(), b.getHostname()) && Objects.equals(a.getSerial(), b.getSerial())
                && Objects.equals(a.getUuid(), b.getUuid()) && Objects.equals(a.getAssetTag(), b.getAssetTag())
                && Objects.equals(a.getMacAddress(), b.getMacAddress()) && a.getKind() == b.getKind()
                && Objects.equals(a.getSite(), b.getSite()) && Objects.equals(a.getDepartment(), b.getDepartment())
                && Objects.equals(a.getOwner(), b.getOwner()) && Objects.equals(a.getPurchaseDate(), b.getPurchaseDate())
                && a.getCriticality() == b.getCriticality() && components(a).equals(components(b))
                && software(a).equals(software(b)) && properties(a).equals(properties(b));
    }

    private static List<String> components(Asset a) {
        List<String> out = new ArrayList<>();
        for (Component c : a.getComponents()) {
            out.add(c.getKind() + "\u0000" + c.getRawVendor() + "\u0000" + c.getVendor() + "\u0000" + c.getProduct() + "\u0000"
                    + c.getModel() + "\u0000" + c.getVersion() + "\u0000" + c.getSerial() + "\u0000" + c.getVendorId() + "\u0000"
                    + c.getDeviceId() + "\u0000" + c.getArchitecture() + "\u0000" + c.getAbi() + "\u0000" + c.getCores() + "\u0000"
                    + c.getCapacityMb());
        }
        out.sort(null);
        return out;
    }

    private static List<String> software(Asset a) {
        List<String> out = new ArrayList<>();
        for (SoftwareInstall s : a.getSoftware()) {
            out.add((s.getTitle() == null ? "" : s.getTitle().getKey()) + "\u0000" + s.getInstallDate());
        }
        out.sort(null);
        return out;
    }

    private static List<String> properties(Asset a) {
        List<String> out = new ArrayList<>();
        for (Property p : a.getProperties()) {
            out.add(p.getKey() + "\u0000" + p.getValue());
        }
        out.sort(null);
        return out;
    }
}
