package org.origo.ui.internal.services;

import static org.origo.ui.internal.i18n.UiMessages.t;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.origo.install.api.Candidate;
import org.origo.install.api.TrustDecision;

/**
 * The workbench's trust dialog: shows each unsigned or untrusted bundle with its signer, the
 * signer's fingerprint and what it contributes, and asks whether to install it anyway.
 */
public final class TrustPrompt implements TrustDecision {

    private final Shell shell;

    public TrustPrompt(Shell shell) {
        this.shell = shell;
    }

    @Override
    public boolean accept(List<Candidate> untrusted) {
        StringBuilder text = new StringBuilder(t("trust.prompt.intro")).append("\n");
        for (Candidate c : untrusted) {
            text.append("\n").append(c.symbolicName()).append(' ').append(c.version()).append("\n  ");
            text.append(c.signer() == null ? t("trust.prompt.unsigned")
                    : t("trust.prompt.signer", c.signer().subject(), c.signer().fingerprintWithColons()));
            if (!c.contributes().isEmpty()) {
                text.append("\n  ").append(t("trust.prompt.contributes", String.join(", ", c.contributes())));
            }
        }
        text.append("\n\n").append(t("trust.prompt.question"));
        AtomicBoolean yes = new AtomicBoolean();
        shell.getDisplay().syncExec(() -> yes.set(MessageDialog.openQuestion(shell, t("trust.prompt.title"), text.toString())));
        return yes.get();
    }
}
