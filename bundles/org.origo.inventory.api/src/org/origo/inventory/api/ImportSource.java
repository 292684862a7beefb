package org.origo.inventory.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** One input to import: a file, or an entry of a zip archive. */
@org.osgi.annotation.versioning.ProviderType
public interface ImportSource {

    /** The name shown to the user in messages (path as given, or {@code archive.zip!/entry}). */
    String name();

    /** The file, or null for an archive entry. */
    Path path();

    /** Size in bytes, or -1 when unknown. */
    long size();

    /** Up to {@code max} first bytes of the content (for sniffing). */
    byte[] head(int max) throws IOException;

    /** A new stream over the whole content; the caller closes it. */
    InputStream open() throws IOException;

    /**
     * The host a per-machine file belongs to when the content does not say (its per-host folder
     * name, or the file name without extension), or null for estate-wide files such as ledgers.
     */
    String hostHint();
}
