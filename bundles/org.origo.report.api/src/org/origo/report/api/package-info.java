/** The report contract: one {@link org.origo.report.api.ReportRenderer} per output format. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.origo.report.api;
