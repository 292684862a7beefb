package org.origo.cli.internal.commands;

import java.util.Set;

import org.origo.api.Args;
import org.origo.api.CommandContext;
import org.origo.api.OrigoCommand;
import org.origo.api.OrigoException;
import org.origo.api.UsageException;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** {@code origo uninstall <symbolic-name>}: removes a bundle installed with {@code origo install}. */
@Component(service = OrigoCommand.class, property = OrigoCommand.PROP_NAME + "=uninstall")
public class UninstallCommand extends BaseCommand {

    private BundleContext context;

    @Activate
    void activate(BundleContext ctx) {
        this.context = ctx;
    }

    @Override
    public String name() {
        return "uninstall";
    }

    @Override
    public int run(CommandContext ctx) throws OrigoException {
        Args args = Args.parse(ctx.args(), Set.of(), Set.of());
        if (args.positional().size() != 1) {
            throw new UsageException(msg("uninstall.usage.error"));
        }
        for (String r : new BundleInstaller(context).uninstall(args.positional().get(0))) {
            ctx.println(msg("uninstall.done", r));
        }
        return 0;
    }
}
