package org.origo.inventory.csv.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;

import org.origo.api.OrigoException;
import org.origo.inventory.csv.internal.i18n.CsvMessages;
import org.origo.inventory.spi.Encodings;

/** The encoding and delimiter of a ledger, detected from its first bytes or given by the user. */
public record Dialect(Encodings.Detected encoding, char delimiter, int columns) {

    static final char[] CANDIDATES = { ',', ';', '\t', '|' };
    static final int SAMPLE_RECORDS = 50;

    /** Detects (or takes the user's) encoding and delimiter. */
    public static Dialect detect(byte[] head, String encodingOption, String delimiterOption) throws OrigoException {
        Encodings.Detected enc = Encodings.detect(head);
        if (encodingOption != null && !encodingOption.isBlank()) {
            try {
                java.nio.charset.Charset cs = Encodings.forName(encodingOption);
                int bom = enc.charset().equals(cs) ? enc.bomLength() : 0;
                enc = new Encodings.Detected(cs, bom, "option");
            } catch (RuntimeException e) {
                throw new OrigoException(CsvMessages.get("csv.encoding.unknown", encodingOption));
            }
        }
        String text = decode(head, enc);
        if (delimiterOption != null && !delimiterOption.isEmpty()) {
            char d = delimiter(delimiterOption);
            return new Dialect(enc, d, columnsWith(text, d));
        }
        char best = ',';
        double bestScore = -1;
        int bestCols = 1;
        for (char c : CANDIDATES) {
            int[] stats = stats(text, c);
            int records = stats[0];
            int mode = stats[1];
            int agree = stats[2];
            if (records == 0 || mode == 0) {
                continue;
            }
            double score = (double) agree / records * 1000 + Math.min(mode, 100);
            if (score > bestScore) {
                bestScore = score;
                best = c;
                bestCols = mode + 1;
            }
        }
        return new Dialect(enc, best, bestCols);
    }

    /** A user-given delimiter: one character, or a name. */
    public static char delimiter(String option) throws OrigoException {
        String o = option.toLowerCase(Locale.ROOT).trim();
        // "semicolon (;)" as a preview shows it
        int space = o.indexOf(' ');
        if (space > 0 && o.length() > 1) {
            o = o.substring(0, space);
        }
        switch (o) {
        case "comma":
        case ",":
            return ',';
        case "semicolon":
        case ";":
            return ';';
        case "tab":
        case "\\t":
            return '\t';
        case "pipe":
        case "|":
            return '|';
        default:
            if (option.length() == 1) {
                return option.charAt(0);
            }
            throw new OrigoException(CsvMessages.get("csv.delimiter.invalid", option));
        }
    }

    /** The name shown for a delimiter. */
    public String delimiterName() {
        switch (delimiter) {
        case ',':
            return "comma (,)";
        case ';':
            return "semicolon (;)";
        case '\t':
            return "tab";
        case '|':
            return "pipe (|)";
        default:
            return String.valueOf(delimiter);
        }
    }

    static String decode(byte[] head, Encodings.Detected enc) {
        CharsetDecoder d = enc.charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer in = ByteBuffer.wrap(head, enc.bomLength(), Math.max(0, head.length - enc.bomLength()));
        CharBuffer out = CharBuffer.allocate(head.length + 16);
        d.decode(in, out, false);
        out.flip();
        return out.toString();
    }

    private static int columnsWith(String text, char d) {
        return stats(text, d)[1] + 1;
    }

    /**
     * Over the first records (quote-aware, ignoring blank ones and the last, possibly cut, one):
     * {records, most frequent delimiter count, records having that count}.
     */
    static int[] stats(String text, char d) {
        int[] counts = new int[SAMPLE_RECORDS];
        int records = 0;
        int current = 0;
        boolean inQuote = false;
        boolean nonBlank = false;
        int i = 0;
        int n = text.length();
        while (i < n && records < SAMPLE_RECORDS) {
            char c = text.charAt(i++);
            if (c == '"') {
                inQuote = !inQuote;
                nonBlank = true;
            } else if (!inQuote && c == d) {
                current++;
                nonBlank = true;
            } else if (!inQuote && (c == '\n' || c == '\r')) {
                if (nonBlank) {
                    counts[records++] = current;
                }
                current = 0;
                nonBlank = false;
                if (c == '\r' && i < n && text.charAt(i) == '\n') {
                    i++;
                }
            } else if (!Character.isWhitespace(c)) {
                nonBlank = true;
            }
        }
        if (records == 0 && nonBlank) {
            counts[records++] = current;
        }
        int mode = 0;
        int modeCount = 0;
        for (int a = 0; a < records; a++) {
            int k = 0;
            for (int b = 0; b < records; b++) {
                if (counts[b] == counts[a]) {
                    k++;
                }
            }
            if (k > modeCount || (k == modeCount && counts[a] > mode)) {
                mode = counts[a];
                modeCount = k;
            }
        }
        return new int[] { records, mode, modeCount };
    }
}
