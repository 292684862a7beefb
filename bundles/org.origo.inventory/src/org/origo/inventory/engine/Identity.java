package org.origo.inventory.engine;

import java.util.List;
import java.util.Locale;

import org.origo.api.OrigoException;
import org.origo.inventory.internal.i18n.EngineMessages;
import org.origo.model.Asset;

/** The keys that identify an asset across snapshots, and how their values are compared. */
public enum Identity {
    SERIAL("serial"), UUID("uuid"), ASSET_TAG("assettag"), HOSTNAME("hostname"), MAC("mac");

    private final String id;

    Identity(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The key by its name ({@code serial}, {@code uuid}, {@code assettag}/{@code asset-tag}, {@code hostname}, {@code mac}). */
    public static Identity of(String name) throws OrigoException {
        String n = name.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        for (Identity i : values()) {
            if (i.id.equals(n)) {
                return i;
            }
        }
        if (n.equals("tag") || n.equals("asset")) {
            return ASSET_TAG;
        }
        if (n.equals("host") || n.equals("name")) {
            return HOSTNAME;
        }
        throw new OrigoException(EngineMessages.get("import.mergekey.unknown", name));
    }

    public static List<Identity> of(List<String> names) throws OrigoException {
        if (names == null || names.isEmpty()) {
            return List.of(ASSET_TAG, SERIAL, UUID, MAC, HOSTNAME);
        }
        java.util.ArrayList<Identity> out = new java.util.ArrayList<>();
        for (String n : names) {
            Identity i = of(n);
            if (!out.contains(i)) {
                out.add(i);
            }
        }
        return out;
    }

    /** The raw value of this key on the asset. */
    public String raw(Asset a) {
        switch (this) {
        case SERIAL:
            return a.getSerial();
        case UUID:
            return a.getUuid();
        case ASSET_TAG:
            return a.getAssetTag();
        case HOSTNAME:
            return a.getHostname();
        default:
            return a.getMacAddress();
        }
    }

    /** The comparable value of this key on the asset, or null when it has none (placeholders never count). */
    public String value(Asset a, Placeholders placeholders) {
        String v = raw(a);
        if (v == null || placeholders.is(v)) {
            return null;
        }
        return normalize(v);
    }

    /** Serials and tags compare in upper case, UUIDs without braces in lower case, MACs as aa:bb:..., host names in lower case. */
    public String normalize(String v) {
        String t = v.strip();
        switch (this) {
        case SERIAL:
        case ASSET_TAG:
            return t.toUpperCase(Locale.ROOT);
        case UUID:
            if (t.startsWith("{") && t.endsWith("}")) {
                t = t.substring(1, t.length() - 1);
            }
            return t.toLowerCase(Locale.ROOT);
        case MAC:
            return t.replace('-', ':').toLowerCase(Locale.ROOT);
        default:
            return t.toLowerCase(Locale.ROOT);
        }
    }
}
