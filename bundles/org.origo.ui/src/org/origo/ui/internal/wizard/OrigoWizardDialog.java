package org.origo.ui.internal.wizard;

import static org.origo.ui.internal.i18n.UiMessages.t;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/**
 * A wizard dialog whose buttons speak the workbench's language (JFace labels them in the JVM's
 * default locale, which is not the language chosen in the workbench).
 */
public final class OrigoWizardDialog extends WizardDialog {

    public OrigoWizardDialog(Shell parent, IWizard wizard) {
        super(parent, wizard);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        label(IDialogConstants.BACK_ID, "wizard.back");
        label(IDialogConstants.NEXT_ID, "wizard.next");
        label(IDialogConstants.FINISH_ID, "wizard.finish");
        label(IDialogConstants.CANCEL_ID, "dialog.cancel");
    }

    private void label(int id, String key) {
        Button b = getButton(id);
        if (b != null) {
            b.setText(t(key));
        }
    }

    /** A button of the dialog (for tests). */
    public Button button(int id) {
        return getButton(id);
    }
}
