package org.origo.cli.internal.commands;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.origo.api.Args;
import org.origo.api.CommandContext;
import org.origo.api.OrigoCommand;
import org.origo.api.OrigoException;
import org.origo.cli.internal.Json;
import org.origo.core.Contributions;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code origo bundles}: installed plug-ins, what each contributes, and their state. */
@Component(service = OrigoCommand.class, property = { OrigoCommand.PROP_NAME + "=bundles", Json.PROP_JSON + "=true" })
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
        Args args = Args.parse(ctx.args(), Set.of(), Set.of("all", "failed", "json"));
        boolean json = args.has("json");
        List<Map<String, Object>> listed = new java.util.ArrayList<>();
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
            if (json) {
                listed.add(jsonBundle(s, bad, warned, contributed, failures, warnings, ctx));
                continue;
            }
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
        if (json) {
            Map<String, Object> doc = new java.util.LinkedHashMap<>();
            doc.put("bundles", listed);
            doc.put("shown", shown);
            doc.put("failed", failed);
            doc.put("contributions", contributions.all().size());
            List<Map<String, Object>> refused = new java.util.ArrayList<>();
            for (org.origo.install.api.Refusal r : refusals) {
                Map<String, Object> m = new java.util.LinkedHashMap<>();
                m.put("at", r.at().toString());
                m.put("source", r.source());
                m.put("reason", r.reason().in(ctx.locale()));
                refused.add(m);
            }
            doc.put("refused", refused);
            Json.print(ctx.out(), doc);
            return 0;
        }
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

    /** One bundle as JSON: the same facts as its text lines. */
    private static Map<String, Object> jsonBundle(BundleInspector.BundleState s, boolean bad, boolean warned, List<String> contributed,
            Map<String, Contributions.Report> failures, Map<String, Contributions.Report> warnings, CommandContext ctx) {
        Map<String, Object> b = new java.util.LinkedHashMap<>();
        b.put("symbolicName", s.bundle().getSymbolicName());
        b.put("version", s.bundle().getVersion().toString());
        b.put("state", s.state());
        b.put("failed", bad);
        b.put("warned", warned);
        if (s.problem() != null) {
            b.put("problem", s.problem());
        }
        List<Map<String, Object>> cs = new java.util.ArrayList<>();
        for (String c : contributed) {
            String[] parts = c.split(" ");
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("kind", parts[0]);
            m.put("id", parts.length > 1 ? parts[1] : "");
            m.put("text", c);
            String key = parts[0] + ":" + (parts.length > 1 ? parts[1] : "");
            if (failures.get(key) != null) {
                m.put("failure", failures.get(key).text().in(ctx.locale()));
            }
            if (warnings.get(key) != null) {
                m.put("warning", warnings.get(key).text().in(ctx.locale()));
            }
            cs.add(m);
        }
        b.put("contributions", cs);
        List<Map<String, Object>> comps = new java.util.ArrayList<>();
        for (BundleInspector.ComponentState c : s.components()) {
            if (c.problem() != null) {
                Map<String, Object> m = new java.util.LinkedHashMap<>();
                m.put("name", c.name());
                m.put("state", c.state());
                m.put("problem", c.problem());
                comps.add(m);
            }
        }
        b.put("componentProblems", comps);
        return b;
    }
}
