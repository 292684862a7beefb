package org.origo.report.csv.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.origo.report.tables.Utf8Writer;

/** The reports' UTF-8 writer gives the same bytes as the JDK's encoder, however the text is cut into calls. */
class Utf8WriterTest {

    private static final String[] PIECES = { "a", "Z", "0", ",", "\"", "é", "ß", "中", "国", "—", "€", "\uD83D\uDE00", "\uD840\uDC0B",
            "\uD800", "\uDC00", "\u0000", "\u007F", "\u0080", "\u07FF", "\u0800", "\uFFFF", "\n", "<td>", "替换：" };

    private static byte[] jdk(String s) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(b, StandardCharsets.UTF_8)) {
            w.write(s);
        }
        return b.toByteArray();
    }

    @Test
    void sameBytesAsTheJdkForRandomTextCutAnywhere() throws IOException {
        Random r = new Random(42);
        for (int round = 0; round < 500; round++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(400);
            for (int i = 0; i < n; i++) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String s = sb.toString();
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            // a small buffer so that every character kind meets a full buffer somewhere
            try (Writer w = new Utf8Writer(b, 16)) {
                int i = 0;
                while (i < s.length()) {
                    int len = Math.min(s.length() - i, r.nextInt(7));
                    switch (r.nextInt(3)) {
                    case 0 -> w.write(s, i, len);
                    case 1 -> w.write(s.toCharArray(), i, len);
                    default -> {
                        len = Math.min(1, s.length() - i);
                        w.write(s.charAt(i));
                    }
                    }
                    i += len;
                }
            }
            assertArrayEquals(jdk(s), b.toByteArray(), "round " + round + ": " + s);
        }
    }

    @Test
    void aHighSurrogateAtTheEndIsWrittenAsAQuestionMark() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (Writer w = new Utf8Writer(b, 64)) {
            w.write("ok\uD83D");
        }
        assertArrayEquals(jdk("ok\uD83D"), b.toByteArray());
    }
}
