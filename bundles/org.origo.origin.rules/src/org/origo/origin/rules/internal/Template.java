package org.origo.origin.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.model.Party;
import org.origo.origin.knowledge.JsonDoc.Node;
import org.origo.origin.knowledge.Knowledge;
import org.origo.origin.rules.internal.i18n.RulesMessages;

/**
 * A rule message with named placeholders such as {@code {vendor}} or {@code {country}}, parsed once
 * when the rules load. Rendering fills company and country names in the message's language.
 */
public final class Template {

    /** The placeholders a message may use. */
    public static final Set<String> PLACEHOLDERS = Set.of("kind", "vendor", "country", "controller", "controllerCountry", "product",
            "raw", "designer", "designerCountry", "isa", "licensor", "licensorCountry", "licence", "lineage", "base", "title",
            "category", "abi", "status");

    private final String[] literals;
    private final String[] names;
    private final boolean zh;

    private Template(List<String> literals, List<String> names, boolean zh) {
        this.literals = literals.toArray(new String[0]);
        this.names = names.toArray(new String[0]);
        this.zh = zh;
    }

    /** Parses the message text at the node (en or zh). */
    public static Template parse(Node at, String text, boolean zh) throws OrigoException {
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int i = 0;
        StringBuilder lit = new StringBuilder();
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{') {
                int end = text.indexOf('}', i);
                if (end < 0) {
                    throw RulesMessages.at(at, "rules.message.unclosed", text);
                }
                String name = text.substring(i + 1, end).trim();
                if (!PLACEHOLDERS.contains(name)) {
                    throw RulesMessages.at(at, "rules.message.placeholder", name, String.join(", ", new java.util.TreeSet<>(PLACEHOLDERS)));
                }
                literals.add(lit.toString());
                lit.setLength(0);
                names.add(name);
                i = end + 1;
            } else if (c == '}') {
                throw RulesMessages.at(at, "rules.message.unopened", text);
            } else {
                lit.append(c);
                i++;
            }
        }
        literals.add(lit.toString());
        return new Template(literals, names, zh);
    }

    /** The placeholders used, in order. */
    public List<String> names() {
        return List.of(names);
    }

    public String render(Subject s, Knowledge k) {
        StringBuilder sb = new StringBuilder(96);
        for (int i = 0; i < names.length; i++) {
            sb.append(literals[i]).append(value(names[i], s, k));
        }
        sb.append(literals[literals.length - 1]);
        return sb.toString();
    }

    private String pick(Text t) {
        return zh ? t.zh() : t.en();
    }

    private String name(Party p) {
        if (p == null) {
            return pick(RulesMessages.get("value.unknown"));
        }
        return zh && p.getNameZh() != null ? p.getNameZh() : p.getName();
    }

    private String value(String name, Subject s, Knowledge k) {
        switch (name) {
        case "kind":
            return pick(RulesMessages.get("kind." + s.kind));
        case "vendor":
            return s.party != null ? name(s.party) : s.raw != null ? s.raw : pick(RulesMessages.get("value.none"));
        case "country":
            return pick(k.countryName(s.country));
        case "controller":
            return name(s.party == null ? null : s.party.getUltimateController() != null ? s.party.getUltimateController() : s.party);
        case "controllerCountry":
            return pick(k.countryName(s.controllerCountry));
        case "product":
            return s.product != null ? s.product : s.raw != null ? s.raw : pick(RulesMessages.get("value.none"));
        case "raw":
            return s.raw != null ? s.raw : pick(RulesMessages.get("value.none"));
        case "designer":
            return name(s.cpu == null ? s.party : s.cpu.designer());
        case "designerCountry":
            return pick(k.countryName(s.cpu == null ? s.country : Knowledge.country(s.cpu.designer())));
        case "isa":
            return s.cpu == null || s.cpu.isa().isEmpty() ? pick(RulesMessages.get("value.unknown")) : s.cpu.isa();
        case "licensor":
            return name(s.cpu == null ? null : s.cpu.licensor());
        case "licensorCountry":
            return pick(k.countryName(s.cpu == null ? null : Knowledge.country(s.cpu.licensor())));
        case "licence":
            return s.cpu == null || s.cpu.licence() == null ? pick(RulesMessages.get("value.unknown")) : s.cpu.licence();
        case "lineage":
            return s.os == null ? pick(RulesMessages.get("value.unknown")) : s.os.lineage();
        case "base":
            return s.os == null || s.os.base() == null ? pick(RulesMessages.get("value.unknown")) : s.os.base();
        case "title":
            return s.product != null ? s.product : pick(RulesMessages.get("value.none"));
        case "category":
            return pick(RulesMessages.get("category." + (s.category == null ? "OTHER" : s.category.getName())));
        case "abi":
            return s.abi == null ? pick(RulesMessages.get("value.unknown")) : pick(RulesMessages.get("abi." + s.abi));
        case "status":
            return pick(RulesMessages.get("status." + s.status.name()));
        default:
            return "";
        }
    }
}
