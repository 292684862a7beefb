package org.origo.cli.internal.commands;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.origo.api.Args;
import org.origo.api.CommandContext;
import org.origo.api.OrigoCommand;
import org.origo.api.OrigoException;
import org.origo.core.Contributions;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code origo bundles}: installed plug-ins, what each contributes, and their state. */
@Component(service = OrigoCommand.class, property = OrigoCommand.PROP_NAME + "=bundles")
public class BundlesCommand extends BaseCommand {

    @Reference
    Contributions contributions;

    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    volatile org.origo.install.api.PluginInstaller installer;

    /** How many refused installations are listed. */
    private static final int REFUSALS_SHOWN = 10;

    private BundleContext context;

    @Activate
    void activate(BundleContext ctx) {
        this.context = ctx;
    }

    /** When a report of an earlier run was recorded (reports of this run need no date). */
    private static String when(Contributions.Report r, CommandContext ctx) {
        if (!r.earlier()) {
            return "";
        }
        String at = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", java.util.Locale.ROOT)
                .format(r.at().atZone(java.time.ZoneId.systemDefault()));
        return " " + msg("bundles.recorded", at).in(ctx.locale());
    }

    @Override
    public String name() {
        return "bundles";
    }

    @Override
    public int run(CommandContext ctx) throws OrigoException {
        Args args = Args.parse(ctx.args(), Set.of(), Set.of("all", "failed"));
        boolean onlyFailed = args.has("failed");
        List<BundleInspector.BundleState> states = BundleInspector.inspect(context, args.has("all"));
        Map<String, Contributions.Report> failures = contributions.failureReports();
        Map<String, Contributions.Report> warnings = contributions.warningReports();
        int failed = 0;
        int shown = 0;
        for (BundleInspector.BundleState s : states) {
            List<String> contributed = BundleInspector.contributionsOf(contributions, s.bundle());
            boolean bad = s.failed() || failures.keySet().stream().anyMatch(k -> contributed.stream()
                    .anyMatch(c -> c.startsWith(k.replace(':', ' '))));
            boolean warned = warnings.keySet().stream().anyMatch(k -> contributed.stream()
                    .anyMatch(c -> c.startsWith(k.replace(':', ' '))));
            if (bad) {
                failed++;
            }
            if (onlyFailed && !bad && !warned) {
                continue;
            }
            shown++;
            boolean active = s.problem() == null && s.state().startsWith("ACTIVE");
            String state = bad && active ? "ACTIVE, " + msg("bundles.has.failures").in(ctx.locale())
                    : warned && active ? "ACTIVE, " + msg("bundles.has.warnings").in(ctx.locale()) : s.state();
            ctx.out().println(s.bundle().getSymbolicName() + " " + s.bundle().getVersion() + "  " + state);
            if (s.problem() != null) {
                ctx.out().println("    " + msg("bundles.unresolved").in(ctx.locale()) + s.problem());
            }
            for (String c : contributed) {
                String key = c.split(" ")[0] + ":" + c.split(" ")[1];
                Contributions.Report why = failures.get(key);
                ctx.out().println("    " + c + (why == null ? ""
                        : "  " + msg("bundles.failed", why.text().in(ctx.locale())).in(ctx.locale()) + when(why, ctx)));
                Contributions.Report warning = warnings.get(key);
                if (warning != null) {
                    ctx.out().println("      " + msg("bundles.warning", warning.text().in(ctx.locale())).in(ctx.locale())
                            + when(warning, ctx));
                }
            }
            for (BundleInspector.ComponentState c : s.components()) {
                if (c.problem() != null) {
                    ctx.out().println("    " + msg("bundles.component", c.name(), c.state(), c.problem()).in(ctx.locale()));
                }
            }
        }
        org.origo.install.api.PluginInstaller i = installer;
        List<org.origo.install.api.Refusal> refusals = i == null ? List.of() : i.refusals();
        if (!refusals.isEmpty()) {
            ctx.out().println();
            ctx.println(msg("bundles.refused.title"));
            for (org.origo.install.api.Refusal r : refusals.subList(0, Math.min(REFUSALS_SHOWN, refusals.size()))) {
                String at = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", java.util.Locale.ROOT)
                        .format(r.at().atZone(java.time.ZoneId.systemDefault()));
                ctx.out().println("  " + msg("bundles.refused", at, r.source(), r.reason().in(ctx.locale())).in(ctx.locale()));
            }
        }
        ctx.out().println();
        ctx.out().println(msg("bundles.total", shown, failed, contributions.all().size()).in(ctx.locale()));
        return 0;
    }
}
