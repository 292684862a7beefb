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
import org.origo.model.Project;
import org.origo.model.Verdict;
import org.origo.model.VerdictOutcome;
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
        Project project = ProjectStore.open(dir);
        String profile = args.get("profile", project.getProfileId());
        if (profile == null) {
            throw new OrigoException(msg("override.no.profile"));
        }
        String id = args.positional().get(0);
        Asset asset = Pipeline.currentAssets(project).stream().filter(a -> id.equals(a.getId())).findFirst()
                .orElseThrow(() -> new OrigoException(msg("override.no.asset", id)));
        Verdict old = Pipeline.verdict(asset, profile);
        if (args.has("clear")) {
            if (old == null || !old.isOverride()) {
                throw new OrigoException(msg("override.none", id));
            }
            asset.getVerdicts().remove(old);
            ProjectStore.save(project, dir);
            ProjectStore.audit(dir, "verdict.override.clear", id + " profile=" + profile);
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
        Verdict nv = OrigoFactory.eINSTANCE.createVerdict();
        nv.setProfileId(profile);
        nv.setOutcome(outcome);
        nv.setOverride(true);
        nv.setAnyUs(old != null && old.isAnyUs());
        nv.getRuleIds().add(RULE_ID);
        String user = System.getProperty("user.name", "?");
        nv.setReasonEn(msg("override.reason", user, reason, old == null ? "-" : old.getOutcome().getName()).en());
        nv.setReasonZh(msg("override.reason", user, reason, old == null ? "-" : old.getOutcome().getName()).zh());
        if (old != null) {
            nv.getFindings().addAll(old.getFindings());
            asset.getVerdicts().remove(old);
        }
        asset.getVerdicts().add(nv);
        ProjectStore.save(project, dir);
        ProjectStore.audit(dir, "verdict.override", id + " profile=" + profile + " " + (old == null ? "-" : old.getOutcome())
                + " -> " + outcome + " reason=" + reason);
        ctx.println(msg("override.done", id, outcome.getName()));
        return 0;
    }
}
