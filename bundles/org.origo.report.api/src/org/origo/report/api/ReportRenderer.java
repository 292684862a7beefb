package org.origo.report.api;

import java.nio.file.Path;
import java.util.List;

import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.model.Project;

/**
 * Writes a report of a project in one format. Declarative Services component with the service
 * properties {@value #PROP_ID} and {@value #PROP_FORMAT}.
 */
@org.osgi.annotation.versioning.ProviderType
public interface ReportRenderer {

    String PROP_ID = "origo.report.id";
    /** The format name users give to {@code --format}: {@code html}, {@code xlsx}, {@code csv}... */
    String PROP_FORMAT = "origo.report.format";

    String id();

    String format();

    Text label();

    /**
     * Writes the report into {@code request.outputDirectory()} and returns the files written. Files
     * are written atomically: a failed render leaves no half-written file behind.
     */
    List<Path> render(Project project, ReportRequest request) throws OrigoException;
}
