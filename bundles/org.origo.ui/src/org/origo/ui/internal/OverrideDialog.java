package org.origo.ui.internal;

import static org.origo.ui.internal.i18n.UiMessages.t;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.origo.model.Asset;
import org.origo.model.VerdictOutcome;

/** Asks for the verdict that replaces the profile's on the selected assets, and why (a reason is required). */
public final class OverrideDialog extends TitleAreaDialog {

    private static final VerdictOutcome[] OUTCOMES = { VerdictOutcome.REPLACE, VerdictOutcome.KEEP, VerdictOutcome.REVIEW };

    private final List<Asset> assets;
    private Combo outcome;
    private Text reason;
    private VerdictOutcome chosen;
    private String why;

    public OverrideDialog(Shell parent, List<Asset> assets) {
        super(parent);
        this.assets = assets;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(org.origo.ui.internal.i18n.UiMessages.plain(t("edit.override")));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(t("override.title", assets.size()));
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < assets.size() && i < 5; i++) {
            ids.append(i == 0 ? "" : ", ").append(assets.get(i).getId()).append(' ').append(nz(assets.get(i).getHostname()));
        }
        if (assets.size() > 5) {
            ids.append(" …");
        }
        setMessage(t("override.message", ids));
        Composite c = new Composite(area, SWT.NONE);
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        c.setLayout(new GridLayout(2, false));
        new Label(c, SWT.NONE).setText(t("override.verdict"));
        outcome = new Combo(c, SWT.READ_ONLY);
        for (VerdictOutcome o : OUTCOMES) {
            outcome.add(t("verdict." + o.getLiteral()));
        }
        outcome.select(1);
        Label l = new Label(c, SWT.NONE);
        l.setText(t("override.why"));
        l.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        reason = new Text(c, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
        gd.widthHint = 420;
        gd.heightHint = 90;
        reason.setLayoutData(gd);
        reason.addListener(SWT.Modify, e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, org.origo.ui.internal.i18n.UiMessages.plain(t("edit.override")), true);
        createButton(parent, IDialogConstants.CANCEL_ID, t("dialog.cancel"), false);
        validate();
    }

    private void validate() {
        boolean ok = reason != null && !reason.getText().isBlank();
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(ok);
        }
        setErrorMessage(ok || reason == null || reason.getText().isEmpty() ? null : t("override.reason.missing"));
    }

    @Override
    protected void okPressed() {
        chosen = OUTCOMES[outcome.getSelectionIndex()];
        why = reason.getText().strip();
        super.okPressed();
    }

    public VerdictOutcome outcome() {
        return chosen;
    }

    public String reason() {
        return why;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
