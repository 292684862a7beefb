package org.origo.origin.rules.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.origo.api.OrigoException;
import org.origo.model.AssetKind;
import org.origo.model.ComponentKind;
import org.origo.model.SoftwareCategory;
import org.origo.origin.knowledge.JsonDoc.Node;
import org.origo.origin.knowledge.Knowledge;
import org.origo.origin.rules.internal.Subject.Status;
import org.origo.origin.rules.internal.i18n.RulesMessages;

/** A compiled rule condition over one subject (patterns are compiled once, when the rules load). */
@FunctionalInterface
public interface Condition {

    boolean test(Subject s, AssetKind assetKind, boolean key);

    /** Every key a condition object may use. */
    Set<String> KEYS = Set.of("kind", "assetKind", "status", "key", "vendor", "publisher", "designer", "licensor", "country",
            "controllerCountry", "countryKnown", "isa", "abi", "lineage", "category", "product", "title", "all", "any", "not");

    /** Parses a condition object; every error names the file, line and field. */
    static Condition parse(Node n, Knowledge k) throws OrigoException {
        n.requireObject(KEYS);
        List<Condition> parts = new ArrayList<>();
        for (String name : n.fields().keySet()) {
            Node v = n.get(name);
            switch (name) {
            case "kind": {
                Set<String> allowed = new HashSet<>();
                for (ComponentKind ck : ComponentKind.VALUES) {
                    allowed.add(ck.getName());
                }
                allowed.add(Subject.SOFTWARE);
                Set<String> set = names(n, name, allowed);
                parts.add((s, a, key) -> set.contains(s.kind));
                break;
            }
            case "assetKind": {
                Set<String> allowed = new HashSet<>();
                for (AssetKind ak : AssetKind.VALUES) {
                    allowed.add(ak.getName());
                }
                Set<String> set = names(n, name, allowed);
                parts.add((s, a, key) -> a != null && set.contains(a.getName()));
                break;
            }
            case "status": {
                Set<String> allowed = new HashSet<>();
                for (Status st : Status.values()) {
                    allowed.add(st.name());
                }
                Set<String> set = names(n, name, allowed);
                parts.add((s, a, key) -> set.contains(s.status.name()));
                break;
            }
            case "key": {
                boolean want = n.bool(name);
                parts.add((s, a, key) -> key == want);
                break;
            }
            case "vendor":
            case "publisher": {
                Set<String> ids = parties(n, name, k);
                parts.add((s, a, key) -> s.partyIn(ids));
                break;
            }
            case "designer": {
                Set<String> ids = parties(n, name, k);
                parts.add((s, a, key) -> s.cpu != null && Subject.isIn(s.cpu.designer(), ids));
                break;
            }
            case "licensor": {
                Set<String> ids = parties(n, name, k);
                parts.add((s, a, key) -> s.cpu != null && Subject.isIn(s.cpu.licensor(), ids));
                break;
            }
            case "country": {
                Set<String> set = countries(n, name);
                parts.add((s, a, key) -> s.country != null && set.contains(s.country));
                break;
            }
            case "controllerCountry": {
                Set<String> set = countries(n, name);
                parts.add((s, a, key) -> s.controllerCountry != null && set.contains(s.controllerCountry));
                break;
            }
            case "countryKnown": {
                boolean want = n.bool(name);
                parts.add((s, a, key) -> (s.country != null) == want);
                break;
            }
            case "isa": {
                Set<String> set = lower(n.strings(name));
                parts.add((s, a, key) -> s.cpu != null && set.contains(s.cpu.isaFamily().toLowerCase(Locale.ROOT)));
                break;
            }
            case "abi": {
                Set<String> set = names(n, name, Set.of("new-world", "old-world"));
                parts.add((s, a, key) -> s.abi != null && set.contains(s.abi));
                break;
            }
            case "lineage": {
                Set<String> set = lower(n.strings(name));
                parts.add((s, a, key) -> s.os != null && set.contains(s.os.lineage().toLowerCase(Locale.ROOT)));
                break;
            }
            case "category": {
                Set<String> allowed = new HashSet<>();
                for (SoftwareCategory c : SoftwareCategory.VALUES) {
                    allowed.add(c.getName());
                }
                Set<String> set = names(n, name, allowed);
                parts.add((s, a, key) -> s.category != null && set.contains(s.category.getName()));
                break;
            }
            case "product": {
                Pattern p = pattern(v, n.string(name, true));
                parts.add((s, a, key) -> s.product != null && p.matcher(s.product).find());
                break;
            }
            case "title": {
                Pattern p = pattern(v, n.string(name, true));
                parts.add((s, a, key) -> s.title != null && p.matcher(s.title.name()).find() || s.product != null
                        && Subject.SOFTWARE.equals(s.kind) && p.matcher(s.product).find());
                break;
            }
            case "all":
            case "any": {
                if (!v.isArray() || v.items().isEmpty()) {
                    throw RulesMessages.at(v, "rules.condition.list", name);
                }
                List<Condition> subs = new ArrayList<>();
                for (Node i : v.items()) {
                    subs.add(parse(i, k));
                }
                Condition[] arr = subs.toArray(new Condition[0]);
                if (name.equals("all")) {
                    parts.add((s, a, key) -> {
                        for (Condition c : arr) {
                            if (!c.test(s, a, key)) {
                                return false;
                            }
                        }
                        return true;
                    });
                } else {
                    parts.add((s, a, key) -> {
                        for (Condition c : arr) {
                            if (c.test(s, a, key)) {
                                return true;
                            }
                        }
                        return false;
                    });
                }
                break;
            }
            case "not": {
                Condition inner = parse(v, k);
                parts.add((s, a, key) -> !inner.test(s, a, key));
                break;
            }
            default:
                throw RulesMessages.at(v, "rules.condition.unknown", name);
            }
        }
        if (parts.isEmpty()) {
            throw RulesMessages.at(n, "rules.condition.empty");
        }
        Condition[] arr = parts.toArray(new Condition[0]);
        if (arr.length == 1) {
            return arr[0];
        }
        return (s, a, key) -> {
            for (Condition c : arr) {
                if (!c.test(s, a, key)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static Set<String> names(Node n, String name, Set<String> allowed) throws OrigoException {
        List<String> values = n.strings(name);
        if (values.isEmpty()) {
            throw RulesMessages.at(n.get(name), "rules.condition.values", name);
        }
        for (String v : values) {
            if (!allowed.contains(v)) {
                throw RulesMessages.at(n.get(name), "rules.condition.bad.value", v, name, String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
        return Set.copyOf(values);
    }

    private static Set<String> parties(Node n, String name, Knowledge k) throws OrigoException {
        List<String> values = n.strings(name);
        if (values.isEmpty()) {
            throw RulesMessages.at(n.get(name), "rules.condition.values", name);
        }
        for (String v : values) {
            if (k.byId(v).isEmpty()) {
                throw RulesMessages.at(n.get(name), "rules.condition.bad.party", v);
            }
        }
        return Set.copyOf(values);
    }

    private static Set<String> countries(Node n, String name) throws OrigoException {
        List<String> values = n.strings(name);
        if (values.isEmpty()) {
            throw RulesMessages.at(n.get(name), "rules.condition.values", name);
        }
        for (String v : values) {
            if (!v.matches("[A-Z]{2}")) {
                throw RulesMessages.at(n.get(name), "rules.condition.bad.country", v);
            }
        }
        return Set.copyOf(values);
    }

    private static Set<String> lower(List<String> values) {
        Set<String> out = new HashSet<>();
        for (String v : values) {
            out.add(v.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    private static Pattern pattern(Node at, String regex) throws OrigoException {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw RulesMessages.at(at, "rules.bad.pattern", regex, e.getDescription());
        }
    }
}
