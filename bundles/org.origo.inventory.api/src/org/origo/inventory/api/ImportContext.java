package org.origo.inventory.api;

import java.nio.file.Path;
import java.util.Map;

import org.origo.api.Progress;
import org.origo.api.Text;
import org.origo.model.Severity;

/** What an importer gets besides its input. */
@org.osgi.annotation.versioning.ProviderType
public interface ImportContext {

    Progress progress();

    /**
     * Options given by the user, by name: {@code encoding}, {@code delimiter}, {@code sheet},
     * {@code date-format}, and others an importer documents. Unknown options are ignored.
     */
    Map<String, String> options();

    /** A column mapping file the user gave ({@code --mapping}), or null. */
    Path mapping();

    /** Reports a problem at a line (1-based, or -1) and field (or null) of the source being read. */
    void problem(Severity severity, long line, String field, Text text);

    /** Whether row-level problems must fail the import ({@code --strict}). */
    boolean strict();
}
