package org.origo.report.csv.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.core.ProjectStore;
import org.origo.model.Project;
import org.origo.report.api.ReportRenderer;
import org.origo.report.api.ReportRequest;
import org.origo.report.csv.internal.i18n.ReportMessages;
import org.origo.report.tables.AtomicFiles;
import org.origo.report.tables.CsvCells;
import org.origo.report.tables.ReportData;
import org.origo.report.tables.RowSink;
import org.origo.report.tables.Table;
import org.origo.report.tables.Tables;
import org.origo.report.tables.Utf8Writer;
import org.osgi.service.component.annotations.Component;

/**
 * Writes the report tables as CSV files: verdicts.csv, matches.csv, plan.csv, summary.csv,
 * progress.csv (when there is a plan) and findings.csv, as the request's tables select. UTF-8
 * without byte order mark; with the project setting {@value #SETTING_BOM}{@code =true} (the
 * {@code --bom} option of {@code origo report}) a BOM is written first so that Excel opens the
 * files as UTF-8.
 */
@Component(service = ReportRenderer.class, property = { ReportRenderer.PROP_ID + "=csv", ReportRenderer.PROP_FORMAT + "=csv" })
public class CsvReportRenderer implements ReportRenderer {

    /** Project setting: write a UTF-8 byte order mark at the start of every CSV file. */
    public static final String SETTING_BOM = "report.csv.bom";

    private interface Rows {
        void write(ReportData d, RowSink sink) throws IOException;
    }

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public Text label() {
        return ReportMessages.get("renderer.csv");
    }

    @Override
    public List<Path> render(Project project, ReportRequest request) throws OrigoException {
        ReportData d = ReportData.of(project, request);
        boolean bom = "true".equalsIgnoreCase(ProjectStore.setting(project, SETTING_BOM));
        List<Path> written = new ArrayList<>();
        Path out = request.outputDirectory();
        if (request.wants("verdicts")) {
            written.add(write(out, Tables.VERDICTS, d, bom, (x, s) -> Tables.verdicts(x, false, s)));
        }
        if (request.wants("matches")) {
            written.add(write(out, Tables.MATCHES, d, bom, (x, s) -> Tables.matches(x, false, s)));
        }
        if (request.wants("plan")) {
            written.add(write(out, Tables.PLAN, d, bom, (x, s) -> Tables.plan(x, false, s)));
        }
        if (request.wants("summary")) {
            written.add(write(out, Tables.SUMMARY, d, bom, (x, s) -> Tables.summary(x, false, s)));
        }
        if (request.wants("progress") && d.progress().isPresent()) {
            written.add(write(out, Tables.PROGRESS, d, bom, Tables::progress));
        }
        if (request.wants("findings")) {
            written.add(write(out, Tables.FINDINGS, d, bom, Tables::findings));
        }
        return written;
    }

    private static Path write(Path dir, Table table, ReportData d, boolean bom, Rows rows) throws OrigoException {
        return AtomicFiles.write(dir.resolve(table.fileName()), out -> {
            Writer w = new Utf8Writer(out, 1 << 16);
            if (bom) {
                w.write('\uFEFF');
            }
            CsvCells.header(w, table.columns());
            rows.write(d, cells -> CsvCells.row(w, table.columns(), cells));
            w.flush();
        });
    }
}
