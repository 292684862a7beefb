package org.origo.install.internal.cli;

import java.util.List;
import java.util.Set;

import org.origo.api.Args;
import org.origo.api.CommandContext;
import org.origo.api.OrigoCommand;
import org.origo.api.OrigoException;
import org.origo.api.UsageException;
import org.origo.install.api.Signer;
import org.origo.install.api.TrustStore;
import org.origo.install.internal.i18n.InstallMessages;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code origo trust list | add <certificate|signed.jar> | remove <fingerprint>}. */
@Component(service = OrigoCommand.class, property = OrigoCommand.PROP_NAME + "=trust")
public class TrustCommand extends InstallerCommand {

    @Reference
    TrustStore store;

    @Override
    public String name() {
        return "trust";
    }

    @Override
    public int run(CommandContext ctx) throws OrigoException {
        Args args = Args.parse(ctx.args(), Set.of(), Set.of());
        List<String> pos = args.positional();
        String action = pos.isEmpty() ? "" : pos.get(0);
        if (action.equals("list") && pos.size() == 1) {
            List<Signer> signers = store.signers();
            if (signers.isEmpty()) {
                ctx.println(InstallMessages.get("trust.none"));
            }
            for (Signer s : signers) {
                ctx.println(InstallMessages.get("trust.line", s.subject(), s.fingerprintWithColons(), s.notBefore(), s.notAfter()));
            }
            return 0;
        }
        if (action.equals("add") && pos.size() == 2) {
            Signer s = store.add(ctx.path(pos.get(1)));
            ctx.println(InstallMessages.get("trust.added", s.subject(), s.fingerprintWithColons()));
            return 0;
        }
        if (action.equals("remove") && pos.size() == 2) {
            Signer s = store.remove(pos.get(1));
            ctx.println(InstallMessages.get("trust.removed", s.subject(), s.fingerprintWithColons()));
            return 0;
        }
        throw new UsageException(InstallMessages.get("usage.trust"));
    }
}
