package org.origo.install.api;

import java.time.Instant;

import org.origo.api.Text;

/** An installation that was refused or failed, kept so {@code origo bundles --failed} can show it. */
public record Refusal(Instant at, String source, Text reason) {
}
