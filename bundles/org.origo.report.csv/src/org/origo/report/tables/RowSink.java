package org.origo.report.tables;

import java.io.IOException;

/** Receives the rows of a table one at a time (streaming: nothing is kept). */
@FunctionalInterface
public interface RowSink {

    /** One row; the array is reused by the caller after the call returns. */
    void row(Object[] cells) throws IOException;
}
