package org.origo.catalog.api;

import java.util.List;

/**
 * The integrator's policy for proposals: preferred and excluded vendors, one target platform per
 * site, a price ceiling (0 for none), and how many candidates to keep per component.
 */
public record MatchPolicy(List<String> preferredVendors, List<String> excludedVendors, boolean singlePlatformPerSite,
        double maxPrice, int candidates) {

    public static MatchPolicy defaults() {
        return new MatchPolicy(List.of(), List.of(), false, 0, 3);
    }
}
