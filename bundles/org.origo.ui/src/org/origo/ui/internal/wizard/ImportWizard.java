package org.origo.ui.internal.wizard;

import static org.origo.ui.internal.i18n.UiMessages.t;

import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.wizard.Wizard;
import org.origo.api.OrigoException;
import org.origo.api.Progress;
import org.origo.api.Text;
import org.origo.core.Pipeline;
import org.origo.core.ProjectStore;
import org.origo.inventory.api.ImportPreview;
import org.origo.inventory.api.ImportReport;
import org.origo.inventory.api.ImportRequest;
import org.origo.inventory.api.InventoryService;
import org.origo.inventory.csv.ledger.Field;
import org.origo.inventory.csv.ledger.Mapping;
import org.origo.model.Project;
import org.origo.ui.internal.Workbench;
import org.origo.ui.internal.i18n.UiMessages;

/**
 * Import into the open project: pick files, see how each will be read (detected encoding,
 * delimiter, column mapping and the first rows, from the inventory service's preview), correct the
 * mapping, then run the import with a progress bar and cancel. A corrected mapping is saved in the
 * project folder ({@code mappings/}) so it can be reused, also with {@code origo import --mapping}.
 */
public final class ImportWizard extends Wizard {

    private final Workbench wb;
    private final FilesPage files = new FilesPage(this);
    private final PreviewPage preview = new PreviewPage(this);
    private ImportReport report;
    private Path mappingFile;

    public ImportWizard(Workbench wb) {
        this.wb = wb;
        setWindowTitle(t("import.title"));
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        addPage(files);
        addPage(preview);
    }

    Workbench workbench() {
        return wb;
    }

    public FilesPage filesPage() {
        return files;
    }

    public PreviewPage previewPage() {
        return preview;
    }

    /** The inventory service, or null (then the pages say that no importer is installed). */
    InventoryService service() {
        return wb.services().contributions().inventoryService().orElse(null);
    }

    /** The request as chosen on the pages (mapping file not yet written). */
    ImportRequest request(Path mapping) {
        Map<String, String> options = new LinkedHashMap<>(preview.options());
        // a complete re-inventory: the wizard shows new / merged / gone and keeps the import only when
        // the person confirms them, which stands for the command line's --complete
        options.putIfAbsent("complete", "true");
        return new ImportRequest(files.format(), mapping, files.strict(), ImportRequest.DEFAULT_MERGE_KEYS, null, options);
    }

    /** Asks the inventory service how the files will be read (runs in the wizard's progress area). */
    List<ImportPreview> computePreview() throws OrigoException {
        InventoryService s = service();
        if (s == null) {
            throw new OrigoException(UiMessages.text("import.no.service"));
        }
        List<Path> inputs = files.files();
        ImportRequest req = request(null);
        List<ImportPreview>[] out = new List[1];
        OrigoException[] error = new OrigoException[1];
        try {
            getContainer().run(true, false, monitor -> {
                monitor.beginTask(t("import.previewing"), IProgressMonitor.UNKNOWN);
                try {
                    out[0] = s.preview(inputs, req);
                } catch (OrigoException e) {
                    error[0] = e;
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            throw new OrigoException(UiMessages.text("error.unexpected", String.valueOf(e.getCause())), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
        if (error[0] != null) {
            throw error[0];
        }
        return out[0];
    }

    @Override
    public boolean canFinish() {
        return files.isPageComplete() && service() != null;
    }

    @Override
    public boolean performFinish() {
        Project project = wb.session().project();
        Path dir = wb.session().folder();
        Pipeline pipeline = wb.services().pipeline();
        List<Path> inputs = files.files();
        try {
            mappingFile = preview.mappingChanged() ? writeMapping(dir, preview.source(), preview.mapping()) : null;
        } catch (OrigoException e) {
            preview.setErrorMessage(e.describe(UiMessages.locale()));
            return false;
        }
        ImportRequest req = request(mappingFile);
        List<org.origo.model.InventorySnapshot> before = new ArrayList<>(project.getSnapshots());
        ImportReport[] out = new ImportReport[1];
        OrigoException[] error = new OrigoException[1];
        boolean[] cancelled = new boolean[1];
        try {
            getContainer().run(true, true, monitor -> {
                Progress progress = new MonitorProgress(monitor);
                try {
                    out[0] = pipeline.importFiles(project, inputs, req, progress);
                    ProjectStore.audit(dir, "import", inputs + " -> " + out[0].assets() + " assets");
                } catch (OrigoException e) {
                    error[0] = e;
                } catch (Progress.Cancelled e) {
                    cancelled[0] = true;
                }
            });
        } catch (InvocationTargetException e) {
            error[0] = new OrigoException(UiMessages.text("error.unexpected", String.valueOf(e.getCause())), e.getCause());
        } catch (InterruptedException e) {
            cancelled[0] = true;
        }
        if (cancelled[0]) {
            preview.setErrorMessage(t("import.cancelled"));
            return false;
        }
        if (error[0] != null) {
            preview.setErrorMessage(error[0].describe(UiMessages.locale()));
            ((org.eclipse.jface.wizard.WizardPage) getContainer().getCurrentPage())
                    .setErrorMessage(error[0].describe(UiMessages.locale()));
            return false;
        }
        // new / merged / gone shown before the import is kept; discarding takes its snapshot out again
        var op = new org.origo.ui.internal.ops.ImportOperation(wb, project, before, out[0].assets());
        if (!prompt.keep(getShell(), out[0])) {
            op.discard();
            ((org.eclipse.jface.wizard.WizardPage) getContainer().getCurrentPage()).setErrorMessage(t("import.discarded"));
            return false;
        }
        report = out[0];
        wb.operations().record(op);
        wb.session().changed();
        wb.status(t("import.done", report.assets(), report.newAssets(), report.mergedAssets(), report.goneAssets(),
                report.problems().size()));
        return true;
    }

    /** The report of the import that ran, or null. */
    public ImportReport report() {
        return report;
    }

    /** The mapping file written for the import, or null when the detected mapping was kept. */
    public Path mappingFile() {
        return mappingFile;
    }

    /**
     * Writes {@code column=field} lines (UTF-8) atomically to
     * {@code <project>/mappings/<source>.mapping}.
     */
    static Path writeMapping(Path projectDir, String source, Map<String, String> mapping) throws OrigoException {
        Path dir = projectDir.resolve("mappings");
        String base = source == null ? "import" : Path.of(source).getFileName().toString();
        Path target = dir.resolve(base.replaceAll("[^\\p{L}\\p{N}._-]", "_") + ".mapping");
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".mapping-", ".tmp");
            try {
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    w.write("# Origo column mapping: source column = field\n");
                    for (Map.Entry<String, String> e : mapping.entrySet()) {
                        w.write(escape(e.getKey()) + "=" + (e.getValue() == null || e.getValue().isEmpty()
                                ? Field.IGNORE.id() : e.getValue()) + "\n");
                    }
                }
                // read back as the importer will: a mapping it cannot read is never left behind
                Mapping.read(tmp);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new OrigoException(UiMessages.text("import.mapping.write.failed", target, String.valueOf(e.getMessage())),
                    target.toString(), -1, null, e);
        }
        return target;
    }

    private static String escape(String key) {
        StringBuilder sb = new StringBuilder();
        for (char c : key.toCharArray()) {
            if (c == '=' || c == ':' || c == '\\' || c == '#' || c == '!' || c == ' ') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Progress of the import shown in the wizard's progress bar; its cancel button cancels. */
    static final class MonitorProgress implements Progress {
        private final IProgressMonitor monitor;
        private long total = -1;
        private long done;
        private int reported;

        MonitorProgress(IProgressMonitor monitor) {
            this.monitor = monitor;
        }

        @Override
        public synchronized void begin(Text task, long totalWork) {
            total = totalWork;
            done = 0;
            reported = 0;
            monitor.beginTask(UiMessages.in(task), totalWork > 0 ? 1000 : IProgressMonitor.UNKNOWN);
        }

        @Override
        public synchronized void worked(long units) {
            done += units;
            if (total > 0) {
                int permille = (int) Math.min(1000, done * 1000 / total);
                if (permille > reported) {
                    monitor.worked(permille - reported);
                    reported = permille;
                }
            }
        }

        @Override
        public boolean isCancelled() {
            return monitor.isCanceled();
        }
    }

    /** The field ids a mapping file may name ("" stands for ignore), from the ledger importers' own list. */
    List<String> knownFields() {
        List<String> f = new ArrayList<>();
        f.add("");
        for (Field field : Field.values()) {
            if (field != Field.IGNORE) {
                f.add(field.id());
            }
        }
        return f;
    }

    /** Asks whether to keep an import that ran: true keeps it. Replaceable in tests. */
    public interface ImportPrompt {
        boolean keep(org.eclipse.swt.widgets.Shell shell, ImportReport report);
    }

    private ImportPrompt prompt = (shell, r) -> {
        org.eclipse.jface.dialogs.MessageDialog d = new org.eclipse.jface.dialogs.MessageDialog(shell, t("import.confirm.title"),
                null, t("import.confirm.message", r.assets(), r.newAssets(), r.mergedAssets(), r.goneAssets(),
                        r.problems().size()),
                org.eclipse.jface.dialogs.MessageDialog.QUESTION, new String[] { t("import.confirm.keep"),
                        t("import.confirm.discard") }, 0);
        return d.open() == 0;
    };

    public void setPrompt(ImportPrompt prompt) {
        this.prompt = prompt;
    }
}
