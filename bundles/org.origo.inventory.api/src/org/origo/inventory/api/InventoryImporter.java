package org.origo.inventory.api;

import java.io.IOException;
import java.util.Optional;

import org.origo.api.OrigoException;
import org.origo.api.Text;

/**
 * Reads one input format into assets. Implementations are Declarative Services components with
 * the service properties {@value #PROP_ID}, {@value #PROP_LABEL} and {@value #PROP_EXTENSIONS},
 * so that a user interface can list them without loading their code. They must be stateless and
 * safe to use from several threads.
 */
@org.osgi.annotation.versioning.ProviderType
public interface InventoryImporter {

    String PROP_ID = "origo.importer.id";
    String PROP_LABEL = "origo.importer.label";
    /** File name endings the format usually has, without the dot (a hint only; {@link #sniff} decides). */
    String PROP_EXTENSIONS = "origo.importer.extensions";

    String id();

    Text label();

    /**
     * How sure this importer is that it can read the source, from its content (and name as a hint):
     * 0 means it cannot, 100 that it is certain. Must only read {@link ImportSource#head(int)}.
     */
    int sniff(ImportSource source) throws IOException;

    /**
     * Streams the source into the sink, one asset at a time. Row-level problems are reported
     * through {@link ImportContext#problem} and the import goes on; a source that cannot be read at
     * all raises an {@link OrigoException} naming the file, line/field and reason.
     */
    void read(ImportSource source, AssetSink sink, ImportContext context) throws OrigoException;

    /** What the importer detected and how the first records will be read, when it has something to show. */
    default Optional<ImportPreview> preview(ImportSource source, ImportContext context) throws OrigoException {
        return Optional.empty();
    }
}
