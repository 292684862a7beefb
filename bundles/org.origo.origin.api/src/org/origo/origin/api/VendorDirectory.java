package org.origo.origin.api;

import java.util.Optional;

import org.origo.model.Party;

/**
 * The companies Origo knows: canonical names, aliases in Latin and Chinese script, headquarters
 * country and controllers. Used by the import engine to normalize vendors and publishers, and by
 * profiles to find where a component comes from. Knowledge bundles may contribute several
 * directories; consumers ask each in turn.
 */
@org.osgi.annotation.versioning.ProviderType
public interface VendorDirectory {

    /** The party a raw vendor, manufacturer or publisher string names, if known. */
    Optional<Party> party(String raw);

    /** The party with this canonical id, if known. */
    Optional<Party> byId(String id);

    /**
     * The canonical vendor name for a raw string, or null when it names no known company. Strips
     * legal suffixes, versions and copyright noise before looking up aliases.
     */
    default String canonical(String raw) {
        return party(raw).map(Party::getName).orElse(null);
    }
}
