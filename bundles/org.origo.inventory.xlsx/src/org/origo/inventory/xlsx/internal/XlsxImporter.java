package org.origo.inventory.xlsx.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.inventory.api.AssetSink;
import org.origo.inventory.api.ImportContext;
import org.origo.inventory.api.ImportSource;
import org.origo.inventory.api.InventoryImporter;
import org.origo.inventory.csv.ledger.Ledger;
import org.origo.inventory.csv.ledger.Mapping;
import org.origo.inventory.spi.TreeReader;
import org.origo.inventory.xlsx.internal.i18n.XlsxMessages;
import org.origo.model.Severity;

/**
 * XLSX ledgers read as a stream: the sheet XML is read with StAX straight from the zip, row by
 * row, without building the workbook in memory (no DOM, no POI). Shared strings are loaded once
 * (bounded); styles only to know which number formats are dates. Every sheet with known column
 * headers is imported (or the one named by {@code --option sheet=NAME}); merged header cells give
 * their value to every cell they cover. The zip is read with bounds on parts, sizes and ratios;
 * XML without DTDs or entities.
 */
@org.osgi.service.component.annotations.Component(service = InventoryImporter.class, property = {
        InventoryImporter.PROP_ID + "=xlsx", InventoryImporter.PROP_LABEL + "=Excel workbook (XLSX)",
        InventoryImporter.PROP_EXTENSIONS + "=xlsx" })
public class XlsxImporter implements InventoryImporter {

    static final int MAX_PARTS = 10_000;
    static final int MAX_RATIO = 200;
    static final long MAX_PART = 2L << 30;
    static final long MAX_SHARED_CHARS = 256L << 20;
    static final int MAX_COLUMNS = 4096;
    /** Longest cell text or shared string accepted, in characters. */
    static final int MAX_CELL = 256 * 1024;
    /** Longest XML attribute value accepted in any part, in characters. */
    static final int MAX_ATTRIBUTE = 64 * 1024;

    @Override
    public String id() {
        return "xlsx";
    }

    @Override
    public Text label() {
        return XlsxMessages.get("importer.label");
    }

    @Override
    public int sniff(ImportSource source) throws IOException {
        byte[] h = source.head(4096);
        if (h.length < 30 || h[0] != 'P' || h[1] != 'K') {
            return 0;
        }
        String s = new String(h, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (s.contains("xl/") || s.contains("[Content_Types].xml")) {
            return s.contains("xl/") ? 90 : 60;
        }
        return source.name().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? 50 : 0;
    }

    @Override
    public void read(ImportSource source, AssetSink sink, ImportContext context) throws OrigoException {
        String file = source.name();
        Path tmp = null;
        try {
            Path path = source.path();
            if (path == null) {
                // an archive entry: copy it aside (bounded by the engine's archive limits)
                tmp = Files.createTempFile("origo-xlsx-", ".xlsx");
                try (InputStream in = source.open(); OutputStream out = Files.newOutputStream(tmp)) {
                    in.transferTo(out);
                }
                path = tmp;
            }
            try (ZipFile zip = new ZipFile(path.toFile())) {
                new Workbook(zip, file, sink, context).read();
            }
        } catch (IOException e) {
            throw new OrigoException(XlsxMessages.get("xlsx.unreadable", e.getMessage()), file, -1, null, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // a temporary copy; the system cleans its temp folder
                }
            }
        }
    }

    /** One workbook being read. */
    static final class Workbook {
        private final ZipFile zip;
        private final String file;
        private final AssetSink sink;
        private final ImportContext ctx;
        private final List<String> shared = new ArrayList<>();
        /** Whether the workbook has a shared-string part at all. */
        private boolean sharedPart;
        /** Cells of the sheet being read that refer to a shared string the workbook does not have. */
        private long danglingShared;
        private String currentSheet;
        /** Sheets searched for headers in vain, each with the rows searched. */
        private final List<Text> searched = new ArrayList<>();
        private final Set<Integer> dateStyles = new HashSet<>();

        Workbook(ZipFile zip, String file, AssetSink sink, ImportContext ctx) {
            this.zip = zip;
            this.file = file;
            this.sink = sink;
            this.ctx = ctx;
        }

        void read() throws OrigoException, IOException {
            if (zip.size() > MAX_PARTS) {
                throw new OrigoException(XlsxMessages.get("xlsx.limit.entries", MAX_PARTS), file, -1, null, null);
            }
            List<String[]> sheets = sheets();
            sharedStrings();
            styles();
            Mapping mapping = Mapping.read(ctx.mapping());
            String wanted = ctx.options().getOrDefault("sheet", mapping.setting("sheet"));
            List<String[]> chosen = new ArrayList<>();
            if (wanted != null) {
                for (int i = 0; i < sheets.size(); i++) {
                    if (sheets.get(i)[0].equals(wanted) || String.valueOf(i + 1).equals(wanted.trim())) {
                        chosen.add(sheets.get(i));
                    }
                }
                if (chosen.isEmpty()) {
                    List<String> names = new ArrayList<>();
                    for (String[] s : sheets) {
                        names.add(s[0]);
                    }
                    throw new OrigoException(XlsxMessages.get("xlsx.sheet.unknown", wanted, String.join(", ", names)), file,
                            -1, "sheet", null);
                }
            } else {
                chosen.addAll(sheets);
            }
            int imported = 0;
            OrigoException firstFailure = null;
            for (String[] s : chosen) {
                try {
                    if (sheet(s[0], s[1], mapping)) {
                        imported++;
                    }
                } catch (OrigoException e) {
                    if (wanted != null || chosen.size() == 1) {
                        throw e;
                    }
                    if (firstFailure == null) {
                        firstFailure = e;
                    }
                    ctx.problem(Severity.INFO, -1, s[0], XlsxMessages.get("xlsx.sheet.skipped", s[0]));
                }
            }
            if (imported == 0) {
                // a sheet that failed otherwise than for want of headers says more than the summary
                if (firstFailure != null && (chosen.size() == 1 || searched.size() < chosen.size())) {
                    throw firstFailure;
                }
                if (chosen.isEmpty()) {
                    throw new OrigoException(XlsxMessages.get("xlsx.sheet.nosheets"), file, -1, "xl/workbook.xml", null);
                }
                List<String> names = new ArrayList<>();
                for (String[] sh : chosen) {
                    names.add(sh[0]);
                }
                List<String> en = new ArrayList<>();
                List<String> zh = new ArrayList<>();
                for (Text t : searched) {
                    en.add(t.en());
                    zh.add(t.zh());
                }
                Text none = new Text(XlsxMessages.get("xlsx.sheet.none", String.join("; ", en)).en(),
                        XlsxMessages.get("xlsx.sheet.none", String.join("；", zh)).zh());
                throw new OrigoException(none, file, -1,
                        String.join(", ", names), null);
            }
        }

        private InputStream part(String name) throws OrigoException, IOException {
            ZipEntry e = zip.getEntry(name);
            if (e == null) {
                return null;
            }
            long size = e.getSize();
            long csize = e.getCompressedSize();
            if (size > (1 << 20) && csize > 0 && size / csize > MAX_RATIO) {
                throw new OrigoException(XlsxMessages.get("xlsx.limit.ratio", name, size / csize, MAX_RATIO), file, -1, name, null);
            }
            long limit = size >= 0 ? Math.min(size, MAX_PART) : MAX_PART;
            InputStream in = zip.getInputStream(e);
            return new FilterInputStream(in) {
                long count;

                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0 && ++count > limit) {
                        throw new IOException(XlsxMessages.get("xlsx.limit.size", name, limit >> 20).en());
                    }
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n > 0 && (count += n) > limit) {
                        throw new IOException(XlsxMessages.get("xlsx.limit.size", name, limit >> 20).en());
                    }
                    return n;
                }
            };
        }

        private XMLStreamReader xml(InputStream in, String name) throws OrigoException {
            try {
                return TreeReader.secureXmlFactory().createXMLStreamReader(in);
            } catch (XMLStreamException e) {
                throw new OrigoException(XlsxMessages.get("xlsx.xml.invalid", name, String.valueOf(e.getMessage())), file, -1,
                        name, null);
            }
        }

        /** Sheet names and their part names, in workbook order. */
        private List<String[]> sheets() throws OrigoException, IOException {
            Map<String, String> rels = new HashMap<>();
            try (InputStream in = part("xl/_rels/workbook.xml.rels")) {
                if (in != null) {
                    XMLStreamReader r = xml(in, "xl/_rels/workbook.xml.rels");
                    try {
                        while (more(r)) {
                            if (next(r, "xl/_rels/workbook.xml.rels") == XMLStreamConstants.START_ELEMENT
                                    && r.getLocalName().equals("Relationship")) {
                                String target = r.getAttributeValue(null, "Target");
                                if (target != null) {
                                    target = target.startsWith("/") ? target.substring(1) : "xl/" + target;
                                    rels.put(r.getAttributeValue(null, "Id"), target);
                                }
                            }
                        }
                    } finally {
                        close(r);
                    }
                }
            }
            List<String[]> out = new ArrayList<>();
            try (InputStream in = part("xl/workbook.xml")) {
                if (in == null) {
                    throw new OrigoException(XlsxMessages.get("xlsx.not.workbook", "xl/workbook.xml"), file, -1, null, null);
                }
                XMLStreamReader r = xml(in, "xl/workbook.xml");
                try {
                    int n = 0;
                    while (more(r)) {
                        if (next(r, "xl/workbook.xml") == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheet")) {
                            n++;
                            String name = r.getAttributeValue(null, "name");
                            String rid = null;
                            for (int i = 0; i < r.getAttributeCount(); i++) {
                                if (r.getAttributeLocalName(i).equals("id")) {
                                    rid = r.getAttributeValue(i);
                                }
                            }
                            String target = rels.getOrDefault(rid, "xl/worksheets/sheet" + n + ".xml");
                            out.add(new String[] { name == null ? "Sheet" + n : name, target });
                        }
                    }
                } finally {
                    close(r);
                }
            }
            return out;
        }

        private void sharedStrings() throws OrigoException, IOException {
            try (InputStream in = part("xl/sharedStrings.xml")) {
                if (in == null) {
                    return;
                }
                sharedPart = true;
                XMLStreamReader r = xml(in, "xl/sharedStrings.xml");
                try {
                    StringBuilder sb = null;
                    long total = 0;
                    boolean inT = false;
                    boolean inRph = false;
                    while (more(r)) {
                        int ev = next(r, "xl/sharedStrings.xml");
                        if (ev == XMLStreamConstants.START_ELEMENT) {
                            String n = r.getLocalName();
                            if (n.equals("si")) {
                                sb = new StringBuilder();
                            } else if (n.equals("t")) {
                                inT = true;
                            } else if (n.equals("rPh")) {
                                inRph = true; // phonetic hints are not part of the text
                            }
                        } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                            if (inT && !inRph && sb != null) {
                                total += r.getTextLength();
                                if (sb.length() + r.getTextLength() > MAX_CELL) {
                                    throw new OrigoException(XlsxMessages.get("xlsx.shared.long", shared.size(), MAX_CELL), file,
                                            r.getLocation().getLineNumber(), "xl/sharedStrings.xml", null);
                                }
                                if (total > MAX_SHARED_CHARS) {
                                    throw new OrigoException(XlsxMessages.get("xlsx.limit.strings", MAX_SHARED_CHARS),
                                            file, -1, "xl/sharedStrings.xml", null);
                                }
                                sb.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                            }
                        } else if (ev == XMLStreamConstants.END_ELEMENT) {
                            String n = r.getLocalName();
                            if (n.equals("si") && sb != null) {
                                shared.add(sb.toString());
                                sb = null;
                            } else if (n.equals("t")) {
                                inT = false;
                            } else if (n.equals("rPh")) {
                                inRph = false;
                            }
                        }
                    }
                } finally {
                    close(r);
                }
            }
        }

        /** Which cell styles (index into cellXfs) show numbers as dates. */
        private void styles() throws OrigoException, IOException {
            try (InputStream in = part("xl/styles.xml")) {
                if (in == null) {
                    return;
                }
                XMLStreamReader r = xml(in, "xl/styles.xml");
                Set<Integer> customDates = new HashSet<>();
                try {
                    boolean inXfs = false;
                    int xf = 0;
                    while (more(r)) {
                        int ev = next(r, "xl/styles.xml");
                        if (ev == XMLStreamConstants.START_ELEMENT) {
                            String n = r.getLocalName();
                            if (n.equals("numFmt")) {
                                String code = r.getAttributeValue(null, "formatCode");
                                String id = r.getAttributeValue(null, "numFmtId");
                                if (code != null && id != null && isDateFormat(code)) {
                                    customDates.add(Integer.parseInt(id));
                                }
                            } else if (n.equals("cellXfs")) {
                                inXfs = true;
                            } else if (n.equals("xf") && inXfs) {
                                String id = r.getAttributeValue(null, "numFmtId");
                                int f = id == null ? 0 : Integer.parseInt(id);
                                if ((f >= 14 && f <= 22) || (f >= 45 && f <= 47) || (f >= 27 && f <= 36) || (f >= 50 && f <= 58)
                                        || customDates.contains(f)) {
                                    dateStyles.add(xf);
                                }
                                xf++;
                            }
                        } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
                            inXfs = false;
                        }
                    }
                } catch (NumberFormatException e) {
                    // a damaged style table: dates then show as numbers
                } finally {
                    close(r);
                }
            }
        }

        static boolean isDateFormat(String code) {
            boolean quoted = false;
            boolean date = false;
            for (int i = 0; i < code.length(); i++) {
                char c = code.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted) {
                    if (c == '[') {
                        int end = code.indexOf(']', i);
                        i = end < 0 ? code.length() : end;
                    } else if (c == 'y' || c == 'd' || c == 'Y' || c == 'D') {
                        date = true;
                    } else if (c == '0' || c == '#') {
                        return false;
                    }
                }
            }
            return date;
        }

        /** Merged ranges, scanned before the rows (they are written after them). */
        private List<int[]> merges(String part) throws OrigoException, IOException {
            List<int[]> out = new ArrayList<>();
            try (InputStream in = part(part)) {
                if (in == null) {
                    return out;
                }
                XMLStreamReader r = xml(in, part);
                try {
                    while (more(r)) {
                        if (next(r, part) == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("mergeCell")) {
                            String ref = r.getAttributeValue(null, "ref");
                            int colon = ref == null ? -1 : ref.indexOf(':');
                            if (colon > 0) {
                                int[] a = cellRef(ref.substring(0, colon));
                                int[] b = cellRef(ref.substring(colon + 1));
                                if (a != null && b != null && a[1] < Ledger.HEADER_SEARCH + 1) {
                                    out.add(new int[] { a[0], a[1], b[0], b[1] });
                                }
                            }
                        }
                    }
                } finally {
                    close(r);
                }
            }
            return out;
        }

        /** Imports one sheet; false when it has no known headers. */
        private boolean sheet(String name, String part, Mapping mapping) throws OrigoException, IOException {
            if (zip.getEntry(part) == null) {
                throw new OrigoException(XlsxMessages.get("xlsx.not.workbook", part), file, -1, name, null);
            }
            List<int[]> merged = merges(part);
            danglingShared = 0;
            currentSheet = name;
            String where = file + "!" + name;
            Ledger ledger = new Ledger(where, mapping, new SheetContext(ctx, name), sink);
            List<String[]> first = new ArrayList<>();
            List<Integer> widths = new ArrayList<>();
            List<Long> lines = new ArrayList<>();
            int[] state = { 0, -1 }; // rows seen, header index
            List<String[]> ahead = new ArrayList<>();
            List<Long> aheadLines = new ArrayList<>();
            boolean[] streaming = { false };
            RowHandler handler = (cells, n, rowNumber) -> {
                if (state[1] < 0) {
                    first.add(java.util.Arrays.copyOf(cells, n));
                    widths.add(n);
                    lines.add(rowNumber);
                    if (first.size() == Ledger.HEADER_SEARCH) {
                        state[1] = start(ledger, first, widths, lines, merged, mapping, ahead, aheadLines);
                    }
                    return;
                }
                if (!streaming[0]) {
                    ahead.add(java.util.Arrays.copyOf(cells, n));
                    aheadLines.add(rowNumber);
                    if (ahead.size() >= Ledger.SAMPLE_ROWS) {
                        flushAhead(ledger, ahead, aheadLines);
                        streaming[0] = true;
                    }
                    return;
                }
                emit(ledger, cells, n, rowNumber);
            };
            try (InputStream in = part(part)) {
                rows(xml(in, part), part, handler);
            }
            if (state[1] < 0) {
                if (first.isEmpty()) {
                    searched.add(XlsxMessages.get("xlsx.sheet.empty", name));
                    return false;
                }
                state[1] = start(ledger, first, widths, lines, merged, mapping, ahead, aheadLines);
            }
            if (danglingShared > 0 && !sharedPart) {
                ctx.problem(Severity.WARNING, -1, "xl/sharedStrings.xml",
                        XlsxMessages.get("xlsx.shared.missing.cells", name, danglingShared));
            }
            if (!streaming[0]) {
                flushAhead(ledger, ahead, aheadLines);
            }
            ledger.finish();
            return true;
        }

        /** Finds the header among the first rows (merged cells filled in) and keeps the rows after it. */
        private int start(Ledger ledger, List<String[]> first, List<Integer> widths, List<Long> lines, List<int[]> merged,
                Mapping mapping, List<String[]> ahead, List<Long> aheadLines) throws OrigoException {
            // a merged header cell gives its value to every cell it covers
            for (int[] m : merged) {
                String v = null;
                int top = indexOfRow(lines, m[1]);
                if (top >= 0 && m[0] < first.get(top).length) {
                    v = first.get(top)[m[0]];
                }
                if (v == null || v.isBlank()) {
                    continue;
                }
                for (int row = m[1]; row <= m[3]; row++) {
                    int i = indexOfRow(lines, row);
                    if (i < 0) {
                        continue;
                    }
                    String[] cells = first.get(i);
                    if (cells.length <= m[2]) {
                        cells = java.util.Arrays.copyOf(cells, m[2] + 1);
                        first.set(i, cells);
                        widths.set(i, cells.length);
                    }
                    for (int col = m[0]; col <= m[2]; col++) {
                        if (cells[col] == null || cells[col].isBlank()) {
                            cells[col] = v;
                        }
                    }
                }
            }
            int h = Ledger.findHeader(first, widths, mapping);
            if (h < 0) {
                if (danglingShared > 0 && !sharedPart) {
                    // the header texts are in a shared-string part that is not there
                    throw new OrigoException(XlsxMessages.get("xlsx.shared.missing", currentSheet, danglingShared), file,
                            lines.get(0), "xl/sharedStrings.xml", null);
                }
                String rows = lines.get(0) + "–" + lines.get(lines.size() - 1);
                searched.add(XlsxMessages.get("xlsx.sheet.rows", currentSheet, rows));
                throw new OrigoException(XlsxMessages.get("xlsx.sheet.none.in", currentSheet, rows, lines.size()), file,
                        lines.get(0), currentSheet, null);
            }
            ledger.header(first.get(h), widths.get(h), lines.get(h));
            for (int i = h + 1; i < first.size(); i++) {
                ahead.add(first.get(i));
                aheadLines.add(lines.get(i));
            }
            return h;
        }

        private static int indexOfRow(List<Long> lines, int row) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i) == row) {
                    return i;
                }
            }
            return -1;
        }

        private void flushAhead(Ledger ledger, List<String[]> ahead, List<Long> aheadLines) {
            for (String[] r : ahead) {
                ledger.sample(r, r.length);
            }
            for (int i = 0; i < ahead.size(); i++) {
                emit(ledger, ahead.get(i), ahead.get(i).length, aheadLines.get(i));
            }
            ahead.clear();
            aheadLines.clear();
        }

        private void emit(Ledger ledger, String[] cells, int n, long row) {
            if (Ledger.blank(cells, n)) {
                return;
            }
            if (ledger.isHeader(cells, n)) {
                return;
            }
            ledger.row(cells, n, row);
        }

        /** Called with each row's cells (column-indexed, gaps null) and its 1-based row number. */
        interface RowHandler {
            void row(String[] cells, int n, long rowNumber) throws OrigoException;
        }

        private void rows(XMLStreamReader r, String part, RowHandler handler) throws OrigoException {
            String[] cells = new String[64];
            int width = 0;
            long rowNumber = 0;
            int col = -1;
            String type = null;
            int style = -1;
            StringBuilder value = new StringBuilder();
            boolean inValue = false;
            String cellRef = null;
            try {
                while (more(r)) {
                    int ev = next(r, part);
                    if (ev == XMLStreamConstants.START_ELEMENT) {
                        String n = r.getLocalName();
                        switch (n) {
                        case "row": {
                            java.util.Arrays.fill(cells, 0, width, null);
                            width = 0;
                            String rn = r.getAttributeValue(null, "r");
                            rowNumber = rn == null ? rowNumber + 1 : Long.parseLong(rn);
                            col = -1;
                            break;
                        }
                        case "c": {
                            String ref = r.getAttributeValue(null, "r");
                            cellRef = ref;
                            int[] rc = ref == null ? null : cellRef(ref);
                            col = rc == null ? col + 1 : rc[0];
                            if (col >= MAX_COLUMNS) {
                                throw new OrigoException(XlsxMessages.get("xlsx.xml.invalid", part, "column " + (col + 1)),
                                        file, rowNumber, ref, null);
                            }
                            type = r.getAttributeValue(null, "t");
                            String s = r.getAttributeValue(null, "s");
                            style = s == null ? -1 : Integer.parseInt(s);
                            value.setLength(0);
                            break;
                        }
                        case "v":
                        case "t":
                            inValue = true;
                            break;
                        default:
                            break;
                        }
                    } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                        if (inValue) {
                            if (value.length() + r.getTextLength() > MAX_CELL) {
                                throw new OrigoException(XlsxMessages.get("xlsx.cell.long", cellRef == null ? "?" : cellRef, part,
                                        MAX_CELL), file, rowNumber, cellRef == null ? part : currentSheet + "!" + cellRef, null);
                            }
                            value.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                        }
                    } else if (ev == XMLStreamConstants.END_ELEMENT) {
                        String n = r.getLocalName();
                        if (n.equals("v") || n.equals("t")) {
                            inValue = false;
                        } else if (n.equals("c") && col >= 0) {
                            if (col >= cells.length) {
                                cells = java.util.Arrays.copyOf(cells, Math.max(col + 1, cells.length * 2));
                            }
                            cells[col] = cellText(type, style, value.toString());
                            width = Math.max(width, col + 1);
                        } else if (n.equals("row")) {
                            handler.row(cells, width, rowNumber);
                        }
                    }
                }
            } catch (NumberFormatException e) {
                throw new OrigoException(XlsxMessages.get("xlsx.xml.invalid", part, e.getMessage()), file, rowNumber, null, null);
            } finally {
                close(r);
            }
        }

        private String cellText(String type, int style, String v) {
            if (v.isEmpty()) {
                return null;
            }
            if ("s".equals(type)) {
                try {
                    int i = Integer.parseInt(v.trim());
                    if (i >= 0 && i < shared.size()) {
                        return shared.get(i);
                    }
                    danglingShared++;
                    return null;
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            if ("b".equals(type)) {
                return "1".equals(v) ? "TRUE" : "FALSE";
            }
            if (type == null || "n".equals(type)) {
                if (style >= 0 && dateStyles.contains(style)) {
                    try {
                        double d = Double.parseDouble(v);
                        if (d > 0 && d < 2_958_466) {
                            return LocalDate.of(1899, 12, 30).plusDays((long) Math.floor(d)).toString();
                        }
                    } catch (NumberFormatException e) {
                        return v;
                    }
                }
                // whole numbers written as 12345.0 by some writers
                if (v.endsWith(".0")) {
                    return v.substring(0, v.length() - 2);
                }
            }
            return v;
        }

        private boolean more(XMLStreamReader r) throws OrigoException {
            try {
                return r.hasNext();
            } catch (XMLStreamException e) {
                throw new OrigoException(XlsxMessages.get("xlsx.xml.invalid", "?", String.valueOf(e.getMessage())), file, -1,
                        null, null);
            }
        }

        private int next(XMLStreamReader r, String part) throws OrigoException {
            try {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD || ev == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new OrigoException(XlsxMessages.get("xlsx.dtd", part), file, r.getLocation().getLineNumber(), part, null);
                }
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        String v = r.getAttributeValue(i);
                        if (v != null && v.length() > MAX_ATTRIBUTE) {
                            throw new OrigoException(XlsxMessages.get("xlsx.attribute.long", r.getAttributeLocalName(i),
                                    r.getLocalName(), part, v.length(), MAX_ATTRIBUTE), file, r.getLocation().getLineNumber(),
                                    part, null);
                        }
                    }
                }
                return ev;
            } catch (XMLStreamException e) {
                throw new OrigoException(XlsxMessages.get("xlsx.xml.invalid", part, String.valueOf(e.getMessage())), file,
                        e.getLocation() == null ? -1 : e.getLocation().getLineNumber(), part, null);
            }
        }

        private static void close(XMLStreamReader r) {
            try {
                r.close();
            } catch (XMLStreamException e) {
                // nothing held
            }
        }
    }

    /** {@code "BC12"} → {column index 54, row 12}; null when malformed. */
    static int[] cellRef(String ref) {
        int col = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
            if (col > 1_000_000) {
                return null;
            }
        }
        if (i == 0 || i == ref.length()) {
            return null;
        }
        try {
            return new int[] { col - 1, Integer.parseInt(ref.substring(i)) };
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Names the sheet as the field of row problems that have none. */
    static final class SheetContext implements ImportContext {
        private final ImportContext inner;
        private final String sheet;

        SheetContext(ImportContext inner, String sheet) {
            this.inner = inner;
            this.sheet = sheet;
        }

        @Override
        public org.origo.api.Progress progress() {
            return inner.progress();
        }

        @Override
        public Map<String, String> options() {
            return inner.options();
        }

        @Override
        public Path mapping() {
            return inner.mapping();
        }

        @Override
        public void problem(Severity severity, long line, String field, Text text) {
            inner.problem(severity, line, field == null ? sheet : sheet + "!" + field, text);
        }

        @Override
        public boolean strict() {
            return inner.strict();
        }
    }
}
