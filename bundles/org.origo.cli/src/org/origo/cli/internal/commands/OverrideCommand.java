package org.origo.cli.internal.commands;

import java.nio.file.Path;
import java.util.Set;

import org.origo.api.Args;
import org.origo.api.CommandContext;
import org.origo.api.OrigoCommand;
import org.origo.api.OrigoException;
import org.origo.api.UsageException;
import org.origo.core.Pipeline;
import org.origo.core.ProjectStore;
import org.origo.model.Asset;
import org.origo.model.OrigoFactory;
import org.origo.model.Verdict;
import org.origo.model.VerdictOutcome;
import org.origo.store.api.StoreTransaction;
import org.osgi.service.component.annotations.Component;

/**
 * {@code origo override}: a technician's decision that replaces the profile's verdict on one asset
 * (kept across re-classification), or {@code --clear} to hand the asset back to the rules. Every
 * override is written to the audit log.
 */
@Component(service = OrigoCommand.class, property = OrigoCommand.PROP_NAME + "=override")
public class OverrideCommand extends BaseCommand {

    /** The rule id recorded on overridden verdicts. */
    public static final String RULE_ID = "manual-override";

    @Override
    public String name() {
        return "override";
    }

    @Override
    public int run(CommandContext ctx) throws OrigoException {
        Args args = Args.parse(ctx.args(), Set.of("project", "verdict", "reason", "profile"), Set.of("clear"));
        if (args.positional().size() != 1) {
            throw new UsageException(msg("override.usage.error"));
        }
        Path dir = ctx.path(args.require("project"));
        String id = args.positional().get(0);
        Scope scope = scope(dir, args.get("profile", null), id);
        if (args.has("clear")) {
            // one asset read and written in one transaction; the rest of the project is not touched
            ProjectStore.write(dir, "verdict.override.clear", id, tx -> {
                Target t = target(tx, scope, id);
                Verdict old = Pipeline.verdict(t.asset, t.profile);
                if (old == null || !old.isOverride()) {
                    throw new OrigoException(msg("override.none", id));
                }
                t.asset.getVerdicts().remove(old);
                tx.putVerdicts(t.snapshot, id, t.asset.getVerdicts());
                tx.auditDetail(id + " profile=" + t.profile);
                return null;
            });
            ctx.println(msg("override.cleared", id));
            return 0;
        }
        String v = args.require("verdict");
        VerdictOutcome outcome = VerdictOutcome.get(v.toUpperCase(java.util.Locale.ROOT));
        if (outcome == null) {
            throw new UsageException(msg("override.bad.verdict", v));
        }
        String reason = args.require("reason");
        if (reason.isBlank()) {
            throw new UsageException(msg("override.usage.error"));
        }
        ProjectStore.write(dir, "verdict.override", id, tx -> {
            Target t = target(tx, scope, id);
            Verdict old = Pipeline.verdict(t.asset, t.profile);
            Verdict nv = OrigoFactory.eINSTANCE.createVerdict();
            nv.setProfileId(t.profile);
            nv.setOutcome(outcome);
            nv.setOverride(true);
            nv.setAnyUs(old != null && old.isAnyUs());
            nv.getRuleIds().add(RULE_ID);
            String user = System.getProperty("user.name", "?");
            nv.setReasonEn(msg("override.reason", user, reason, old == null ? "-" : old.getOutcome().getName()).en());
            nv.setReasonZh(msg("override.reason", user, reason, old == null ? "-" : old.getOutcome().getName()).zh());
            if (old != null) {
                nv.getFindings().addAll(old.getFindings());
                t.asset.getVerdicts().remove(old);
            }
            t.asset.getVerdicts().add(nv);
            tx.putVerdicts(t.snapshot, id, t.asset.getVerdicts());
            tx.auditDetail(id + " profile=" + t.profile + " " + (old == null ? "-" : old.getOutcome()) + " -> " + outcome + " reason=" + reason);
            return null;
        });
        ctx.println(msg("override.done", id, outcome.getName()));
        return 0;
    }

    /** The asset of the latest snapshot and the profile whose verdict is overridden. */
    private record Target(String snapshot, Asset asset, String profile) {
    }

    /** The latest snapshot and the profile, read (without the project's bulk) before the write. */
    private record Scope(String snapshot, String profile) {
    }

    private static Scope scope(Path dir, String profileOption, String id) throws OrigoException {
        Scope scope = ProjectStore.read(dir, s -> new Scope(ProjectStore.latestSnapshotId(s).orElse(null),
                profileOption != null ? profileOption : s.loadHeader().getProfileId()));
        if (scope.profile() == null) {
            throw new OrigoException(msg("override.no.profile"));
        }
        if (scope.snapshot() == null) {
            throw new OrigoException(msg("override.no.asset", id));
        }
        return scope;
    }

    private static Target target(StoreTransaction tx, Scope scope, String id) throws OrigoException {
        Asset asset = tx.asset(scope.snapshot(), id).orElseThrow(() -> new OrigoException(msg("override.no.asset", id)));
        return new Target(scope.snapshot(), asset, scope.profile());
    }
}
