package org.origo.report.api;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * What to report: the output directory, the language, the profile whose verdicts to show, and which
 * tables (empty for all). Table names: {@code summary}, {@code verdicts}, {@code matches},
 * {@code plan}, {@code progress}, {@code findings}.
 */
public record ReportRequest(Path outputDirectory, Locale locale, String profileId, Set<String> tables) {

    public boolean wants(String table) {
        return tables == null || tables.isEmpty() || tables.contains(table);
    }
}
