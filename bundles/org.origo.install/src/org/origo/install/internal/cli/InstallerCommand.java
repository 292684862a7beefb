package org.origo.install.internal.cli;

import org.origo.api.OrigoCommand;
import org.origo.api.Text;
import org.origo.install.api.Candidate;
import org.origo.install.api.Candidate.Trust;
import org.origo.install.api.Change;
import org.origo.install.internal.i18n.InstallMessages;

/** Summary and usage from the installer's message files ({@code cmd.<name>.summary/usage}); describing changes. */
abstract class InstallerCommand implements OrigoCommand {

    @Override
    public Text summary() {
        return InstallMessages.get("cmd." + name() + ".summary");
    }

    @Override
    public Text usage() {
        return InstallMessages.get("cmd." + name() + ".usage");
    }

    static Text describe(Change c) {
        if (c.to() == null) {
            return InstallMessages.get("install.done.removed", c.symbolicName(), c.from());
        }
        Text how = c.candidate() == null ? new Text("", "") : trust(c.candidate());
        return c.from() == null ? InstallMessages.get("install.done.installed", c.symbolicName(), c.to(), how)
                : InstallMessages.get("install.done.updated", c.symbolicName(), c.from(), c.to(), how);
    }

    static Text trust(Candidate c) {
        if (c.trust() == Trust.UNSIGNED) {
            return InstallMessages.get("install.trust.unsigned");
        }
        return InstallMessages.get(c.trust() == Trust.TRUSTED ? "install.trust.trusted" : "install.trust.untrusted",
                c.signer().subject(), c.signer().fingerprintWithColons());
    }
}
