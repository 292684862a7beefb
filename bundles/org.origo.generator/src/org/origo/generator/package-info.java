/**
 * Deterministic generator of realistic estates of a Chinese public administration: ledgers (CSV,
 * XLSX) and per-host inventory files (dmidecode text, Windows Uninstall registry exports, dpkg and
 * rpm listings), streamed in constant memory. Used by {@code origo generate}, by the demo
 * administration and by the benchmarks.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.origo.generator;
