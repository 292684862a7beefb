package org.origo.inventory.spi;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines ending in LF, CRLF or a lone CR (old Mac exports), counting them, with a bound on
 * line length so that a file without line breaks cannot exhaust memory.
 */
public final class Lines implements AutoCloseable {

    /** Longest line accepted (characters). */
    public static final int MAX_LINE = 4 * 1024 * 1024;

    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private long line;
    private final StringBuilder sb = new StringBuilder(256);

    public Lines(Reader in) {
        this.in = in;
    }

    /** The 1-based number of the line last returned. */
    public long lineNumber() {
        return line;
    }

    /**
     * The next line without its terminator, or null at the end.
     *
     * @throws IOException also when a line is longer than {@link #MAX_LINE}
     */
    public String next() throws IOException {
        sb.setLength(0);
        boolean any = false;
        while (true) {
            if (pos >= len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    if (!any) {
                        return null;
                    }
                    line++;
                    return sb.toString();
                }
            }
            any = true;
            int start = pos;
            while (pos < len) {
                char c = buf[pos];
                if (c == '\n' || c == '\r') {
                    sb.append(buf, start, pos - start);
                    pos++;
                    if (c == '\r') {
                        if (pos >= len) {
                            len = in.read(buf, 0, buf.length);
                            pos = 0;
                            if (len < 0) {
                                len = 0;
                            }
                        }
                        if (pos < len && buf[pos] == '\n') {
                            pos++;
                        }
                    }
                    line++;
                    return sb.toString();
                }
                pos++;
            }
            sb.append(buf, start, pos - start);
            if (sb.length() > MAX_LINE) {
                throw new IOException("line " + (line + 1) + " is longer than " + MAX_LINE + " characters");
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
