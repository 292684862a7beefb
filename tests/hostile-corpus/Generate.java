import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the huge cases of the hostile-input corpus (too big to keep in the repository) into a
 * folder, one sub-folder per importer, plus {@code generated.tsv} (folder, file, expected outcome,
 * flags, what). Deterministic; skips files that already exist with the expected size.
 *
 * <pre>java tests/hostile-corpus/Generate.java OUTPUT_DIR</pre>
 */
public class Generate {

    static final long MB = 1L << 20;
    final Path out;
    final List<String> table = new ArrayList<>();

    Generate(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/hostile-corpus-generated");
        Generate g = new Generate(out);
        g.all();
        Files.write(out.resolve("generated.tsv"), g.table, StandardCharsets.UTF_8);
        System.out.println("generated " + g.table.size() + " cases into " + out.toAbsolutePath());
    }

    interface Body {
        void write(OutputStream o) throws IOException;
    }

    void file(String folder, String name, String expect, String flags, String what, Body body) throws IOException {
        Path dir = out.resolve(folder);
        Files.createDirectories(dir);
        Path f = dir.resolve(name);
        Path done = dir.resolve("." + name + ".done");
        if (!Files.exists(f) || !Files.exists(done)) {
            Path tmp = dir.resolve("." + name + ".tmp");
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                body.write(o);
            }
            Files.move(tmp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(done, Long.toString(Files.size(f)));
        }
        table.add(folder + "\t" + name + "\t" + expect + "\t" + flags + "\t" + what);
    }

    static void repeat(OutputStream o, byte[] unit, long total) throws IOException {
        byte[] block = new byte[1 << 16];
        for (int i = 0; i < block.length; i++) {
            block[i] = unit[i % unit.length];
        }
        long left = total;
        while (left > 0) {
            int n = (int) Math.min(block.length - block.length % unit.length, left);
            o.write(block, 0, n);
            left -= n;
        }
    }

    static void text(OutputStream o, String s) throws IOException {
        o.write(s.getBytes(StandardCharsets.UTF_8));
    }

    static void text(OutputStream o, String s, Charset cs) throws IOException {
        o.write(s.getBytes(cs));
    }

    static void entry(ZipOutputStream z, String name, Body body) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        body.write(z);
        z.closeEntry();
    }

    void all() throws IOException {
        byte[] a = { 'A' };
        String csvHeader = "hostname,serial,manufacturer,model,cpu,os,department,owner,software\n";

        // ---- CSV
        file("csv", "cell-100mb-quoted.csv", "either", "timeout=120;heap=400", "one quoted 100 MB cell", o -> {
            text(o, csvHeader + "PC-1,SN1,\"");
            repeat(o, a, 100 * MB);
            text(o, "\",M,C,O,D,W,\n");
        });
        file("csv", "cell-100mb-unquoted.csv", "either", "timeout=120;heap=400", "one unquoted 100 MB cell", o -> {
            text(o, csvHeader + "PC-1,SN1,");
            repeat(o, a, 100 * MB);
            text(o, ",M,C,O,D,W,\n");
        });
        file("csv", "cell-100mb-open-quote.csv", "either", "timeout=120;heap=400", "a quote opened and 100 MB of text, never closed", o -> {
            text(o, csvHeader + "PC-1,SN1,\"");
            repeat(o, "line of text\n".getBytes(StandardCharsets.US_ASCII), 100 * MB);
        });
        file("csv", "columns-1m.csv", "either", "timeout=120;heap=400", "1 000 000 columns in the header and one row", o -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 1_000_000; i++) {
                sb.append(i == 0 ? "hostname" : i == 1 ? ",serial" : ",c" + i);
                if (sb.length() > 1 << 16) {
                    text(o, sb.toString());
                    sb.setLength(0);
                }
            }
            sb.append('\n');
            for (int i = 0; i < 1_000_000; i++) {
                sb.append(i == 0 ? "PC-1" : ",v");
                if (sb.length() > 1 << 16) {
                    text(o, sb.toString());
                    sb.setLength(0);
                }
            }
            sb.append('\n');
            text(o, sb.toString());
        });
        file("csv", "rows-no-eol-100mb.csv", "either", "timeout=120;heap=400", "100 MB of separators without a line end", o -> {
            text(o, csvHeader);
            repeat(o, ",".getBytes(StandardCharsets.US_ASCII), 100 * MB);
        });

        // ---- JSON families: a 100 MB string and 1 M nesting levels
        for (String[] fam : new String[][] { { "glpi", "{\"action\":\"inventory\",\"itemtype\":\"Computer\",\"content\":{\"hardware\":{\"name\":\"", "\"}}}" },
                { "lshw", "{\"id\":\"h\",\"class\":\"system\",\"product\":\"", "\"}" },
                { "cyclonedx", "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.5\",\"metadata\":{\"component\":{\"type\":\"device\",\"name\":\"", "\"}}}" } }) {
            file(fam[0], "string-100mb.json", "error", "timeout=120;heap=400", "a 100 MB string value", o -> {
                text(o, fam[1]);
                repeat(o, a, 100 * MB);
                text(o, fam[2]);
            });
            file(fam[0], "nesting-1m.json", "error", "timeout=60;heap=256", "1 000 000 nested arrays", o -> {
                repeat(o, "[".getBytes(StandardCharsets.US_ASCII), 1_000_000);
                repeat(o, "]".getBytes(StandardCharsets.US_ASCII), 1_000_000);
            });
            file(fam[0], "array-5m-nulls.json", "either", "timeout=120;heap=400", "an array of 5 000 000 nulls", o -> {
                text(o, "{\"x\":[");
                repeat(o, "null,".getBytes(StandardCharsets.US_ASCII), 5_000_000L * 5);
                text(o, "null]}");
            });
        }

        // ---- OCS XML
        String ocsHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<REQUEST><CONTENT><HARDWARE><NAME>";
        String ocsTail = "</NAME></HARDWARE><BIOS><SSN>X1</SSN></BIOS></CONTENT><QUERY>INVENTORY</QUERY></REQUEST>\n";
        file("ocs", "text-100mb.xml", "error", "timeout=120;heap=400;field=NAME;says=the text of element <NAME> is longer than", "a 100 MB element text", o -> {
            text(o, ocsHead);
            repeat(o, a, 100 * MB);
            text(o, ocsTail);
        });
        file("ocs", "attribute-100mb.xml", "error", "timeout=120;heap=400;field=HARDWARE@x;says=attribute 'x' of element <HARDWARE> holds", "a 100 MB attribute value", o -> {
            text(o, "<?xml version=\"1.0\"?>\n<REQUEST><CONTENT><HARDWARE x=\"");
            repeat(o, a, 100 * MB);
            text(o, "\"><NAME>H</NAME></HARDWARE></CONTENT></REQUEST>\n");
        });
        file("ocs", "elements-3m.xml", "either", "timeout=120;heap=400", "3 000 000 sibling elements", o -> {
            text(o, "<?xml version=\"1.0\"?>\n<REQUEST><CONTENT><HARDWARE><NAME>H</NAME></HARDWARE>");
            repeat(o, "<E/>".getBytes(StandardCharsets.US_ASCII), 4L * 3_000_000);
            text(o, "</CONTENT></REQUEST>\n");
        });
        file("ocs", "nesting-1m.xml", "error", "timeout=60;heap=256", "1 000 000 nested elements", o -> {
            text(o, "<?xml version=\"1.0\"?>\n<REQUEST><CONTENT>");
            repeat(o, "<A>".getBytes(StandardCharsets.US_ASCII), 3L * 1_000_000);
            repeat(o, "</A>".getBytes(StandardCharsets.US_ASCII), 4L * 1_000_000);
            text(o, "</CONTENT></REQUEST>\n");
        });

        // ---- line formats
        file("dmidecode", "value-100mb.txt", "either", "timeout=120;heap=400", "a 100 MB Manufacturer value", o -> {
            text(o, "Handle 0x0001, DMI type 1, 27 bytes\nSystem Information\n\tManufacturer: ");
            repeat(o, a, 100 * MB);
            text(o, "\n\tSerial Number: X1\n\n");
        });
        file("packages", "line-100mb.dpkg", "either", "timeout=120;heap=400", "a 100 MB package name", o -> {
            text(o, "bash\tamd64\t5.1\t10\tshells\n");
            repeat(o, a, 100 * MB);
            text(o, "\tamd64\t1\t1\tx\n");
        });
        file("winreg", "value-50m-chars.reg", "either", "timeout=120;heap=400", "a 50 M-character DisplayName (100 MB of UTF-16)", o -> {
            o.write(0xFF);
            o.write(0xFE);
            text(o, "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\X]\r\n\"DisplayName\"=\"",
                    StandardCharsets.UTF_16LE);
            repeat(o, new byte[] { 'A', 0 }, 100 * MB);
            text(o, "\"\r\n\"Publisher\"=\"P\"\r\n", StandardCharsets.UTF_16LE);
        });
        file("winreg", "hex2-100mb.reg", "either", "timeout=120;heap=400", "a hex(2) value of 100 MB of digits", o -> {
            text(o, "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\X]\r\n\"DisplayName\"=hex(2):");
            repeat(o, "41,00,".getBytes(StandardCharsets.US_ASCII), 100 * MB / 6 * 6);
            text(o, "00,00\r\n");
        });

        // ---- XLSX
        file("xlsx", "bomb-sheet-1gb.xlsx", "either", "timeout=120;heap=256", "a sheet inflating to 1 GB", o -> xlsx(o, z -> {
            text(z, SHEET_HEAD + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>hostname</t></is></c></row>");
            repeat(z, " ".getBytes(StandardCharsets.US_ASCII), 1024 * MB);
            text(z, SHEET_TAIL);
        }, null));
        file("xlsx", "columns-1m.xlsx", "either", "timeout=120;heap=400", "one row of 1 000 000 cells (references past XFD)", o -> xlsx(o, z -> {
            text(z, SHEET_HEAD + "<row r=\"1\">");
            for (int i = 0; i < 1_000_000; i++) {
                text(z, "<c r=\"" + column(i) + "1\" t=\"inlineStr\"><is><t>c" + i + "</t></is></c>");
            }
            text(z, "</row>" + SHEET_TAIL);
        }, null));
        file("xlsx", "sst-2m-strings.xlsx", "either", "timeout=120;heap=400", "a shared-string table of 2 000 000 unique strings, 3 used", o -> xlsx(o, z -> {
            text(z, SHEET_HEAD + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                    + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" t=\"s\"><v>1999999</v></c></row>" + SHEET_TAIL);
        }, z -> {
            text(z, "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"2000000\" uniqueCount=\"2000000\">"
                    + "<si><t>hostname</t></si><si><t>serial</t></si><si><t>PC-1</t></si>");
            StringBuilder sb = new StringBuilder();
            for (int i = 3; i < 2_000_000; i++) {
                sb.append("<si><t>string number ").append(i).append("</t></si>");
                if (sb.length() > 1 << 16) {
                    text(z, sb.toString());
                    sb.setLength(0);
                }
            }
            text(z, sb + "</sst>");
        }));
        file("xlsx", "sst-100mb-string.xlsx", "error", "timeout=120;heap=400;field=xl/sharedStrings.xml", "a single 100 MB shared string (refused by the ratio bound before the string bound)", o -> xlsx(o, z -> {
            text(z, SHEET_HEAD + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>" + SHEET_TAIL);
        }, z -> {
            text(z, "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>hostname</t></si><si><t>");
            repeat(z, a, 100 * MB);
            text(z, "</t></si></sst>");
        }));
        file("xlsx", "entries-100k.xlsx", "either", "timeout=120;heap=256;whole-file", "a workbook with 100 000 extra entries", o -> xlsx(o, z -> {
            text(z, SHEET_HEAD + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>hostname</t></is></c></row>" + SHEET_TAIL);
        }, null, 100_000));

        // ---- archives (engine)
        file("archive", "entries-100k.zip", "refused", "sniff;timeout=120;heap=256", "100 000 entries", o -> {
            try (ZipOutputStream z = new ZipOutputStream(o)) {
                for (int i = 0; i < 100_000; i++) {
                    entry(z, "h" + i + "/dmidecode.txt", e -> text(e, "x"));
                }
            }
        });
        file("archive", "bomb-1gb.zip", "error", "sniff;timeout=120;heap=256", "one entry inflating to 1 GB", o -> {
            try (ZipOutputStream z = new ZipOutputStream(o)) {
                z.setLevel(Deflater.BEST_COMPRESSION);
                entry(z, "pc/dmidecode.txt", e -> {
                    text(e, "Handle 0x0001, DMI type 1, 27 bytes\nSystem Information\n\tManufacturer: X\n");
                    repeat(e, "\n".getBytes(StandardCharsets.US_ASCII), 1024 * MB);
                });
            }
        });
        file("archive", "bomb-nested.zip", "either", "sniff;timeout=120;heap=256", "10 zips of 10 entries of 100 MB each, nested", o -> {
            java.io.ByteArrayOutputStream inner = new java.io.ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(inner)) {
                z.setLevel(Deflater.BEST_COMPRESSION);
                for (int i = 0; i < 10; i++) {
                    entry(z, "h" + i + "/dmidecode.txt", e -> repeat(e, "\n".getBytes(StandardCharsets.US_ASCII), 100 * MB));
                }
            }
            try (ZipOutputStream z = new ZipOutputStream(o)) {
                for (int i = 0; i < 10; i++) {
                    entry(z, "part" + i + ".zip", e -> e.write(inner.toByteArray()));
                }
            }
        });
        file("archive", "total-5gb.zip", "refused", "sniff;timeout=180;heap=256", "12 entries declaring 450 MB each (over the total bound)", o -> {
            try (ZipOutputStream z = new ZipOutputStream(o)) {
                z.setLevel(Deflater.BEST_COMPRESSION);
                for (int i = 0; i < 12; i++) {
                    entry(z, "h" + i + "/dmidecode.txt", e -> repeat(e, "                ".getBytes(StandardCharsets.US_ASCII), 450 * MB));
                }
            }
        });
    }

    static final String SHEET_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    static final String SHEET_TAIL = "</sheetData></worksheet>";

    static String column(int i) {
        StringBuilder s = new StringBuilder();
        int n = i + 1;
        while (n > 0) {
            int r = (n - 1) % 26;
            s.insert(0, (char) ('A' + r));
            n = (n - 1) / 26;
        }
        return s.toString();
    }

    void xlsx(OutputStream o, Body sheet, Body sst) throws IOException {
        xlsx(o, sheet, sst, 0);
    }

    void xlsx(OutputStream o, Body sheet, Body sst, int extraEntries) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(o)) {
            z.setLevel(Deflater.BEST_COMPRESSION);
            entry(z, "[Content_Types].xml", e -> text(e, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>"));
            entry(z, "_rels/.rels", e -> text(e, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
            entry(z, "xl/workbook.xml", e -> text(e, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Assets\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
            entry(z, "xl/_rels/workbook.xml.rels", e -> text(e, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"));
            entry(z, "xl/worksheets/sheet1.xml", sheet);
            if (sst != null) {
                entry(z, "xl/sharedStrings.xml", sst);
            }
            for (int i = 0; i < extraEntries; i++) {
                entry(z, "xl/media/m" + i + ".bin", e -> e.write(1));
            }
        }
    }
}
