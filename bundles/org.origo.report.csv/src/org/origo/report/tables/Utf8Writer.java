package org.origo.report.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A buffered UTF-8 writer for one thread: what {@code BufferedWriter} over an
 * {@code OutputStreamWriter} does, without their locks and with a direct path for ASCII, which
 * is most of what the reports write (markup, numbers, identifiers). A character that cannot be
 * encoded (a lone surrogate) is written as {@code ?}, as the JDK's encoder does. A surrogate pair
 * split over two calls is encoded as one character.
 */
public final class Utf8Writer extends Writer {

    private final OutputStream out;
    private final byte[] buf;
    private int pos;
    /** A high surrogate waiting for its low half, or 0. */
    private char pending;

    public Utf8Writer(OutputStream out, int bufferSize) {
        this.out = out;
        this.buf = new byte[Math.max(bufferSize, 64)];
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(String s) throws IOException {
        write(s, 0, s.length());
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        chars(s, off, off + len);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        chars(java.nio.CharBuffer.wrap(cbuf), off, off + len);
    }

    private void chars(CharSequence s, int from, int to) throws IOException {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80 && pending == 0) {
                if (pos == buf.length) {
                    drain();
                }
                buf[pos++] = (byte) c;
            } else {
                put(c);
            }
        }
    }

    @Override
    public Writer append(CharSequence csq) throws IOException {
        String s = String.valueOf(csq);
        write(s, 0, s.length());
        return this;
    }

    private void put(char c) throws IOException {
        if (pos + 4 > buf.length) {
            drain();
        }
        if (pending != 0) {
            char high = pending;
            pending = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                buf[pos++] = (byte) (0xF0 | (cp >> 18));
                buf[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[pos++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            buf[pos++] = '?'; // the high surrogate had no low half
            put(c);
            return;
        }
        if (c < 0x80) {
            buf[pos++] = (byte) c;
        } else if (c < 0x800) {
            buf[pos++] = (byte) (0xC0 | (c >> 6));
            buf[pos++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pending = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[pos++] = '?';
        } else {
            buf[pos++] = (byte) (0xE0 | (c >> 12));
            buf[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buf[pos++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void drain() throws IOException {
        if (pos > 0) {
            out.write(buf, 0, pos);
            pos = 0;
        }
    }

    /** Writes what is buffered to the stream and flushes it. A high surrogate still waiting stays buffered. */
    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    /** Flushes, writing a high surrogate left without its low half as {@code ?}, and closes the stream. */
    @Override
    public void close() throws IOException {
        if (pending != 0) {
            pending = 0;
            if (pos == buf.length) {
                drain();
            }
            buf[pos++] = '?';
        }
        flush();
        out.close();
    }
}
