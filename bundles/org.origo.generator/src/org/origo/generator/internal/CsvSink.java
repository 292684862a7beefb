package org.origo.generator.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.origo.generator.GeneratedAsset;

/** Writes the ledger as a spreadsheet's "CSV UTF-8" export: byte order mark, CRLF, quotes where needed. */
public final class CsvSink implements Ledger.Sink {

    private final Writer out;
    private final StringBuilder line = new StringBuilder(2048);

    public CsvSink(OutputStream stream) throws IOException {
        stream.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    }

    @Override
    public void header() throws IOException {
        writeLine(Ledger.HEADER);
    }

    @Override
    public void blank(boolean withDelimiters) throws IOException {
        if (withDelimiters) {
            out.write(",".repeat(Ledger.HEADER.length - 1));
        }
        out.write("\r\n");
    }

    @Override
    public void row(String[] cells, GeneratedAsset asset, String damagedSerial, LocalDate date) throws IOException {
        writeLine(cells);
    }

    private void writeLine(String[] cells) throws IOException {
        line.setLength(0);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            appendField(line, cells[i]);
        }
        line.append("\r\n");
        out.append(line);
    }

    static void appendField(StringBuilder sb, String v) {
        boolean quote = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
        if (!quote) {
            sb.append(v);
            return;
        }
        sb.append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"') {
                sb.append('"');
            }
            sb.append(c);
        }
        sb.append('"');
    }

    /** Flushes the characters buffered in the encoder to the stream (the stream is closed by its owner). */
    public void finish() throws IOException {
        out.flush();
    }
}
