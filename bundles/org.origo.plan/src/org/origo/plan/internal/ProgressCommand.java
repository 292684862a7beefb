package org.origo.plan.internal;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.origo.api.Args;
import org.origo.api.CommandContext;
import org.origo.api.OrigoCommand;
import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.api.UsageException;
import org.origo.core.Pipeline;
import org.origo.core.ProjectStore;
import org.origo.model.Asset;
import org.origo.model.OrigoFactory;
import org.origo.model.PlanItem;
import org.origo.model.Retirement;
import org.origo.model.Project;
import org.origo.plan.internal.i18n.PlanMessages;
import org.origo.plan.tracking.Burndown;
import org.origo.plan.tracking.GroupProgress;
import org.origo.plan.tracking.PhaseProgress;
import org.origo.plan.tracking.PlanTexts;
import org.origo.plan.tracking.ProgressTracker;
import org.osgi.service.component.annotations.Component;

/** {@code origo progress}: the burn-down of the saved plan against the latest inventory. */
@Component(service = OrigoCommand.class, property = { OrigoCommand.PROP_NAME + "=progress" })
public class ProgressCommand implements OrigoCommand {

    @Override
    public String name() {
        return "progress";
    }

    @Override
    public Text summary() {
        return PlanMessages.get("cmd.progress.summary");
    }

    @Override
    public Text usage() {
        return PlanMessages.get("cmd.progress.usage");
    }

    @Override
    public int run(CommandContext ctx) throws OrigoException {
        return progress(ctx, ctx.args());
    }

    static int progress(CommandContext ctx, List<String> raw) throws OrigoException {
        Args args = Args.parse(raw, Set.of("project", "profile", "lang", "retired", "on", "status", "note"), Set.of());
        if (!args.positional().isEmpty()) {
            throw new UsageException(PlanMessages.get("error.extra.argument", args.positional().get(0)));
        }
        Path dir = ctx.path(args.require("project"));
        Project project = ProjectStore.open(dir);
        if (args.has("retired")) {
            return retire(ctx, dir, project, args);
        }
        if (project.getPlan() == null) {
            throw new OrigoException(PlanMessages.get("error.no.plan"));
        }
        if (PlanTexts.isStale(project)) {
            ctx.println(PlanTexts.staleWarning());
        }
        Optional<Burndown> b = ProgressTracker.track(project, args.get("profile", null));
        if (b.isEmpty()) {
            throw new OrigoException(PlanMessages.get("error.no.plan"));
        }
        print(ctx, b.get());
        return 0;
    }

    /** Records the confirmed retirement or replacement of assets with its date (audited); progress counts them as done. */
    private static int retire(CommandContext ctx, Path dir, Project project, Args args) throws OrigoException {
        String on = args.get("on", null);
        if (on == null) {
            throw new UsageException(PlanMessages.get("progress.retired.usage"));
        }
        LocalDate date;
        try {
            date = LocalDate.parse(on.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(PlanMessages.get("progress.retired.date", on));
        }
        String status = args.get("status", "retired").strip().toLowerCase(Locale.ROOT);
        if (!status.equals("retired") && !status.equals("replaced")) {
            throw new UsageException(PlanMessages.get("progress.retired.status", status));
        }
        Set<String> known = new HashSet<>();
        if (project.getPlan() != null) {
            for (PlanItem i : project.getPlan().getItems()) {
                known.add(i.getAssetId());
            }
        }
        for (Asset a : Pipeline.currentAssets(project)) {
            known.add(a.getId());
        }
        List<String> ids = new ArrayList<>();
        for (String v : args.all("retired")) {
            for (String id : v.split(",")) {
                if (!id.isBlank()) {
                    if (!known.contains(id.strip())) {
                        throw new OrigoException(PlanMessages.get("progress.retired.unknown", id.strip()), null, -1, "retired", null);
                    }
                    ids.add(id.strip());
                }
            }
        }
        String user = System.getProperty("user.name", "?");
        Date when = Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
        for (String id : ids) {
            project.getRetirements().removeIf(r -> id.equals(r.getAssetId()));
            Retirement r = OrigoFactory.eINSTANCE.createRetirement();
            r.setAssetId(id);
            r.setStatus(status.toUpperCase(Locale.ROOT));
            r.setDate(when);
            r.setUser(user);
            r.setNote(args.get("note", null));
            r.setRecordedAt(new Date());
            project.getRetirements().add(r);
        }
        ProjectStore.save(project, dir);
        ProjectStore.audit(dir, "progress.retired", String.join(",", ids) + " status=" + status + " on=" + date
                + (args.has("note") ? " note=" + args.get("note", "") : ""));
        ctx.println(PlanMessages.get("progress.retired", ids.size(), status, date.toString()));
        return 0;
    }

    static void print(CommandContext ctx, Burndown b) {
        Locale l = ctx.locale();
        NumberFormat n = NumberFormat.getIntegerInstance(l);
        NumberFormat pct = NumberFormat.getNumberInstance(l);
        pct.setMinimumFractionDigits(1);
        pct.setMaximumFractionDigits(1);
        String date = b.asOf() == null ? "-" : b.asOf().toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
        ctx.println(PlanMessages.get("progress.header", b.snapshotId(), date, String.valueOf(b.asOfYear())));
        ctx.println(PlanMessages.get("progress.totals", n.format(b.planned()), n.format(b.replaced()), n.format(b.gone()),
                n.format(b.remaining()), n.format(b.newForeign())));
        int behind = b.behind();
        ctx.println(PlanMessages.get(behind > 0 ? "progress.expected.behind" : "progress.expected.ahead",
                String.valueOf(b.asOfYear() - 1), n.format(b.expectedDone()), n.format(Math.abs(behind))));
        ctx.println(PlanMessages.get("progress.table.header"));
        for (PhaseProgress p : b.phases()) {
            ctx.out().println(p.index() + "\t" + p.year() + "\t" + pct.format(p.targetShare()) + " %\t" + n.format(p.planned())
                    + "\t" + n.format(p.replaced()) + "\t" + n.format(p.gone()) + "\t" + n.format(p.remaining()) + "\t"
                    + n.format(p.newForeign()) + "\t" + n.format(Math.round(p.targetRemainingAfter())));
        }
        ctx.println(PlanMessages.get("progress.curve"));
        for (Burndown.CurvePoint c : b.curve()) {
            ctx.println(PlanMessages.get("progress.curve.point", String.valueOf(c.year()), n.format(Math.round(c.targetRemaining())),
                    c.actualRemaining() == null ? PlanMessages.get(l, "progress.curve.unmeasured") : n.format(c.actualRemaining())));
        }
        groups(ctx, "progress.sites", b.sites(), n);
        groups(ctx, "progress.departments", b.departments(), n);
    }

    private static void groups(CommandContext ctx, String title, List<GroupProgress> groups, NumberFormat n) {
        ctx.println(PlanMessages.get(title));
        ctx.println(PlanMessages.get("progress.group.header"));
        for (GroupProgress g : groups) {
            String name = g.name().isEmpty() ? PlanMessages.get(ctx.locale(), "progress.none") : g.name();
            ctx.out().println(name + "\t" + n.format(g.planned()) + "\t" + n.format(g.replaced()) + "\t" + n.format(g.gone()) + "\t"
                    + n.format(g.remaining()) + "\t" + n.format(g.newForeign()));
        }
    }
}
