package org.origo.ui.internal.ops;

import java.util.ArrayList;
import java.util.List;

import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.core.Pipeline;
import org.origo.model.Asset;
import org.origo.model.OrigoFactory;
import org.origo.model.Verdict;
import org.origo.model.VerdictOutcome;
import org.origo.origin.api.OriginProfile;
import org.origo.ui.internal.Operations;
import org.origo.ui.internal.Workbench;
import org.origo.ui.internal.i18n.UiMessages;

/**
 * A technician's verdict on assets that replaces the profile's (kept across re-classification, as
 * with {@code origo override}), or, with a null outcome, handing the assets back to the rules: the
 * override is removed and the profile evaluates the asset again at once when it is installed.
 */
public final class OverrideOperation extends ProjectOperation {

    /** The rule id recorded on overridden verdicts (the same as the command line's). */
    public static final String RULE_ID = "manual-override";

    private final List<Asset> assets;
    private final String profileId;
    private final VerdictOutcome outcome;
    private final String reason;
    private final String user;
    private final List<Verdict> before = new ArrayList<>();
    private final List<Verdict> after = new ArrayList<>();

    public OverrideOperation(Workbench wb, List<Asset> assets, String profileId, VerdictOutcome outcome, String reason) {
        super(wb, outcome == null ? Operations.label("op.override.clear", assets.size())
                : overrideLabel(assets.size(), outcome),
                outcome == null ? "verdict.override.clear" : "verdict.override");
        this.assets = List.copyOf(assets);
        this.profileId = profileId;
        this.outcome = outcome;
        this.reason = reason == null ? "" : reason.strip();
        this.user = System.getProperty("user.name", "?");
    }

    private static Text overrideLabel(int n, VerdictOutcome outcome) {
        Text v = UiMessages.text("verdict." + outcome.getLiteral());
        return new Text(Operations.label("op.override", n, v.en()).en(), Operations.label("op.override", n, v.zh()).zh());
    }

    /** The override verdict the rules' verdict {@code old} gives way to. */
    public static Verdict overrideVerdict(String profileId, VerdictOutcome outcome, String reason, String user, Verdict old) {
        Verdict nv = OrigoFactory.eINSTANCE.createVerdict();
        nv.setProfileId(profileId);
        nv.setOutcome(outcome);
        nv.setOverride(true);
        nv.setAnyUs(old != null && old.isAnyUs());
        nv.getRuleIds().add(RULE_ID);
        Text t = UiMessages.text("override.reason", user, reason, old == null ? "-" : old.getOutcome().getName());
        nv.setReasonEn(t.en());
        nv.setReasonZh(t.zh());
        if (old != null) {
            nv.getFindings().addAll(old.getFindings());
        }
        return nv;
    }

    @Override
    protected void apply() throws OrigoException {
        if (outcome != null && reason.isEmpty()) {
            throw new OrigoException(UiMessages.text("override.reason.missing"));
        }
        boolean first = before.isEmpty();
        OriginProfile profile = outcome == null ? wb.services().contributions().profile(profileId).orElse(null) : null;
        for (int i = 0; i < assets.size(); i++) {
            Asset a = assets.get(i);
            Verdict old = Pipeline.verdict(a, profileId);
            Verdict nv;
            if (first) {
                before.add(old);
                if (outcome != null) {
                    nv = overrideVerdict(profileId, outcome, reason, user, old);
                } else if (old != null && !old.isOverride()) {
                    nv = old; // not overridden: nothing to hand back
                } else {
                    nv = profile == null ? null : profile.evaluate(a);
                    if (nv != null) {
                        nv.setProfileId(profileId); // as classification records it
                    }
                }
                after.add(nv);
            } else {
                nv = after.get(i);
            }
            swap(a, old, nv);
        }
    }

    @Override
    protected void revert() {
        for (int i = 0; i < assets.size(); i++) {
            swap(assets.get(i), after.get(i), before.get(i));
        }
    }

    private static void swap(Asset a, Verdict out, Verdict in) {
        if (out == in) {
            return;
        }
        int at = out == null ? -1 : a.getVerdicts().indexOf(out);
        if (at >= 0) {
            a.getVerdicts().remove(at);
        }
        if (in != null) {
            a.getVerdicts().add(at >= 0 ? Math.min(at, a.getVerdicts().size()) : a.getVerdicts().size(), in);
        }
    }

    @Override
    protected String detail() {
        StringBuilder ids = new StringBuilder();
        for (Asset a : assets) {
            ids.append(ids.length() == 0 ? "" : ",").append(a.getId());
        }
        return ids + " profile=" + profileId + (outcome == null ? "" : " -> " + outcome + " reason=" + reason);
    }
}
