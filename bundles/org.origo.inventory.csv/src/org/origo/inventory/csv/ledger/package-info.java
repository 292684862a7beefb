/**
 * Ledger rows (CSV, TSV, XLSX) to assets: header synonyms in English and Chinese, user mapping
 * files, per-column date formats, Excel damage, the {@code software} column.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.origo.inventory.csv.ledger;
