package org.origo.inventory.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.inventory.api.AssetSink;
import org.origo.inventory.api.ImportContext;
import org.origo.inventory.api.ImportPreview;
import org.origo.inventory.api.ImportSource;
import org.origo.inventory.api.InventoryImporter;
import org.origo.inventory.csv.internal.i18n.CsvMessages;
import org.origo.inventory.csv.ledger.Field;
import org.origo.inventory.csv.ledger.Ledger;
import org.origo.inventory.csv.ledger.Mapping;
import org.origo.inventory.spi.Encodings;
import org.origo.model.Severity;
import org.origo.model.SoftwareTitle;
import org.osgi.service.component.annotations.Component;

/**
 * CSV and TSV ledgers as IT offices export them from spreadsheets: any of the usual encodings,
 * delimiters and line ends, a header in English or Chinese found among the first rows, repeated
 * headers and blank rows skipped. Streams the rows: memory does not grow with the file.
 */
@Component(service = InventoryImporter.class, property = { InventoryImporter.PROP_ID + "=csv",
        InventoryImporter.PROP_LABEL + "=CSV / TSV ledger", InventoryImporter.PROP_EXTENSIONS + "=csv",
        InventoryImporter.PROP_EXTENSIONS + "=tsv", InventoryImporter.PROP_EXTENSIONS + "=txt" })
public class CsvImporter implements InventoryImporter {

    static final int HEAD = 64 * 1024;

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public Text label() {
        return CsvMessages.get("importer.label");
    }

    @Override
    public int sniff(ImportSource source) throws IOException {
        byte[] head = source.head(HEAD);
        if (head.length == 0) {
            return 0;
        }
        String name = source.name().toLowerCase(Locale.ROOT);
        boolean ext = name.endsWith(".csv") || name.endsWith(".tsv");
        // binary content (zip, images, executables) is never a ledger
        int zeros = 0;
        for (int i = 0; i < Math.min(head.length, 4096); i++) {
            if (head[i] == 0) {
                zeros++;
            }
        }
        Dialect d;
        try {
            d = Dialect.detect(head, null, null);
        } catch (OrigoException e) {
            return 0;
        }
        boolean utf16 = d.encoding().charset().name().startsWith("UTF-16");
        if (zeros > 0 && !utf16) {
            return 0;
        }
        String text = Dialect.decode(head, d.encoding());
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("<") || trimmed.startsWith("{") || trimmed.startsWith("[")) {
            return ext ? 5 : 0;
        }
        int known = knownHeaders(text, d.delimiter());
        if (known >= 2) {
            return 80;
        }
        if (ext) {
            return d.columns() >= 2 ? 50 : 30;
        }
        return known == 1 && d.columns() >= 2 ? 20 : 0;
    }

    private static int knownHeaders(String text, char delimiter) {
        // the header may sit below a title row: look at the first lines
        int best = 0;
        int start = 0;
        for (int l = 0; l < Ledger.HEADER_SEARCH && start < text.length(); l++) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            int known = 0;
            int s = 0;
            while (s <= line.length()) {
                int e = line.indexOf(delimiter, s);
                if (e < 0) {
                    e = line.length();
                }
                String cell = line.substring(s, e).replace("\"", "").strip();
                if (!cell.isEmpty() && Field.ofHeader(cell) != null) {
                    known++;
                }
                s = e + 1;
            }
            best = Math.max(best, known);
            start = end + 1;
        }
        return best;
    }

    @Override
    public void read(ImportSource source, AssetSink sink, ImportContext context) throws OrigoException {
        run(source, sink, context, -1, null);
    }

    @Override
    public Optional<ImportPreview> preview(ImportSource source, ImportContext context) throws OrigoException {
        List<Map<String, String>> rows = new ArrayList<>();
        Map<String, String> detected = new LinkedHashMap<>();
        List<Text> notes = new ArrayList<>();
        ImportContext collecting = new ImportContext() {
            @Override
            public org.origo.api.Progress progress() {
                return context.progress();
            }

            @Override
            public Map<String, String> options() {
                return context.options();
            }

            @Override
            public java.nio.file.Path mapping() {
                return context.mapping();
            }

            @Override
            public void problem(Severity severity, long line, String field, Text text) {
                if (notes.size() < 20) {
                    String where = (line > 0 ? line + ": " : "") + (field != null ? field + ": " : "");
                    notes.add(new Text(where + text.en(), where + text.zh()));
                }
            }

            @Override
            public boolean strict() {
                return false;
            }
        };
        AssetSink none = new AssetSink() {
            @Override
            public SoftwareTitle title(String name, String publisher, String version) {
                SoftwareTitle t = org.origo.model.OrigoFactory.eINSTANCE.createSoftwareTitle();
                t.setName(name);
                t.setPublisher(publisher);
                t.setVersion(version);
                return t;
            }

            @Override
            public void accept(org.origo.model.Asset asset, long record) {
                // the preview shows raw fields, not assets
            }
        };
        Ledger[] ledger = new Ledger[1];
        run(source, none, collecting, 10, new PreviewSink(rows, detected, ledger));
        return Optional.of(new ImportPreview(source.name(), id(), detected,
                ledger[0] == null ? List.of() : ledger[0].columns(), ledger[0] == null ? List.of() : ledger[0].mappedIds(),
                rows, notes));
    }

    /** What a preview collects while the rows are read. */
    record PreviewSink(List<Map<String, String>> rows, Map<String, String> detected, Ledger[] ledger) {
    }

    /**
     * Reads the ledger; with {@code maxRows} ≥ 0 stops after that many data rows (preview).
     */
    private void run(ImportSource source, AssetSink sink, ImportContext ctx, int maxRows, PreviewSink preview)
            throws OrigoException {
        String file = source.name();
        Mapping mapping = Mapping.read(ctx.mapping());
        String encOpt = ctx.options().getOrDefault("encoding", mapping.setting("encoding"));
        String delimOpt = ctx.options().getOrDefault("delimiter", mapping.setting("delimiter"));
        byte[] head;
        try {
            head = source.head(HEAD);
        } catch (IOException e) {
            throw new OrigoException(CsvMessages.get("csv.unreadable", e.getMessage()), file, -1, null, e);
        }
        Dialect dialect = Dialect.detect(head, encOpt, delimOpt);
        Ledger ledger = new Ledger(file, mapping, ctx, sink);
        if (preview != null) {
            preview.detected().put("encoding", dialect.encoding().label());
            preview.detected().put("delimiter", dialect.delimiterName());
            preview.ledger()[0] = ledger;
        }
        long line = -1;
        try (InputStream in = source.open(); Reader r = Encodings.reader(in, dialect.encoding())) {
            CsvParser p = new CsvParser(r, dialect.delimiter());
            // the header: among the first rows, the first naming known columns
            List<String[]> first = new ArrayList<>();
            List<Integer> widths = new ArrayList<>();
            List<Long> lines = new ArrayList<>();
            while (first.size() < Ledger.HEADER_SEARCH && p.next()) {
                first.add(p.copy());
                widths.add(p.count());
                lines.add(p.line());
            }
            int headerRow;
            String forcedHeader = mapping.setting("header-row");
            if (forcedHeader != null) {
                headerRow = Math.max(0, Integer.parseInt(forcedHeader.trim()) - 1);
            } else {
                headerRow = Ledger.findHeader(first, widths, mapping);
            }
            if (headerRow < 0 || headerRow >= first.size()) {
                throw new OrigoException(CsvMessages.get("csv.no.header"), file, 1, null, null);
            }
            for (int i = 0; i < headerRow; i++) {
                if (!Ledger.blank(first.get(i), widths.get(i))) {
                    ctx.problem(Severity.INFO, lines.get(i), null, CsvMessages.get("csv.header.skipped"));
                }
            }
            line = lines.get(headerRow);
            ledger.header(first.get(headerRow), widths.get(headerRow), line);
            if (preview != null) {
                preview.detected().put("header row", String.valueOf(line));
            }
            // read ahead to decide column formats, then import
            List<String[]> ahead = new ArrayList<>();
            List<Long> aheadLines = new ArrayList<>();
            for (int i = headerRow + 1; i < first.size(); i++) {
                ahead.add(first.get(i));
                aheadLines.add(lines.get(i));
            }
            int sampleLimit = maxRows >= 0 ? Math.max(maxRows, 200) : Ledger.SAMPLE_ROWS;
            while (ahead.size() < sampleLimit && p.next()) {
                ahead.add(p.copy());
                aheadLines.add(p.line());
            }
            for (String[] row : ahead) {
                ledger.sample(row, row.length);
            }
            int emitted = 0;
            for (int i = 0; i < ahead.size(); i++) {
                String[] row = ahead.get(i);
                line = aheadLines.get(i);
                if (emit(ledger, row, row.length, line, ctx, preview)) {
                    emitted++;
                    if (maxRows >= 0 && emitted >= maxRows) {
                        break;
                    }
                }
            }
            ahead.clear();
            if (maxRows < 0) {
                while (p.next()) {
                    line = p.line();
                    emit(ledger, p.fields(), p.count(), line, ctx, null);
                }
            }
            if (preview != null) {
                preview.detected().put("line ends", p.lineEnds());
                preview.detected().putAll(ledger.detected());
            }
            ledger.finish();
        } catch (CsvParser.Malformed e) {
            throw new OrigoException(CsvMessages.get(e.key, e.arg), file, e.line, null, null);
        } catch (NumberFormatException e) {
            throw new OrigoException(CsvMessages.get("mapping.line.invalid"), String.valueOf(ctx.mapping()), -1,
                    "@header-row", null);
        } catch (IOException e) {
            throw new OrigoException(CsvMessages.get("csv.unreadable", e.getMessage()), file, line, null, e);
        }
    }

    private static boolean emit(Ledger ledger, String[] row, int n, long line, ImportContext ctx, PreviewSink preview) {
        if (Ledger.blank(row, n)) {
            return false;
        }
        if (ledger.isHeader(row, n)) {
            ctx.problem(Severity.INFO, line, null, CsvMessages.get("csv.header.repeated"));
            return false;
        }
        if (preview != null) {
            preview.rows().add(ledger.preview(row, n));
        }
        ledger.row(row, n, line);
        return true;
    }
}
