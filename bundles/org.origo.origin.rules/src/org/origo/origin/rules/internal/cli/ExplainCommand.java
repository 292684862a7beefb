package org.origo.origin.rules.internal.cli;

import java.nio.file.Path;
import java.util.Locale;
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
import org.origo.model.Component;
import org.origo.model.OriginFact;
import org.origo.model.SoftwareInstall;
import org.origo.model.Verdict;
import org.origo.origin.rules.internal.i18n.RulesMessages;

/** {@code origo explain}: the verdict chain of one asset in plain language, with the origin facts used. */
@org.osgi.service.component.annotations.Component(service = OrigoCommand.class, property = { "origo.command=explain" })
public class ExplainCommand implements OrigoCommand {

    @Override
    public String name() {
        return "explain";
    }

    @Override
    public Text summary() {
        return RulesMessages.get("cmd.explain.summary");
    }

    @Override
    public Text usage() {
        return RulesMessages.get("cmd.explain.usage");
    }

    @Override
    public int run(CommandContext ctx) throws OrigoException {
        Args args = Args.parse(ctx.args(), Set.of("project", "profile"), Set.of());
        Path dir = ctx.path(args.require("project"));
        if (args.positional().size() != 1) {
            throw new UsageException(RulesMessages.get("cmd.explain.no.asset"));
        }
        String wanted = args.positional().get(0);
        // the one asset and the project's header are read, nothing else
        Found found = ProjectStore.read(dir, s -> {
            String snapshot = ProjectStore.latestSnapshotId(s).orElse(null);
            Asset a = snapshot == null ? null : s.findAsset(snapshot, wanted).orElse(null);
            return new Found(a, args.get("profile", s.loadHeader().getProfileId()));
        });
        Asset asset = found.asset();
        if (asset == null) {
            throw new OrigoException(RulesMessages.get("cmd.explain.not.found", wanted));
        }
        String profileId = found.profile();
        Verdict v = Pipeline.verdict(asset, profileId);
        if (v == null) {
            throw new OrigoException(RulesMessages.get("cmd.explain.no.verdict", asset.getId(), profileId == null ? "" : " (" + profileId + ")"));
        }
        for (Text line : lines(asset, v)) {
            ctx.println(line);
        }
        return 0;
    }

    /** The explanation lines, each in English and Chinese. */
    static java.util.List<Text> lines(Asset asset, Verdict v) {
        java.util.List<Text> out = new java.util.ArrayList<>();
        Text us = v.isAnyUs() ? RulesMessages.get("cmd.explain.us") : new Text("", "");
        Text outcome = RulesMessages.get("outcome." + v.getOutcome().getName());
        Text header = RulesMessages.get("cmd.explain.header", asset.getId(), orDash(asset.getHostname()), asset.getKind(), v.getProfileId(),
                outcome.en(), us.en());
        Text headerZh = RulesMessages.get("cmd.explain.header", asset.getId(), orDash(asset.getHostname()), asset.getKind(), v.getProfileId(),
                outcome.zh(), us.zh());
        out.add(new Text(header.en(), headerZh.zh()));
        if (v.isOverride()) {
            out.add(RulesMessages.get("cmd.explain.override"));
        }
        out.add(new Text(nz(v.getReasonEn()), nz(v.getReasonZh())));
        out.add(RulesMessages.get("cmd.explain.rules", String.join("; ", v.getRuleIds())));
        for (Component c : asset.getComponents()) {
            Text kind = RulesMessages.get("kind." + c.getKind().getName());
            String what = (nz(c.getRawVendor() != null ? c.getRawVendor() : c.getVendor()) + " " + nz(c.getProduct())).trim();
            out.add(component(kind, what, c.getOrigin() == null ? java.util.List.of() : c.getOrigin().getFacts()));
        }
        for (SoftwareInstall si : asset.getSoftware()) {
            if (si.getTitle() == null || si.getTitle().getOrigin() == null || si.getTitle().getOrigin().getFacts().isEmpty()
                    || si.getTitle().getOrigin().getFacts().get(0).getParty() == null) {
                continue; // titles no knowledge recognises say nothing about origin
            }
            out.add(component(RulesMessages.get("kind.SOFTWARE"), nz(si.getTitle().getName()), si.getTitle().getOrigin().getFacts()));
        }
        for (String f : v.getFindings()) {
            out.add(RulesMessages.get("cmd.explain.finding", f));
        }
        out.add(RulesMessages.get("cmd.explain.sources", String.join("; ", asset.getSources())));
        return out;
    }

    private static Text component(Text kind, String what, java.util.List<OriginFact> facts) {
        StringBuilder en = new StringBuilder();
        StringBuilder zh = new StringBuilder();
        for (OriginFact f : facts) {
            Text line = RulesMessages.get("cmd.explain.fact", f.getRole().getName(), f.getParty() == null ? "?" : f.getParty(),
                    f.getCountry() == null ? "?" : f.getCountry(), f.getSource() == null ? f.getNote() : f.getSource(),
                    String.format(Locale.ROOT, "%.2f", f.getConfidence()));
            en.append('\n').append(line.en());
            zh.append('\n').append(line.zh());
        }
        Text head = RulesMessages.get("cmd.explain.component", kind.en(), what);
        Text headZh = RulesMessages.get("cmd.explain.component", kind.zh(), what);
        return new Text(head.en() + en, headZh.zh() + zh);
    }

    /** The asset asked for (by id, host name or serial) in the latest snapshot, and the profile to explain. */
    private record Found(Asset asset, String profile) {
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}
