package org.origo.install.api;

/**
 * What one operation did to one bundle: installed ({@code from} null), updated, or removed
 * ({@code to} null). {@code candidate} is null for removals.
 */
public record Change(String symbolicName, String from, String to, Candidate candidate) {
}
