package org.origo.origin.rules;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.model.AssetKind;
import org.origo.model.ComponentKind;
import org.origo.model.SoftwareCategory;
import org.origo.origin.knowledge.JsonDoc;
import org.origo.origin.knowledge.JsonDoc.Node;
import org.origo.origin.knowledge.Knowledge;
import org.origo.origin.rules.internal.Condition;
import org.origo.origin.rules.internal.Template;
import org.origo.origin.rules.internal.i18n.RulesMessages;

/**
 * A profile's rules as loaded from its JSON file (format {@code origo-rules/1}, see docs/rules.md
 * and {@code schema/rules.schema.json}): the profile's id, label and description, the roll-up basis
 * per asset kind, the verdict lead texts and the ordered rules. Immutable once loaded.
 */
public final class RuleSet {

    /** Which components are key for some asset kinds, which must be identified, which are expected. */
    public record Basis(String id, Set<AssetKind> assetKinds, Set<String> key, Set<SoftwareCategory> keySoftware,
            List<Set<String>> required, Set<SoftwareCategory> expectSoftware) {
    }

    private final String file;
    private final String id;
    private final Text label;
    private final Text description;
    private final Map<Outcome, Text> leads;
    private final List<Basis> bases;
    private final Map<AssetKind, Basis> basisByKind;
    private final List<Rule> rules;

    private RuleSet(String file, String id, Text label, Text description, Map<Outcome, Text> leads, List<Basis> bases,
            List<Rule> rules) {
        this.file = file;
        this.id = id;
        this.label = label;
        this.description = description;
        this.leads = leads;
        this.bases = List.copyOf(bases);
        this.rules = List.copyOf(rules);
        Map<AssetKind, Basis> m = new EnumMap<>(AssetKind.class);
        for (Basis b : bases) {
            for (AssetKind k : b.assetKinds()) {
                m.putIfAbsent(k, b);
            }
        }
        this.basisByKind = m;
    }

    public String file() {
        return file;
    }

    public String id() {
        return id;
    }

    public Text label() {
        return label;
    }

    public Text description() {
        return description;
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<Basis> bases() {
        return bases;
    }

    /** The basis for an asset kind (every kind has one: the loader checks it). */
    public Basis basis(AssetKind kind) {
        return basisByKind.get(kind == null ? AssetKind.UNKNOWN : kind);
    }

    /** The lead sentence of a verdict. */
    public Text lead(Outcome outcome) {
        return leads.get(outcome);
    }

    /** The rule with this id, or null. */
    public Rule rule(String ruleId) {
        for (Rule r : rules) {
            if (r.id().equals(ruleId)) {
                return r;
            }
        }
        return null;
    }

    private static final Set<String> ROOT_KEYS = Set.of("format", "profile", "verdicts", "basis", "rules", "comment");

    /** Loads and validates a rules file; every error names the file, line and field. */
    public static RuleSet load(String file, InputStream in, Knowledge k) throws OrigoException {
        Node root = JsonDoc.parse(file, in);
        root.requireObject(ROOT_KEYS);
        String format = root.string("format", true);
        if (!"origo-rules/1".equals(format)) {
            throw RulesMessages.at(root.get("format"), "rules.bad.format", format);
        }
        Node profile = root.get("profile");
        if (profile == null) {
            throw RulesMessages.at(root, "rules.missing", "profile");
        }
        profile.requireObject(Set.of("id", "label", "description"));
        String id = profile.string("id", true);
        if (!id.matches("[a-z0-9][a-z0-9.-]*")) {
            throw RulesMessages.at(profile.get("id"), "rules.bad.id", id);
        }
        Text label = text(profile, "label");
        Text description = text(profile, "description");

        Node verdicts = root.get("verdicts");
        if (verdicts == null) {
            throw RulesMessages.at(root, "rules.missing", "verdicts");
        }
        verdicts.requireObject(Set.of("REPLACE", "KEEP", "REVIEW"));
        Map<Outcome, Text> leads = new EnumMap<>(Outcome.class);
        for (Outcome o : new Outcome[] { Outcome.REPLACE, Outcome.KEEP, Outcome.REVIEW }) {
            leads.put(o, text(verdicts, o.name()));
        }

        List<Basis> bases = new ArrayList<>();
        Set<AssetKind> covered = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        for (ComponentKind ck : ComponentKind.VALUES) {
            kinds.add(ck.getName());
        }
        for (Node b : root.array("basis", true)) {
            b.requireObject(Set.of("id", "assetKinds", "key", "keySoftware", "required", "expectSoftware", "comment"));
            String bid = b.string("id", true);
            Set<AssetKind> assetKinds = new LinkedHashSet<>();
            for (String s : b.strings("assetKinds")) {
                AssetKind ak = "*".equals(s) ? null : AssetKind.get(s);
                if (ak == null && !"*".equals(s)) {
                    throw RulesMessages.at(b.get("assetKinds"), "rules.bad.value", s, "assetKinds", AssetKind.VALUES.toString());
                }
                if (ak == null) {
                    assetKinds.addAll(AssetKind.VALUES);
                } else {
                    assetKinds.add(ak);
                }
            }
            if (assetKinds.isEmpty()) {
                throw RulesMessages.at(b, "rules.missing", "assetKinds");
            }
            covered.addAll(assetKinds);
            Set<String> key = new LinkedHashSet<>();
            for (String s : b.strings("key")) {
                if (!kinds.contains(s)) {
                    throw RulesMessages.at(b.get("key"), "rules.bad.value", s, "key", kinds.toString());
                }
                key.add(s);
            }
            List<Set<String>> required = new ArrayList<>();
            for (String s : b.strings("required")) {
                Set<String> alt = new LinkedHashSet<>();
                for (String part : s.split("\\|")) {
                    if (!key.contains(part.trim())) {
                        throw RulesMessages.at(b.get("required"), "rules.required.not.key", part.trim());
                    }
                    alt.add(part.trim());
                }
                required.add(java.util.Collections.unmodifiableSet(alt));
            }
            bases.add(new Basis(bid, Set.copyOf(assetKinds), java.util.Collections.unmodifiableSet(key), categories(b, "keySoftware"), List.copyOf(required),
                    categories(b, "expectSoftware")));
        }
        for (AssetKind ak : AssetKind.VALUES) {
            if (!covered.contains(ak)) {
                throw RulesMessages.at(root.get("basis"), "rules.basis.uncovered", ak.getName());
            }
        }

        List<Rule> rules = new ArrayList<>();
        Map<String, Node> ids = new HashMap<>();
        for (Node r : root.array("rules", true)) {
            r.requireObject(Set.of("id", "labels", "when", "outcome", "message", "effort", "priority", "comment"));
            String rid = r.string("id", true);
            if (ids.containsKey(rid)) {
                throw RulesMessages.at(r.get("id"), "rules.duplicate.id", rid, ids.get(rid).line());
            }
            ids.put(rid, r);
            Node when = r.get("when");
            if (when == null) {
                throw RulesMessages.at(r, "rules.missing", "when");
            }
            Condition condition = Condition.parse(when, k);
            String o = r.string("outcome", true);
            Outcome outcome;
            try {
                outcome = Outcome.valueOf(o);
            } catch (IllegalArgumentException e) {
                throw RulesMessages.at(r.get("outcome"), "rules.bad.value", o, "outcome", java.util.Arrays.toString(Outcome.values()));
            }
            Node message = r.get("message");
            if (message == null) {
                throw RulesMessages.at(r, "rules.missing", "message");
            }
            message.requireObject(Set.of("en", "zh"));
            Template en = Template.parse(message.get("en") == null ? message : message.get("en"), message.string("en", true), false);
            Template zh = Template.parse(message.get("zh") == null ? message : message.get("zh"), message.string("zh", true), true);
            if (!new HashSet<>(en.names()).equals(new HashSet<>(zh.names()))) {
                throw RulesMessages.at(message, "rules.message.mismatch", en.names(), zh.names());
            }
            String effort = r.string("effort", false);
            if (effort != null && !Set.of("LOW", "MEDIUM", "HIGH").contains(effort)) {
                throw RulesMessages.at(r.get("effort"), "rules.bad.value", effort, "effort", "LOW, MEDIUM, HIGH");
            }
            double priority = r.number("priority", 0);
            if (priority < 0 || priority != Math.rint(priority)) {
                throw RulesMessages.at(r.get("priority"), "rules.bad.priority", priority);
            }
            rules.add(new Rule(rid.intern(), List.copyOf(r.strings("labels")), condition, outcome, en, zh, effort, (int) priority, file,
                    r.line()));
        }
        if (rules.isEmpty()) {
            throw RulesMessages.at(root, "rules.missing", "rules");
        }
        return new RuleSet(file, id, label, description, leads, bases, rules);
    }

    private static Set<SoftwareCategory> categories(Node b, String field) throws OrigoException {
        Set<SoftwareCategory> out = new LinkedHashSet<>();
        for (String s : b.strings(field)) {
            SoftwareCategory c = SoftwareCategory.get(s);
            if (c == null) {
                throw RulesMessages.at(b.get(field), "rules.bad.value", s, field, SoftwareCategory.VALUES.toString());
            }
            out.add(c);
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    private static Text text(Node parent, String field) throws OrigoException {
        Node n = parent.get(field);
        if (n == null) {
            throw RulesMessages.at(parent, "rules.missing", field);
        }
        n.requireObject(Set.of("en", "zh"));
        return new Text(n.string("en", true), n.string("zh", true));
    }
}
