package org.origo.ui.internal;

import static org.origo.ui.internal.i18n.UiMessages.t;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.origo.ui.internal.i18n.UiMessages;

/** Help > Contents (F1): the user's guide to the workbench in the current language, from the bundle's help folder. */
public final class HelpDialog extends Dialog {

    private StyledText text;

    public HelpDialog(Shell parent) {
        super(parent);
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(UiMessages.plain(t("help.contents")));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        text = new StyledText(area, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
        gd.widthHint = 720;
        gd.heightHint = 520;
        text.setLayoutData(gd);
        text.setMargins(8, 8, 8, 8);
        text.setText(contents());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, t("dialog.close"), true);
    }

    /** The guide in the current language. */
    public static String contents() {
        String name = UiMessages.chinese() ? "/help/workbench_zh.txt" : "/help/workbench_en.txt";
        try (InputStream in = HelpDialog.class.getResourceAsStream(name)) {
            return in == null ? t("help.missing", name) : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return t("help.missing", name);
        }
    }

    public StyledText text() {
        return text;
    }
}
