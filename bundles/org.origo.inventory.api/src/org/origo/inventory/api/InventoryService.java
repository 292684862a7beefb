package org.origo.inventory.api;

import java.nio.file.Path;
import java.util.List;

import org.origo.api.OrigoException;
import org.origo.api.Progress;
import org.origo.model.Project;

/**
 * Runs the registered importers over files, directories and zip archives, and merges the result
 * into a project as a new snapshot. Provided by the import engine as a DS service.
 */
@org.osgi.annotation.versioning.ProviderType
public interface InventoryService {

    /**
     * Imports the inputs into a new snapshot of the project. On failure the project is left
     * exactly as it was.
     */
    ImportReport importInto(Project project, List<Path> inputs, ImportRequest request, Progress progress)
            throws OrigoException;

    /** Previews how each input would be read, without changing anything. */
    List<ImportPreview> preview(List<Path> inputs, ImportRequest request) throws OrigoException;

    /** The importers currently available, by id. */
    List<InventoryImporter> importers();
}
