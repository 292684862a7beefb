package org.origo.generator;

import java.nio.file.Path;

/**
 * What a run wrote.
 *
 * @param output     the ledger file, or the directory when host directories were asked for
 * @param assets     distinct assets
 * @param rows       ledger rows written below the header, noise included
 * @param hostFiles  per-host files written
 * @param bytes      bytes written in total
 */
public record GenerationResult(Path output, long assets, long rows, long hostFiles, long bytes) {
}
