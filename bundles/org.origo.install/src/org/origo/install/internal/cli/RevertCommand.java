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

/** {@code origo revert}: back to the plug-ins before the last install, update, uninstall or revert. */
@Component(service = OrigoCommand.class, property = OrigoCommand.PROP_NAME + "=revert")
public class RevertCommand extends InstallerCommand {

    @Reference
    PluginInstaller installer;

    @Override
    public String name() {
        return "revert";
    }

    @Override
    public int run(CommandContext ctx) throws OrigoException {
        Args args = Args.parse(ctx.args(), Set.of(), Set.of());
        if (!args.positional().isEmpty()) {
            throw new UsageException(InstallMessages.get("usage.revert"));
        }
        for (Change c : installer.revert()) {
            ctx.println(c.to() == null ? InstallMessages.get("install.done.removed", c.symbolicName(), c.from())
                    : c.from() == null ? InstallMessages.get("revert.restored", c.symbolicName(), c.to())
                            : InstallMessages.get("revert.changed", c.symbolicName(), c.from(), c.to()));
        }
        ctx.println(InstallMessages.get("revert.done"));
        return 0;
    }
}
