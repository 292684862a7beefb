package org.origo.install.internal.cli;

import java.util.Set;

import org.origo.api.Args;
import org.origo.api.CommandContext;
import org.origo.api.OrigoCommand;
import org.origo.api.OrigoException;
import org.origo.api.UsageException;
import org.origo.install.api.Change;
import org.origo.install.api.PluginInstaller;
import org.origo.install.internal.i18n.InstallMessages;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code origo uninstall <symbolic-name>}: removes a plug-in installed with {@code origo install}. */
@Component(service = OrigoCommand.class, property = OrigoCommand.PROP_NAME + "=uninstall")
public class UninstallCommand extends InstallerCommand {

    @Reference
    PluginInstaller installer;

    @Override
    public String name() {
        return "uninstall";
    }

    @Override
    public int run(CommandContext ctx) throws OrigoException {
        Args args = Args.parse(ctx.args(), Set.of(), Set.of());
        if (args.positional().size() != 1) {
            throw new UsageException(InstallMessages.get("usage.uninstall"));
        }
        for (Change c : installer.uninstall(args.positional().get(0))) {
            ctx.println(InstallMessages.get("uninstall.done", c.symbolicName(), c.from()));
        }
        return 0;
    }
}
