package org.origo.cli.internal.commands;

import java.util.List;
import java.util.Set;

import org.origo.api.Args;
import org.origo.api.CommandContext;
import org.origo.api.OrigoCommand;
import org.origo.api.OrigoException;
import org.origo.api.UsageException;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** {@code origo install <bundle.jar | p2-repository-dir | repository.zip> [--require-signed]}. */
@Component(service = OrigoCommand.class, property = OrigoCommand.PROP_NAME + "=install")
public class InstallCommand extends BaseCommand {

    /** Framework/system property that makes unsigned bundles refused by default. */
    public static final String REQUIRE_SIGNED = "origo.install.requireSigned";

    private BundleContext context;

    @Activate
    void activate(BundleContext ctx) {
        this.context = ctx;
    }

    @Override
    public String name() {
        return "install";
    }

    @Override
    public int run(CommandContext ctx) throws OrigoException {
        Args args = Args.parse(ctx.args(), Set.of(), Set.of("require-signed"));
        if (args.positional().size() != 1) {
            throw new UsageException(msg("install.usage.error"));
        }
        boolean requireSigned = args.has("require-signed") || Boolean.parseBoolean(context.getProperty(REQUIRE_SIGNED));
        List<BundleInstaller.Installed> done = new BundleInstaller(context).install(ctx.path(args.positional().get(0)),
                requireSigned);
        if (done.isEmpty()) {
            ctx.println(msg("install.nothing"));
        }
        for (BundleInstaller.Installed i : done) {
            ctx.println(BundleInstaller.describe(i));
        }
        return 0;
    }
}
