/**
 * The report tables shared by every renderer (CSV, XLSX, HTML): the figures of a project computed
 * once ({@link org.origo.report.tables.ReportData}), the table definitions with their
 * machine-readable column ids and cell types ({@link org.origo.report.tables.Tables}), localized
 * labels and number/date formats, the leadership summary shared by the HTML and PDF renderers
 * ({@link org.origo.report.tables.SummaryDocument}), and atomic file output.
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.origo.report.tables;
