package org.origo.inventory.csv.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.inventory.api.AssetSink;
import org.origo.inventory.api.ImportContext;
import org.origo.inventory.csv.internal.i18n.CsvMessages;
import org.origo.inventory.spi.Interner;
import org.origo.inventory.spi.Kinds;
import org.origo.inventory.spi.Parts;
import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.Severity;

/**
 * Turns the rows of one ledger (CSV, TSV or an XLSX sheet) into assets. Usage: {@link #findHeader}
 * on the first rows, {@link #header}, then {@link #sample} the first rows (date formats),
 * then {@link #row} for every row, then {@link #finish()}.
 */
public final class Ledger {

    /** Rows looked at for the header. */
    public static final int HEADER_SEARCH = 10;
    /** Rows read ahead to decide column formats (dates) before importing. */
    public static final int SAMPLE_ROWS = 2000;

    private final String file;
    private final Mapping mapping;
    private final ImportContext ctx;
    private final AssetSink sink;
    private final Interner interner = new Interner(200_000);
    private final Map<String, AssetKind> kindCache = new HashMap<>();
    private String[] headers = new String[0];
    private Field[] fields = new Field[0];
    private String[] headerKeys = new String[0];
    private DateColumn dates;
    private int dateColumn = -1;
    private boolean memoryInGb;
    private final String dateFormat;
    private int width;

    public Ledger(String file, Mapping mapping, ImportContext ctx, AssetSink sink) {
        this.file = file;
        this.mapping = mapping == null ? Mapping.none() : mapping;
        this.ctx = ctx;
        this.sink = sink;
        String f = ctx.options().get("date-format");
        this.dateFormat = f != null ? f : this.mapping.setting("date-format");
    }

    /**
     * Which of the first rows is the header: the one naming the most known columns (at least two,
     * or one when the ledger is that narrow; the earliest on a tie), else the first non-blank row;
     * -1 when all are blank.
     */
    public static int findHeader(List<String[]> rows, List<Integer> widths, Mapping mapping) {
        int firstNonBlank = -1;
        int best = -1;
        int bestKnown = 0;
        for (int r = 0; r < rows.size() && r < HEADER_SEARCH; r++) {
            String[] row = rows.get(r);
            int n = widths.get(r);
            if (blank(row, n)) {
                continue;
            }
            if (firstNonBlank < 0) {
                firstNonBlank = r;
            }
            int known = 0;
            for (int c = 0; c < n; c++) {
                if (row[c] != null && mapping.field(row[c]) != null) {
                    known++;
                }
            }
            // the row naming the most known columns (two-level headers: the lower, more specific row)
            if (known > bestKnown && (known >= 2 || known == countNonBlank(row, n))) {
                best = r;
                bestKnown = known;
            }
        }
        return best >= 0 ? best : firstNonBlank;
    }

    private static int countNonBlank(String[] row, int n) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (row[i] != null && !row[i].isBlank()) {
                k++;
            }
        }
        return k;
    }

    /** Whether every cell is empty. */
    public static boolean blank(String[] row, int n) {
        for (int i = 0; i < n; i++) {
            if (row[i] != null && !row[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Sets the header; fails when no column is known. */
    public void header(String[] cells, int n, long line) throws OrigoException {
        width = n;
        headers = new String[n];
        fields = new Field[n];
        headerKeys = new String[n];
        int known = 0;
        for (int i = 0; i < n; i++) {
            String h = cells[i] == null ? "" : cells[i].strip();
            headers[i] = h;
            headerKeys[i] = Field.key(h);
            Field f = h.isEmpty() ? null : mapping.field(h);
            if (f == Field.IGNORE) {
                f = null;
            }
            // a field already taken by an earlier column keeps the first
            for (int k = 0; k < i && f != null; k++) {
                if (fields[k] == f) {
                    f = null;
                }
            }
            fields[i] = f;
            if (f != null) {
                known++;
                if (f == Field.PURCHASE_DATE) {
                    dates = new DateColumn(dateFormat);
                    dateColumn = i;
                }
                if (f == Field.MEMORY_MB && headerKeys[i].contains("gb")) {
                    memoryInGb = true;
                }
            }
        }
        if (known == 0) {
            throw new OrigoException(CsvMessages.get("csv.no.columns"), file, line, null, null);
        }
    }

    /** Whether a row repeats the header (ledgers pasted together). */
    public boolean isHeader(String[] cells, int n) {
        if (n < width || width == 0) {
            return false;
        }
        int same = 0;
        for (int i = 0; i < width; i++) {
            String c = cells[i] == null ? "" : cells[i].strip();
            if (c.equals(headers[i])) {
                same++;
            }
        }
        return same == width || (same >= 2 && same >= width - 1);
    }

    /** Learns column formats from a row read ahead. */
    public void sample(String[] cells, int n) {
        if (dates != null && dateColumn < n) {
            dates.sample(cells[dateColumn]);
        }
    }

    /** The column headers. */
    public List<String> columns() {
        return List.of(headers);
    }

    /** For each column, the field id it maps to, or null. */
    public List<String> mappedIds() {
        List<String> out = new ArrayList<>();
        for (Field f : fields) {
            out.add(f == null ? null : f.id());
        }
        return out;
    }

    /** Settings detected per column (date formats), for previews. */
    public Map<String, String> detected() {
        Map<String, String> m = new LinkedHashMap<>();
        if (dates != null) {
            String d = dates.describe();
            m.put("date-format", d != null ? d : CsvMessages.get("preview.date.undecided").en());
        }
        return m;
    }

    /** A row as the preview shows it: field id → value, for mapped, non-empty cells. */
    public Map<String, String> preview(String[] cells, int n) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(n, width); i++) {
            if (fields[i] != null && cells[i] != null && !cells[i].isBlank()) {
                m.put(fields[i].id(), cells[i].strip());
            }
        }
        return m;
    }

    /** Builds the asset of one row and hands it to the sink. */
    public void row(String[] cells, int n, long line) {
        if (n != width) {
            if (n < width) {
                if (n > 1) {
                    problem(Severity.INFO, line, null, CsvMessages.get("csv.row.short", n, width));
                }
            } else {
                boolean extra = false;
                for (int i = width; i < n; i++) {
                    if (cells[i] != null && !cells[i].isBlank()) {
                        extra = true;
                        break;
                    }
                }
                if (extra) {
                    problem(Severity.WARNING, line, null, CsvMessages.get("csv.row.long", n, width));
                }
            }
        }
        Asset a = Parts.asset(null);
        Component sys = null;
        Component cpu = null;
        Component os = null;
        Component fw = null;
        String software = null;
        int softwareColumn = -1;
        for (int i = 0; i < width; i++) {
            Field f = fields[i];
            if (f == null || i >= n) {
                continue;
            }
            String v = cells[i];
            if (v == null) {
                continue;
            }
            v = v.strip();
            if (v.isEmpty()) {
                continue;
            }
            switch (f) {
            case HOSTNAME:
                a.setHostname(v);
                break;
            case SERIAL:
                a.setSerial(identity(a, v, line, i));
                break;
            case UUID:
                a.setUuid(v);
                break;
            case ASSET_TAG:
                a.setAssetTag(identity(a, v, line, i));
                break;
            case MAC:
                a.setMacAddress(v);
                break;
            case TYPE:
                a.setKind(kind(v, line, i));
                break;
            case MANUFACTURER:
                sys = sys != null ? sys : Parts.add(a, ComponentKind.SYSTEM, null, null);
                sys.setVendor(interner.get(v));
                break;
            case MODEL:
                sys = sys != null ? sys : Parts.add(a, ComponentKind.SYSTEM, null, null);
                sys.setProduct(interner.get(v));
                break;
            case CPU:
                cpu = cpu != null ? cpu : Parts.add(a, ComponentKind.CPU, null, null);
                cpu.setProduct(interner.get(v));
                break;
            case CPU_VENDOR:
                cpu = cpu != null ? cpu : Parts.add(a, ComponentKind.CPU, null, null);
                cpu.setVendor(interner.get(v));
                break;
            case CPU_CORES:
                cpu = cpu != null ? cpu : Parts.add(a, ComponentKind.CPU, null, null);
                int cores = Parts.leadingInt(v);
                if (cores > 0) {
                    cpu.setCores(cores);
                } else {
                    problem(Severity.WARNING, line, headers[i], CsvMessages.get("csv.number.invalid", v));
                }
                break;
            case ARCHITECTURE:
                cpu = cpu != null ? cpu : Parts.add(a, ComponentKind.CPU, null, null);
                cpu.setArchitecture(interner.get(Parts.architecture(v)));
                break;
            case OS:
                os = os != null ? os : Parts.add(a, ComponentKind.OS, null, null);
                os.setProduct(interner.get(v));
                break;
            case OS_VERSION:
                os = os != null ? os : Parts.add(a, ComponentKind.OS, null, null);
                os.setVersion(interner.get(v));
                break;
            case BIOS_VENDOR:
                fw = fw != null ? fw : Parts.add(a, ComponentKind.FIRMWARE, null, null);
                fw.setVendor(interner.get(v));
                break;
            case BIOS_VERSION:
                fw = fw != null ? fw : Parts.add(a, ComponentKind.FIRMWARE, null, null);
                fw.setVersion(interner.get(v));
                break;
            case MEMORY_MB: {
                long mb = Parts.megabytes(v);
                if (mb > 0) {
                    boolean unit = false;
                    for (int k = 0; k < v.length(); k++) {
                        if (Character.isLetter(v.charAt(k))) {
                            unit = true;
                            break;
                        }
                    }
                    Component m = Parts.add(a, ComponentKind.MEMORY, null, null);
                    m.setCapacityMb(memoryInGb && !unit ? mb * 1024 : mb);
                } else {
                    problem(Severity.WARNING, line, headers[i], CsvMessages.get("csv.number.invalid", v));
                }
                break;
            }
            case SITE:
                a.setSite(interner.get(v));
                break;
            case DEPARTMENT:
                a.setDepartment(interner.get(v));
                break;
            case OWNER:
                a.setOwner(interner.get(v));
                break;
            case PURCHASE_DATE: {
                final int col = i;
                a.setPurchaseDate(dates.parse(v, t -> problem(Severity.WARNING, line, headers[col], t)));
                if (a.getPurchaseDate() == null) {
                    Parts.property(a, "purchaseDate.raw", v);
                }
                break;
            }
            case CRITICALITY: {
                int c = Parts.leadingInt(v);
                if (c >= 0) {
                    a.setCriticality(c);
                } else {
                    problem(Severity.WARNING, line, headers[i], CsvMessages.get("csv.number.invalid", v));
                }
                break;
            }
            case SOFTWARE:
                software = v;
                softwareColumn = i;
                break;
            default:
                break;
            }
        }
        if (!Parts.hasKind(a)) {
            a.setKind(AssetKind.UNKNOWN);
        }
        if (software != null) {
            software(a, software, line, headers[softwareColumn]);
        }
        sink.accept(a, line);
    }

    /**
     * The {@code software} column: entries separated by {@code ;}, each {@code Publisher|Name|Version}
     * (any part may be empty; an entry without {@code |} is a name).
     */
    private void software(Asset a, String v, long line, String header) {
        int start = 0;
        int len = v.length();
        while (start <= len) {
            int end = v.indexOf(';', start);
            if (end < 0) {
                end = len;
            }
            if (end > start) {
                entry(a, v, start, end, line, header);
            }
            start = end + 1;
        }
    }

    private void entry(Asset a, String v, int start, int end, long line, String header) {
        int p1 = v.indexOf('|', start);
        if (p1 < 0 || p1 >= end) {
            Parts.install(a, sink, v.substring(start, end), null, null);
            return;
        }
        int p2 = v.indexOf('|', p1 + 1);
        if (p2 < 0 || p2 >= end) {
            Parts.install(a, sink, v.substring(p1 + 1, end), v.substring(start, p1), null);
            return;
        }
        int p3 = v.indexOf('|', p2 + 1);
        int stop = end;
        if (p3 >= 0 && p3 < end) {
            problem(Severity.WARNING, line, header, CsvMessages.get("csv.software.invalid", v.substring(start, end)));
            stop = p3;
        }
        Parts.install(a, sink, v.substring(p1 + 1, p2), v.substring(start, p1), v.substring(p2 + 1, stop));
    }

    /** Serials and asset tags that Excel turned into scientific notation are flagged and not kept as identity. */
    private String identity(Asset a, String v, long line, int column) {
        if (excelScientific(v)) {
            problem(Severity.WARNING, line, headers[column], CsvMessages.get("csv.excel.damaged", v));
            Parts.property(a, "excel.damaged." + fields[column].id(), v);
            return null;
        }
        return v;
    }

    /** {@code 6.37702E+15}, {@code 1E+12}, {@code 6,37702E+15} (decimal comma). */
    static boolean excelScientific(String v) {
        int e = v.indexOf('E');
        if (e < 0) {
            e = v.indexOf('e');
        }
        if (e <= 0 || e + 2 > v.length()) {
            return false;
        }
        for (int i = 0; i < e; i++) {
            char c = v.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != ',') {
                return false;
            }
        }
        int i = e + 1;
        if (v.charAt(i) == '+' || v.charAt(i) == '-') {
            i++;
        }
        if (i >= v.length()) {
            return false;
        }
        for (; i < v.length(); i++) {
            if (!(v.charAt(i) >= '0' && v.charAt(i) <= '9')) {
                return false;
            }
        }
        return true;
    }

    private AssetKind kind(String v, long line, int column) {
        AssetKind k = kindCache.get(v);
        if (k == null) {
            k = Kinds.of(v);
            if (k == null) {
                problem(Severity.WARNING, line, headers[column], CsvMessages.get("csv.kind.unknown", v));
                return AssetKind.UNKNOWN;
            }
            if (kindCache.size() < 10_000) {
                kindCache.put(v, k);
            }
        }
        return k;
    }

    /** Column-level findings once all rows are read. */
    public void finish() {
        if (dates != null && dates.ambiguous() > 0) {
            problem(Severity.WARNING, -1, headers[dateColumn],
                    CsvMessages.get("csv.date.ambiguous.column", dates.ambiguous(), dates.ambiguousExample()));
        }
    }

    private void problem(Severity s, long line, String field, Text text) {
        ctx.problem(s, line, field, text);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
