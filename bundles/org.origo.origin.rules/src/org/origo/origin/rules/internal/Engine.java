package org.origo.origin.rules.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EObject;
import org.origo.api.Text;
import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.OriginFact;
import org.origo.model.OriginFacts;
import org.origo.model.OriginRole;
import org.origo.model.OrigoFactory;
import org.origo.model.Party;
import org.origo.model.Project;
import org.origo.model.SoftwareCategory;
import org.origo.model.SoftwareInstall;
import org.origo.model.SoftwareTitle;
import org.origo.model.Verdict;
import org.origo.model.VerdictOutcome;
import org.origo.origin.knowledge.KindInfo;
import org.origo.origin.knowledge.Knowledge;
import org.origo.origin.rules.Outcome;
import org.origo.origin.rules.Rule;
import org.origo.origin.rules.RuleSet;
import org.origo.origin.rules.RuleSet.Basis;
import org.origo.origin.rules.internal.Subject.Status;
import org.origo.origin.rules.internal.i18n.RulesMessages;

/**
 * Evaluates assets against a {@link RuleSet}. Each recorded component and software title becomes a
 * {@link Subject}; the ordered rules decide each key subject; the asset verdict rolls up: REPLACE if
 * any key subject is to be replaced, else REVIEW if any needs review (or a required component is not
 * inventoried), else KEEP. Thread-safe: subjects, rule decisions and explanations are cached and
 * shared, so identical configurations share their explanation strings.
 */
public final class Engine {

    private static final int CACHE_LIMIT = 200_000;

    private final RuleSet rules;
    private final Knowledge knowledge;
    private final SubjectResolver resolver;
    private final Rule[] ruleArray;
    private final Map<String, Result> results = new ConcurrentHashMap<>();
    private final Map<String, OriginFacts> detached = new ConcurrentHashMap<>();
    private final Map<Project, ProjectIndex> perProject = new WeakHashMap<>();
    private final String noRuleId;
    private final String emptyId;

    /** The shared outcome of one configuration. */
    record Result(VerdictOutcome outcome, boolean anyUs, List<String> ruleIds, String reasonEn, String reasonZh, List<String> findings) {
    }

    private record Decision(Subject subject, boolean key, Rule rule, Outcome outcome, List<Rule> findings) {
    }

    public Engine(RuleSet rules, Knowledge knowledge) {
        this.rules = rules;
        this.knowledge = knowledge;
        this.resolver = new SubjectResolver(knowledge);
        this.ruleArray = rules.rules().toArray(new Rule[0]);
        this.noRuleId = (rules.id() + ".no-rule").intern();
        this.emptyId = (rules.id() + ".nothing-recorded").intern();
    }

    public RuleSet rules() {
        return rules;
    }

    /** Evaluates one asset: sets origin facts on its components and titles, returns a new detached verdict. */
    public Verdict evaluate(Asset asset) {
        AssetKind recordedKind = asset.getKind() == null ? AssetKind.UNKNOWN : asset.getKind();
        Project project = project(asset);
        int n = asset.getComponents().size();
        Subject[] resolved = new Subject[n];
        Subject system = null;
        Subject board = null;
        for (int i = 0; i < n; i++) {
            Component c = asset.getComponents().get(i);
            Subject s = resolver.component(c);
            resolved[i] = s;
            if (system == null && ComponentKind.SYSTEM.getName().equals(s.kind)) {
                system = s;
            } else if (board == null && ComponentKind.BOARD.getName().equals(s.kind)) {
                board = s;
            }
        }
        // a technician's fallback: a placeholder or empty system maker is read from the mainboard
        Subject brand = resolver.boardFallback(system, board);
        if (brand != null) {
            for (int i = 0; i < n; i++) {
                if (resolved[i] == system) {
                    resolved[i] = brand;
                }
            }
            system = brand;
        }
        KindInfo inferred = null;
        AssetKind kind = recordedKind;
        if (kind == AssetKind.UNKNOWN && system != null) {
            inferred = knowledge.kind(system.party == null ? null : system.party.getId(), system.product).orElse(null);
            if (inferred == null && system.product != null && system.raw != null) {
                inferred = knowledge.kind(null, system.raw + " " + system.product).orElse(null);
            }
            if (inferred != null) {
                kind = inferred.kind();
            }
        }
        Basis basis = rules.basis(kind);
        List<Subject> subjects = new ArrayList<>(n + asset.getSoftware().size() + 1);
        StringBuilder signature = new StringBuilder(64).append(kind.getValue()).append(inferred == null ? ':' : '~');
        if (brand != null && !containsSame(List.of(resolved), brand)) {
            subjects.add(brand);
            signature.append(brand.seq).append(',');
        }
        for (int i = 0; i < n; i++) {
            Component c = asset.getComponents().get(i);
            Subject s = resolved[i];
            OriginFacts of = origin(project, s);
            if (c.getOrigin() != of) {
                c.setOrigin(of);
            }
            if (!containsSame(subjects, s)) {
                subjects.add(s);
                signature.append(s.seq).append(',');
            }
        }
        for (SoftwareInstall si : asset.getSoftware()) {
            SoftwareTitle t = si.getTitle();
            if (t == null) {
                continue;
            }
            Subject s = resolver.title(t);
            OriginFacts of = origin(project, s);
            if (t.getOrigin() != of) {
                synchronized (t) {
                    t.setOrigin(of);
                }
            }
            if (!containsSame(subjects, s)) {
                subjects.add(s);
                signature.append(s.seq).append(',');
            }
        }
        if (inferred != null) {
            signature.append('#').append(inferred.id()).append('@').append(system.seq);
        }
        String sig = signature.toString();
        Result r = results.get(sig);
        if (r == null) {
            r = decide(kind, basis, subjects, inferred == null ? null : inferredNote(inferred, system));
            if (results.size() < CACHE_LIMIT) {
                Result prev = results.putIfAbsent(sig, r);
                if (prev != null) {
                    r = prev;
                }
            }
        }
        Verdict v = OrigoFactory.eINSTANCE.createVerdict();
        v.setProfileId(rules.id());
        v.setOutcome(r.outcome);
        v.setAnyUs(r.anyUs);
        v.getRuleIds().addAll(r.ruleIds);
        v.setReasonEn(r.reasonEn);
        v.setReasonZh(r.reasonZh);
        v.getFindings().addAll(r.findings);
        return v;
    }

    private static boolean containsSame(List<Subject> list, Subject s) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == s) {
                return true;
            }
        }
        return false;
    }

    private boolean isKey(Basis basis, Subject s) {
        if (Subject.SOFTWARE.equals(s.kind)) {
            return s.category != null && basis.keySoftware().contains(s.category);
        }
        return basis.key().contains(s.kind);
    }

    /** The sentence saying which kind the engine took the asset for, and from what. */
    private static Text inferredNote(KindInfo inferred, Subject system) {
        Text kind = RulesMessages.get("asset." + inferred.kind().getName());
        String from = system.party != null ? system.party.getName() : system.raw != null ? system.raw : "";
        String fromZh = system.party != null && system.party.getNameZh() != null ? system.party.getNameZh() : from;
        String model = system.product == null ? "" : " " + system.product;
        return new Text(RulesMessages.get("engine.kind.inferred", kind.en(), from + model).en(),
                RulesMessages.get("engine.kind.inferred", kind.zh(), fromZh + model).zh());
    }

    private Result decide(AssetKind kind, Basis basis, List<Subject> recorded, Text kindNote) {
        List<Subject> subjects = new ArrayList<>(recorded);
        Set<String> present = new LinkedHashSet<>();
        Set<SoftwareCategory> presentCategories = new LinkedHashSet<>();
        for (Subject s : recorded) {
            present.add(s.kind);
            if (s.category != null) {
                presentCategories.add(s.category);
            }
        }
        for (Set<String> group : basis.required()) {
            if (Collections.disjoint(group, present)) {
                subjects.add(resolver.notInventoried(group.iterator().next()));
            }
        }
        List<Decision> decisions = new ArrayList<>();
        for (Subject s : subjects) {
            boolean key = s.status == Status.NOT_INVENTORIED || isKey(basis, s);
            decisions.add(decide(kind, s, key));
        }
        // roll-up over key subjects
        boolean replace = false;
        boolean review = false;
        boolean keep = false;
        boolean anyUs = false;
        for (Decision d : decisions) {
            if (!d.key || d.outcome == null) {
                continue;
            }
            switch (d.outcome) {
            case REPLACE:
                replace = true;
                anyUs |= d.subject.usOrigin();
                break;
            case REVIEW:
                review = true;
                break;
            case KEEP:
                keep = true;
                break;
            default:
                break;
            }
        }
        Outcome outcome = replace ? Outcome.REPLACE : review ? Outcome.REVIEW : keep ? Outcome.KEEP : Outcome.REVIEW;
        boolean nothing = !replace && !review && !keep;

        LinkedHashSet<String> ruleIds = new LinkedHashSet<>();
        List<String> itemsEn = new ArrayList<>();
        List<String> itemsZh = new ArrayList<>();
        List<String> findingsEn = new ArrayList<>();
        List<String> findingsZh = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        for (Outcome o : new Outcome[] { Outcome.REPLACE, Outcome.REVIEW, Outcome.KEEP }) {
            for (Decision d : decisions) {
                if (d.key && d.outcome == o) {
                    String id = d.rule == null ? noRuleId : d.rule.id();
                    ruleIds.add(id);
                    itemsEn.add(message(d, false) + " [" + id + "]");
                    itemsZh.add(message(d, true) + "［" + id + "］");
                }
            }
        }
        for (Decision d : decisions) {
            for (Rule f : d.findings) {
                ruleIds.add(f.id());
                String en = f.messageEn().render(d.subject, knowledge);
                String zh = f.messageZh().render(d.subject, knowledge);
                findingsEn.add(en + " [" + f.id() + "]");
                findingsZh.add(zh + "［" + f.id() + "］");
                findings.add((f.id() + ": " + en).intern());
            }
        }
        if (nothing) {
            ruleIds.add(emptyId);
            Text t = RulesMessages.get("engine.nothing.recorded");
            itemsEn.add(t.en() + " [" + emptyId + "]");
            itemsZh.add(t.zh() + "［" + emptyId + "］");
        }
        // components the profile considers but the inventory does not record
        List<String> missingEn = new ArrayList<>();
        List<String> missingZh = new ArrayList<>();
        for (String k : basis.key()) {
            if (!present.contains(k)) {
                Text t = RulesMessages.get("kind." + k);
                missingEn.add(t.en());
                missingZh.add(t.zh());
            }
        }
        for (SoftwareCategory c : basis.expectSoftware()) {
            if (!presentCategories.contains(c)) {
                Text t = RulesMessages.get("category." + c.getName());
                missingEn.add(t.en());
                missingZh.add(t.zh());
            }
        }
        Text lead = rules.lead(outcome);
        StringBuilder en = new StringBuilder(lead.en());
        StringBuilder zh = new StringBuilder(lead.zh());
        en.append(' ').append(String.join("; ", itemsEn)).append('.');
        zh.append(String.join("；", itemsZh)).append('。');
        if (kindNote != null) {
            en.append(' ').append(kindNote.en());
            zh.append(kindNote.zh());
        }
        if (!missingEn.isEmpty()) {
            en.append(' ').append(RulesMessages.get("engine.not.inventoried", String.join(", ", missingEn)).en());
            zh.append(RulesMessages.get("engine.not.inventoried", String.join("、", missingZh)).zh());
        }
        if (!findingsEn.isEmpty()) {
            en.append(' ').append(RulesMessages.get("engine.findings", String.join("; ", findingsEn)).en());
            zh.append(RulesMessages.get("engine.findings", String.join("；", findingsZh)).zh());
        }
        List<String> ids = new ArrayList<>(ruleIds.size());
        for (String id : ruleIds) {
            ids.add(id.intern());
        }
        return new Result(VerdictOutcome.get(outcome.name()), anyUs && replace, List.copyOf(ids), en.toString().intern(),
                zh.toString().intern(), List.copyOf(findings));
    }

    private String message(Decision d, boolean zh) {
        String m = ruleMessage(d, zh);
        Text note = d.subject.note;
        return note == null ? m : m + (zh ? "（" + note.zh() + "）" : " (" + note.en() + ")");
    }

    private String ruleMessage(Decision d, boolean zh) {
        if (d.rule == null) {
            Text t = RulesMessages.get("engine.no.rule", RulesMessages.get("kind." + d.subject.kind).en(),
                    d.subject.product == null ? "" : d.subject.product);
            Text tz = RulesMessages.get("engine.no.rule", RulesMessages.get("kind." + d.subject.kind).zh(),
                    d.subject.product == null ? "" : d.subject.product);
            return zh ? tz.zh() : t.en();
        }
        return (zh ? d.rule.messageZh() : d.rule.messageEn()).render(d.subject, knowledge);
    }

    private Decision decide(AssetKind kind, Subject s, boolean key) {
        List<Rule> findings = null;
        for (Rule r : ruleArray) {
            if (!key && r.outcome() != Outcome.FINDING) {
                continue;
            }
            if (!r.when().test(s, kind, key)) {
                continue;
            }
            if (r.outcome() == Outcome.FINDING) {
                if (findings == null) {
                    findings = new ArrayList<>(2);
                }
                findings.add(r);
                if (!key) {
                    break;
                }
                continue;
            }
            return new Decision(s, key, r, r.outcome(), findings == null ? List.of() : findings);
        }
        return new Decision(s, key, null, key ? Outcome.REVIEW : null, findings == null ? List.of() : findings);
    }

    // ------------------------------------------------------------------ origin facts

    private static Project project(Asset asset) {
        EObject o = asset;
        while (o.eContainer() != null) {
            o = o.eContainer();
        }
        return o instanceof Project p ? p : null;
    }

    /**
     * The origin facts already in one project, by key, and which of them were refreshed by this engine. Holds the
     * project weakly so that a closed project can be collected.
     */
    private record ProjectIndex(java.lang.ref.WeakReference<Project> project, Map<String, OriginFacts> index, Set<String> refreshed) {
    }

    private volatile ProjectIndex last;

    private ProjectIndex index(Project project) {
        ProjectIndex pi = last;
        if (pi != null && pi.project.get() == project) {
            return pi;
        }
        synchronized (perProject) {
            pi = perProject.get(project);
            if (pi == null) {
                Map<String, OriginFacts> index = new ConcurrentHashMap<>();
                synchronized (project) {
                    for (OriginFacts of : project.getOrigins()) {
                        if (of.getKey() != null) {
                            index.put(of.getKey(), of);
                        }
                    }
                }
                // facts kept from an earlier run are refreshed the first time this engine uses them
                pi = new ProjectIndex(new java.lang.ref.WeakReference<>(project), index, ConcurrentHashMap.newKeySet());
                perProject.put(project, pi);
            }
            last = pi;
            return pi;
        }
    }

    private OriginFacts origin(Project project, Subject s) {
        if (project == null) {
            OriginFacts of = detached.get(s.key);
            return of != null ? of : detached.computeIfAbsent(s.key, k -> facts(s, OrigoFactory.eINSTANCE.createOriginFacts()));
        }
        ProjectIndex pi = index(project);
        String key = s.factsKey;
        OriginFacts of = pi.index.get(key);
        if (of != null) {
            if (!pi.refreshed.contains(key)) {
                synchronized (project) {
                    if (pi.refreshed.add(key)) {
                        of.getFacts().clear();
                        facts(s, of);
                    }
                }
            }
            return of;
        }
        synchronized (project) {
            of = pi.index.get(key);
            if (of == null) {
                of = facts(s, OrigoFactory.eINSTANCE.createOriginFacts());
                project.getOrigins().add(of);
                pi.index.put(key, of);
                pi.refreshed.add(key);
            }
        }
        return of;
    }

    private OriginFacts facts(Subject s, OriginFacts of) {
        of.setKey(s.factsKey);
        if (s.party != null) {
            of.getFacts().add(fact(s.role, s.party, s.party.getSource(), s.cpu != null ? s.cpu.confidence()
                    : s.os != null ? s.os.confidence() : s.title != null ? s.title.confidence() : 0.9,
                    s.cpu != null ? s.cpu.family() + " (" + s.cpu.isa() + ")" : s.os != null ? s.os.lineage() : null));
            Party controller = s.party.getUltimateController();
            if (controller != null && controller != s.party) {
                of.getFacts().add(fact(OriginRole.CONTROLLER, controller, controller.getSource(), 0.9, null));
            }
        }
        if (s.cpu != null && s.cpu.licensor() != null) {
            of.getFacts().add(fact(OriginRole.ISA_LICENSOR, s.cpu.licensor(), s.cpu.source(), s.cpu.confidence(), s.cpu.licence()));
        }
        if (s.party == null) {
            OriginFact f = OrigoFactory.eINSTANCE.createOriginFact();
            f.setRole(s.role == null ? OriginRole.BRAND_OWNER : s.role);
            f.setNote(s.status.name() + (s.raw == null ? "" : ": " + s.raw));
            f.setConfidence(0);
            of.getFacts().add(f);
        }
        return of;
    }

    private static OriginFact fact(OriginRole role, Party p, String source, double confidence, String note) {
        OriginFact f = OrigoFactory.eINSTANCE.createOriginFact();
        f.setRole(role);
        f.setParty(p.getName());
        f.setCountry(p.getCountry());
        f.setSource(source);
        f.setConfidence(confidence);
        f.setNote(note);
        return f;
    }
}
