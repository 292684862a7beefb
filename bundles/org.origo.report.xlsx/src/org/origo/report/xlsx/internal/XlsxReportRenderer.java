package org.origo.report.xlsx.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.model.AssetKind;
import org.origo.model.Project;
import org.origo.model.VerdictOutcome;
import org.origo.report.api.ReportRenderer;
import org.origo.report.api.ReportRequest;
import org.origo.report.tables.AtomicFiles;
import org.origo.report.tables.CellType;
import org.origo.report.tables.Column;
import org.origo.report.tables.Formats;
import org.origo.report.tables.Labels;
import org.origo.report.tables.ReportData;
import org.origo.report.tables.RowSink;
import org.origo.report.tables.Table;
import org.origo.report.tables.Tables;
import org.origo.report.xlsx.internal.i18n.XlsxMessages;
import org.osgi.service.component.annotations.Component;

/**
 * Writes {@code report.en.xlsx} or {@code report.zh.xlsx}: sheets Summary, Assets (with verdicts), Plan (by phase), Matches,
 * and, when there is a plan, Progress, and Findings when the matches recorded any. Sheet names and
 * column titles follow the report's language; cells are typed. A table longer than one sheet
 * continues on the next one ("Assets (2)").
 */
@Component(service = ReportRenderer.class, property = { ReportRenderer.PROP_ID + "=xlsx", ReportRenderer.PROP_FORMAT + "=xlsx" })
public class XlsxReportRenderer implements ReportRenderer {

    /** The workbook of one language: {@code report.en.xlsx}, {@code report.zh.xlsx}. */
    public static String fileName(java.util.Locale locale) {
        return "report." + (org.origo.api.Text.isChinese(locale) ? "zh" : "en") + ".xlsx";
    }

    interface Rows {
        void write(RowSink sink) throws IOException;
    }

    @Override
    public String id() {
        return "xlsx";
    }

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public Text label() {
        return XlsxMessages.get("renderer.xlsx");
    }

    @Override
    public List<Path> render(Project project, ReportRequest request) throws OrigoException {
        ReportData d = ReportData.of(project, request);
        Path target = request.outputDirectory().resolve(fileName(request.locale() == null ? java.util.Locale.ENGLISH : request.locale()));
        AtomicFiles.write(target, out -> {
            XlsxWriter x = new XlsxWriter(out);
            write(x, d, request);
            x.close();
        });
        return List.of(target);
    }

    /** Writes the sheets the request asks for (the summary at least) into the writer. */
    static void write(XlsxWriter x, ReportData d, ReportRequest request) throws IOException {
        Locale l = d.locale();
        boolean any = false;
        String title = title(d);
        if (request.wants("summary")) {
            sheet(x, Tables.SUMMARY, l, title, s -> Tables.summary(d, true, s));
            any = true;
        }
        if (request.wants("verdicts")) {
            sheet(x, Tables.ASSETS, l, title, s -> Tables.verdicts(d, true, s));
            any = true;
        }
        if (request.wants("plan") && d.plan() != null) {
            sheet(x, Tables.PLAN_EXTENDED, l, title, s -> Tables.plan(d, true, s));
            any = true;
        }
        if (request.wants("matches")) {
            sheet(x, Tables.MATCHES_EXTENDED, l, title, s -> Tables.matches(d, true, s));
            any = true;
        }
        if (request.wants("progress") && d.progress().isPresent()) {
            sheet(x, Tables.PROGRESS, l, title, s -> Tables.progress(d, s));
            any = true;
        }
        if (request.wants("findings") && d.findingCount() > 0) {
            sheet(x, Tables.FINDINGS, l, title, s -> Tables.findings(d, s));
            any = true;
        }
        if (!any) {
            sheet(x, Tables.SUMMARY, l, title, s -> Tables.summary(d, true, s));
        }
    }

    /** The title row of every sheet: the project, the profile and the date of the inventory. */
    private static String title(ReportData d) {
        Formats f = new Formats(d.locale());
        String name = d.project().getName() == null ? "" : d.project().getName();
        String inventory = d.snapshot() == null ? "" : f.date(d.snapshot().getImportedAt());
        return XlsxMessages.get(d.locale(), "sheet.title", name, d.profileId() == null ? "-" : d.profileId(), inventory);
    }

    /**
     * A cell as the workbook's reader sees it. In the Chinese workbook the machine literals of the
     * kind and verdict columns and the booleans are written in Chinese (the English workbook keeps
     * them as in the CSV contract).
     */
    private static Object localized(Column c, Object v, Locale l) {
        if (v == null || !Text.isChinese(l)) {
            return v;
        }
        if (c.type() == CellType.BOOLEAN) {
            return Labels.text(l, (Boolean) v ? "value.yes" : "value.no");
        }
        String s = v.toString();
        if (s.isEmpty()) {
            return v;
        }
        if (c.id().equals("kind") && AssetKind.get(s) != null) {
            return Labels.kind(AssetKind.get(s), l);
        }
        if (c.id().equals("verdict") && VerdictOutcome.get(s) != null) {
            return Labels.verdict(VerdictOutcome.get(s), l);
        }
        return v;
    }

    /** One table as one or more sheets (continued when it has more rows than a sheet holds). */
    static void sheet(XlsxWriter x, Table table, Locale l, String sheetTitle, Rows rows) throws IOException {
        List<Column> cols = table.columns();
        int[] widths = new int[cols.size()];
        String[] labels = new String[cols.size()];
        CellType[] types = new CellType[cols.size()];
        for (int i = 0; i < widths.length; i++) {
            Column c = cols.get(i);
            labels[i] = c.label(l);
            widths[i] = Math.max(c.width(), labels[i].length() * 2);
            types[i] = Text.isChinese(l) && c.type() == CellType.BOOLEAN ? CellType.TEXT : c.type();
        }
        String heading = table.title(l) + " — " + sheetTitle;
        String title = table.title(l);
        x.startSheet(title, widths, heading);
        x.header(labels);
        int[] part = { 1 };
        rows.write(cells -> {
            if (x.rows() >= x.maxRows()) {
                part[0]++;
                x.startSheet(XlsxMessages.get(l, "sheet.continued", title, part[0]), widths, heading);
                x.header(labels);
            }
            if (Text.isChinese(l)) {
                for (int i = 0; i < cells.length && i < cols.size(); i++) {
                    cells[i] = localized(cols.get(i), cells[i], l);
                }
            }
            x.row(cells, types);
        });
        x.endSheet();
    }
}
