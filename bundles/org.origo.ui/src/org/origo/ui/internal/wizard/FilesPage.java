package org.origo.ui.internal.wizard;

import static org.origo.ui.internal.i18n.UiMessages.t;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.origo.core.Contributions;
import org.origo.inventory.api.InventoryImporter;
import org.origo.ui.internal.i18n.UiMessages;

/** The first page: which files or folders to import, the format (or detection) and strictness. */
public final class FilesPage extends WizardPage {

    private final ImportWizard wizard;
    private final List<Path> files = new ArrayList<>();
    private final List<String> formats = new ArrayList<>();
    private org.eclipse.swt.widgets.List list;
    private Combo format;
    private Button strict;

    FilesPage(ImportWizard wizard) {
        super("files");
        this.wizard = wizard;
        setTitle(t("import.files.title"));
        setDescription(t("import.files.description"));
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(2, false));
        list = new org.eclipse.swt.widgets.List(c, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        list.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 1, 4));
        button(c, "import.add.files", () -> {
            FileDialog d = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
            if (d.open() != null) {
                for (String n : d.getFileNames()) {
                    add(Path.of(d.getFilterPath(), n));
                }
            }
        });
        button(c, "import.add.folder", () -> {
            String d = new DirectoryDialog(getShell()).open();
            if (d != null) {
                add(Path.of(d));
            }
        });
        button(c, "import.remove", () -> {
            int[] sel = list.getSelectionIndices();
            for (int i = sel.length - 1; i >= 0; i--) {
                files.remove(sel[i]);
            }
            update();
        });
        new Label(c, SWT.NONE);
        Composite opts = new Composite(c, SWT.NONE);
        opts.setLayout(new GridLayout(3, false));
        opts.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        new Label(opts, SWT.NONE).setText(t("import.format"));
        format = new Combo(opts, SWT.READ_ONLY);
        formats.add(null);
        format.add(t("import.format.detect"));
        Contributions reg = wizard.workbench().services().contributions();
        for (Contributions.Entry<InventoryImporter> e : reg.importers()) {
            formats.add(e.id());
            String label;
            try {
                label = UiMessages.in(e.service().label());
            } catch (RuntimeException ex) {
                label = e.id();
            }
            format.add(e.id() + " — " + label);
        }
        format.select(0);
        strict = new Button(opts, SWT.CHECK);
        strict.setText(t("import.strict"));
        if (wizard.service() == null) {
            setErrorMessage(t("import.no.service"));
        }
        setControl(c);
        update();
    }

    private void button(Composite c, String key, Runnable r) {
        Button b = new Button(c, SWT.PUSH);
        b.setText(t(key));
        b.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        b.addListener(SWT.Selection, e -> r.run());
    }

    /** Adds a file or folder to import. */
    public void add(Path p) {
        if (!files.contains(p)) {
            files.add(p);
        }
        update();
    }

    private void update() {
        if (list == null || list.isDisposed()) {
            return;
        }
        list.removeAll();
        for (Path p : files) {
            list.add(p.toString());
        }
        setPageComplete(!files.isEmpty() && wizard.service() != null);
    }

    public List<Path> files() {
        return List.copyOf(files);
    }

    String format() {
        int i = format == null ? 0 : format.getSelectionIndex();
        return i <= 0 ? null : formats.get(i);
    }

    boolean strict() {
        return strict != null && strict.getSelection();
    }
}
