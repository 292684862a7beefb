package org.origo.ui.internal;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Asks the user to pick one of a few labelled choices (a profile, a report format). */
public final class ChoiceDialog extends Dialog {

    private final String title;
    private final String message;
    private final List<String> labels;
    private int choice;
    private Combo combo;

    public ChoiceDialog(Shell parent, String title, String message, List<String> labels, int initial) {
        super(parent);
        this.title = title;
        this.message = message;
        this.labels = labels;
        this.choice = initial;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite c = (Composite) super.createDialogArea(parent);
        c.setLayout(new GridLayout(1, false));
        new Label(c, SWT.WRAP).setText(message);
        combo = new Combo(c, SWT.READ_ONLY);
        combo.setItems(labels.toArray(String[]::new));
        combo.select(Math.max(0, choice));
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return c;
    }

    @Override
    protected void okPressed() {
        choice = combo.getSelectionIndex();
        super.okPressed();
    }

    /** The chosen index, or -1 when cancelled. */
    public int choose() {
        return open() == OK ? choice : -1;
    }
}
