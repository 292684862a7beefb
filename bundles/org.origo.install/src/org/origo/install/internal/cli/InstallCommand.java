package org.origo.install.internal.cli;

import java.util.List;
import java.util.Set;

import org.origo.api.Args;
import org.origo.api.CommandContext;
import org.origo.api.OrigoCommand;
import org.origo.api.OrigoException;
import org.origo.api.UsageException;
import org.origo.install.api.Candidate.Trust;
import org.origo.install.api.Change;
import org.origo.install.api.PluginInstaller;
import org.origo.install.api.TrustDecision;
import org.origo.install.internal.Installer;
import org.origo.install.internal.i18n.InstallMessages;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code origo install <bundle.jar | p2-repository-folder | repository.zip> [--accept-unsigned]}. */
@Component(service = OrigoCommand.class, property = OrigoCommand.PROP_NAME + "=install")
public class InstallCommand extends InstallerCommand {

    @Reference
    PluginInstaller installer;

    @Override
    public String name() {
        return "install";
    }

    @Override
    public int run(CommandContext ctx) throws OrigoException {
        // --require-signed is what earlier versions needed to refuse unsigned bundles; refusing them is now the default
        Args args = Args.parse(ctx.args(), Set.of(), Set.of("accept-unsigned", "require-signed"));
        if (args.positional().size() != 1) {
            throw new UsageException(InstallMessages.get("usage.install"));
        }
        boolean accept = args.has("accept-unsigned") && !args.has("require-signed");
        List<Change> done = installer.install(ctx.path(args.positional().get(0)), accept ? untrusted -> true : TrustDecision.REFUSE);
        if (done.isEmpty()) {
            ctx.println(InstallMessages.get("install.nothing"));
        }
        for (Change c : done) {
            ctx.println(describe(c));
        }
        if (done.stream().anyMatch(c -> c.candidate() != null && c.candidate().trust() != Trust.TRUSTED)
                && installer instanceof Installer i) {
            ctx.println(InstallMessages.get("install.accept.audited", i.auditLog()));
        }
        return 0;
    }
}
