package org.origo.inventory.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Detects the encoding of a text input from its first bytes: a byte order mark (UTF-8, UTF-16LE,
 * UTF-16BE), UTF-16 without mark (zero bytes on one side), valid UTF-8, else GB18030 when the high
 * bytes pair up as Chinese double-byte characters, else Windows-1252.
 */
public final class Encodings {

    public static final Charset GB18030 = Charset.forName("GB18030");
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** A detected encoding: the charset, how many bytes of byte order mark to skip, and how it was found. */
    public record Detected(Charset charset, int bomLength, String how) {
        /** The name shown to users, e.g. {@code UTF-8 (BOM)}. */
        public String label() {
            return charset.name() + (bomLength > 0 ? " (BOM)" : "");
        }
    }

    private Encodings() {
    }

    /** Detects the encoding of the first bytes of a text. */
    public static Detected detect(byte[] head) {
        int n = head.length;
        if (n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3, "bom");
        }
        if (n >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2, "bom");
        }
        if (n >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2, "bom");
        }
        // UTF-16 without a mark: ASCII characters leave one zero byte in each pair
        int evenZero = 0;
        int oddZero = 0;
        int pairs = Math.min(n, 4096) / 2;
        for (int i = 0; i < pairs * 2; i += 2) {
            if (head[i] == 0) {
                evenZero++;
            }
            if (head[i + 1] == 0) {
                oddZero++;
            }
        }
        if (pairs >= 4 && oddZero > pairs * 6 / 10 && evenZero < pairs / 10) {
            return new Detected(StandardCharsets.UTF_16LE, 0, "zeros");
        }
        if (pairs >= 4 && evenZero > pairs * 6 / 10 && oddZero < pairs / 10) {
            return new Detected(StandardCharsets.UTF_16BE, 0, "zeros");
        }
        boolean high = false;
        for (byte b : head) {
            if (b < 0) {
                high = true;
                break;
            }
        }
        if (!high) {
            return new Detected(StandardCharsets.UTF_8, 0, "ascii");
        }
        if (validUtf8(head)) {
            return new Detected(StandardCharsets.UTF_8, 0, "valid");
        }
        return gbPairs(head) ? new Detected(GB18030, 0, "pairs") : new Detected(WINDOWS_1252, 0, "single");
    }

    /** Whether the bytes are valid UTF-8, allowing a multi-byte character cut at the end. */
    static boolean validUtf8(byte[] b) {
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xff;
            int extra;
            if (c < 0x80) {
                i++;
                continue;
            } else if (c >= 0xC2 && c <= 0xDF) {
                extra = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                extra = 2;
            } else if (c >= 0xF0 && c <= 0xF4) {
                extra = 3;
            } else {
                return false;
            }
            if (i + extra >= n) {
                return true; // cut at the end of the sample
            }
            for (int k = 1; k <= extra; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += extra + 1;
        }
        return true;
    }

    /**
     * Whether high bytes mostly come in GBK/GB18030 pairs (lead 0x81-0xFE followed by a high trail)
     * rather than as single Latin letters between ASCII ones.
     */
    static boolean gbPairs(byte[] b) {
        int pairs = 0;
        int singles = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            if (c >= 0x81 && c <= 0xFE && i + 1 < b.length) {
                int t = b[i + 1] & 0xff;
                if (t >= 0x80 && t <= 0xFE) {
                    pairs++;
                    i += 2;
                    continue;
                }
                if (t >= 0x40 && t <= 0x7E && isGbAsciiTrailPlausible(b, i)) {
                    pairs++;
                    i += 2;
                    continue;
                }
            }
            singles++;
            i++;
        }
        return pairs > 0 && pairs >= singles * 2;
    }

    /** A GBK trail byte in the ASCII range is plausible when the next character is high again or a separator. */
    private static boolean isGbAsciiTrailPlausible(byte[] b, int lead) {
        int next = lead + 2 < b.length ? b[lead + 2] & 0xff : 0;
        return next >= 0x80 || next == ',' || next == ';' || next == '\t' || next == '|' || next == '"' || next == '\r'
                || next == '\n' || next == 0;
    }

    /** Whether the sample decodes without error in the charset. */
    public static boolean decodes(byte[] head, Charset cs) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            d.decode(ByteBuffer.wrap(head));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Resolves a user-given encoding name ({@code gbk}, {@code utf-16}, {@code cp1252}...). */
    public static Charset forName(String name) {
        String n = name.trim().toLowerCase(java.util.Locale.ROOT);
        switch (n) {
        case "gbk":
        case "gb2312":
        case "gb18030":
        case "936":
        case "cp936":
            return GB18030;
        case "cp1252":
        case "1252":
        case "latin1":
        case "ansi":
            return WINDOWS_1252;
        case "utf8":
            return StandardCharsets.UTF_8;
        default:
            return Charset.forName(name.trim());
        }
    }

    /**
     * Opens a reader over the stream with the detected (or forced) encoding, skipping a byte order mark;
     * malformed bytes become U+FFFD.
     */
    public static Reader reader(InputStream in, Detected d) throws IOException {
        if (d.bomLength() > 0) {
            in.skipNBytes(d.bomLength());
        }
        CharsetDecoder dec = d.charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new InputStreamReader(in, dec);
    }
}
