package org.origo.inventory.csv.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * A small, fast CSV reader: one delimiter character, {@code "} quotes with {@code ""} escapes,
 * quoted fields spanning lines, records ending in LF, CRLF or a lone CR. Reuses one array of
 * fields per record; counts physical lines so problems can name them. Bounded field length and
 * column count so broken input cannot exhaust memory.
 */
public final class CsvParser {

    public static final int MAX_FIELD = 1 << 20;
    public static final int MAX_COLUMNS = 4096;

    /** Thrown for input the parser refuses; carries the line. */
    public static final class Malformed extends IOException {
        private static final long serialVersionUID = 1L;
        public final String key;
        public final long line;
        public final Object arg;

        Malformed(String key, long line, Object arg) {
            super(key);
            this.key = key;
            this.line = line;
            this.arg = arg;
        }
    }

    private final Reader in;
    private final char delimiter;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private boolean eof;
    private long line = 1;
    private long recordLine;
    private String[] fields = new String[32];
    private int count;
    private final StringBuilder sb = new StringBuilder(128);
    private boolean crSeen;
    private boolean lfSeen;
    private boolean crlfSeen;

    public CsvParser(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** The fields of the current record (valid up to {@link #count()}). */
    public String[] fields() {
        return fields;
    }

    public int count() {
        return count;
    }

    /** The 1-based line the current record started on. */
    public long line() {
        return recordLine;
    }

    /** Line ends seen so far: {@code LF}, {@code CRLF}, {@code CR} or a mix joined by {@code +}. */
    public String lineEnds() {
        StringBuilder s = new StringBuilder();
        if (lfSeen) {
            s.append("LF");
        }
        if (crlfSeen) {
            s.append(s.length() > 0 ? "+" : "").append("CRLF");
        }
        if (crSeen) {
            s.append(s.length() > 0 ? "+" : "").append("CR");
        }
        return s.length() == 0 ? "-" : s.toString();
    }

    private int peek() throws IOException {
        if (pos >= len) {
            if (eof) {
                return -1;
            }
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                eof = true;
                return -1;
            }
        }
        return buf[pos];
    }

    /** Reads the next record; false at the end of input. */
    public boolean next() throws IOException {
        count = 0;
        if (peek() < 0) {
            return false;
        }
        recordLine = line;
        while (true) {
            int c = peek();
            if (c == '"') {
                pos++;
                quoted();
                // after the closing quote: up to the delimiter or line end (stray characters are kept)
                while (true) {
                    c = peek();
                    if (c < 0 || c == delimiter || c == '\n' || c == '\r') {
                        break;
                    }
                    append((char) c);
                    pos++;
                }
            } else {
                // unquoted field: scan the buffer in bulk
                while (true) {
                    if (pos >= len && peek() < 0) {
                        break;
                    }
                    int start = pos;
                    while (pos < len) {
                        char ch = buf[pos];
                        if (ch == delimiter || ch == '\n' || ch == '\r') {
                            break;
                        }
                        pos++;
                    }
                    if (pos > start) {
                        if (sb.length() + (pos - start) > MAX_FIELD) {
                            throw new Malformed("csv.field.too.long", recordLine, MAX_FIELD);
                        }
                        sb.append(buf, start, pos - start);
                    }
                    if (pos < len) {
                        break;
                    }
                }
            }
            addField();
            c = peek();
            if (c == delimiter) {
                pos++;
                continue;
            }
            if (c < 0) {
                return true;
            }
            endOfLine();
            return true;
        }
    }

    private void endOfLine() throws IOException {
        int c = peek();
        pos++;
        if (c == '\r') {
            if (peek() == '\n') {
                pos++;
                crlfSeen = true;
            } else {
                crSeen = true;
            }
        } else {
            lfSeen = true;
        }
        line++;
    }

    private void quoted() throws IOException {
        long start = line;
        while (true) {
            int c = peek();
            if (c < 0) {
                throw new Malformed("csv.quote.unclosed", start, start);
            }
            pos++;
            if (c == '"') {
                if (peek() == '"') {
                    pos++;
                    append('"');
                    continue;
                }
                return;
            }
            if (c == '\r') {
                if (peek() == '\n') {
                    pos++;
                    append('\r');
                    append('\n');
                } else {
                    append('\n');
                }
                line++;
                continue;
            }
            if (c == '\n') {
                line++;
            }
            append((char) c);
        }
    }

    private void append(char c) throws Malformed {
        if (sb.length() >= MAX_FIELD) {
            throw new Malformed("csv.field.too.long", recordLine, MAX_FIELD);
        }
        sb.append(c);
    }

    private void addField() throws Malformed {
        if (count == fields.length) {
            if (count >= MAX_COLUMNS) {
                throw new Malformed("csv.too.many.columns", recordLine, MAX_COLUMNS);
            }
            fields = java.util.Arrays.copyOf(fields, Math.min(MAX_COLUMNS, fields.length * 2));
        }
        fields[count++] = sb.length() == 0 ? "" : sb.toString();
        sb.setLength(0);
    }

    /** The current record's fields as a new array (for read-ahead buffers). */
    public String[] copy() {
        return java.util.Arrays.copyOf(fields, count);
    }

}
