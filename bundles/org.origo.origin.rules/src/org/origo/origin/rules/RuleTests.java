package org.origo.origin.rules;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.OrigoFactory;
import org.origo.model.Party;
import org.origo.model.SoftwareCategory;
import org.origo.model.SoftwareInstall;
import org.origo.model.SoftwareTitle;
import org.origo.model.Verdict;
import org.origo.model.VerdictOutcome;
import org.origo.origin.api.OriginProfile;
import org.origo.origin.knowledge.JsonDoc;
import org.origo.origin.knowledge.JsonDoc.Node;
import org.origo.origin.knowledge.Knowledge;
import org.origo.origin.rules.internal.i18n.RulesMessages;

/**
 * Rule unit tests written as data (format {@code origo-rule-tests/1}): each case describes an asset
 * as an importer would deliver it and the verdict, rule ids and explanation fragments expected.
 * Vendors are given raw; they are normalized the way the import engine does (canonical name when
 * known, placeholders cleared, raw value kept).
 */
public final class RuleTests {

    /** One failed expectation. */
    public record Failure(String file, int line, String caseName, Text reason) {
    }

    /** The outcome of a test file. */
    public record Report(String file, String profileId, int cases, List<Failure> failures) {
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    private RuleTests() {
    }

    /** Reads the profile id a test file is written for. */
    public static String profileOf(String file, InputStream in) throws OrigoException {
        Node root = JsonDoc.parse(file, in);
        root.requireObject(Set.of("format", "profile", "cases", "comment"));
        return root.string("profile", true);
    }

    /**
     * Runs a test file.
     *
     * @param profiles finds a profile by id
     */
    public static Report run(String file, InputStream in, Function<String, Optional<OriginProfile>> profiles, Knowledge k)
            throws OrigoException {
        Node root = JsonDoc.parse(file, in);
        root.requireObject(Set.of("format", "profile", "cases", "comment"));
        String format = root.string("format", true);
        if (!"origo-rule-tests/1".equals(format)) {
            throw RulesMessages.at(root.get("format"), "rules.bad.format", format);
        }
        String profileId = root.string("profile", true);
        OriginProfile profile = profiles.apply(profileId)
                .orElseThrow(() -> RulesMessages.at(root.get("profile"), "tests.unknown.profile", profileId));
        List<Failure> failures = new ArrayList<>();
        Map<String, SoftwareTitle> titles = new HashMap<>();
        List<Node> cases = root.array("cases", true);
        for (Node c : cases) {
            c.requireObject(Set.of("name", "asset", "expect", "comment"));
            String name = c.string("name", true);
            Node assetNode = c.get("asset");
            Node expect = c.get("expect");
            if (assetNode == null || expect == null) {
                throw RulesMessages.at(c, "rules.missing", assetNode == null ? "asset" : "expect");
            }
            Asset asset = asset(assetNode, k, titles);
            expect.requireObject(Set.of("verdict", "anyUs", "rules", "notRules", "reasonContains", "findingsContain"));
            Verdict v = profile.evaluate(asset);
            String want = expect.string("verdict", true);
            if (VerdictOutcome.get(want) == null) {
                throw RulesMessages.at(expect.get("verdict"), "rules.bad.value", want, "verdict", VerdictOutcome.VALUES.toString());
            }
            if (!want.equals(v.getOutcome().getName())) {
                failures.add(new Failure(file, c.line(), name, RulesMessages.get("tests.verdict", want, v.getOutcome().getName(), v.getReasonEn())));
            }
            Boolean anyUs = expect.bool("anyUs");
            if (anyUs != null && anyUs != v.isAnyUs()) {
                failures.add(new Failure(file, c.line(), name, RulesMessages.get("tests.anyus", anyUs, v.isAnyUs())));
            }
            for (String id : expect.strings("rules")) {
                if (!v.getRuleIds().contains(id)) {
                    failures.add(new Failure(file, c.line(), name, RulesMessages.get("tests.rule.missing", id, v.getRuleIds().toString())));
                }
            }
            for (String id : expect.strings("notRules")) {
                if (v.getRuleIds().contains(id)) {
                    failures.add(new Failure(file, c.line(), name, RulesMessages.get("tests.rule.unexpected", id)));
                }
            }
            Node reason = expect.get("reasonContains");
            if (reason != null) {
                reason.requireObject(Set.of("en", "zh"));
                for (String s : reason.strings("en")) {
                    if (v.getReasonEn() == null || !v.getReasonEn().contains(s)) {
                        failures.add(new Failure(file, c.line(), name, RulesMessages.get("tests.reason", "en", s, v.getReasonEn())));
                    }
                }
                for (String s : reason.strings("zh")) {
                    if (v.getReasonZh() == null || !v.getReasonZh().contains(s)) {
                        failures.add(new Failure(file, c.line(), name, RulesMessages.get("tests.reason", "zh", s, v.getReasonZh())));
                    }
                }
            }
            for (String s : expect.strings("findingsContain")) {
                boolean found = false;
                for (String f : v.getFindings()) {
                    found |= f.contains(s);
                }
                if (!found) {
                    failures.add(new Failure(file, c.line(), name, RulesMessages.get("tests.finding", s, v.getFindings().toString())));
                }
            }
        }
        return new Report(file, profileId, cases.size(), failures);
    }

    private static Asset asset(Node n, Knowledge k, Map<String, SoftwareTitle> titles) throws OrigoException {
        n.requireObject(Set.of("id", "kind", "hostname", "serial", "components", "software", "sources"));
        Asset a = OrigoFactory.eINSTANCE.createAsset();
        a.setId(n.string("id", false) == null ? "test" : n.string("id", false));
        a.setHostname(n.string("hostname", false));
        a.setSerial(n.string("serial", false));
        String kind = n.string("kind", false);
        AssetKind ak = kind == null ? AssetKind.UNKNOWN : AssetKind.get(kind);
        if (ak == null) {
            throw RulesMessages.at(n.get("kind"), "rules.bad.value", kind, "kind", AssetKind.VALUES.toString());
        }
        a.setKind(ak);
        a.getSources().addAll(n.strings("sources"));
        for (Node c : n.array("components", false)) {
            c.requireObject(Set.of("kind", "vendor", "product", "model", "version", "vendorId", "deviceId", "architecture", "abi", "cores"));
            String ck = c.string("kind", true);
            ComponentKind kindValue = ComponentKind.get(ck);
            if (kindValue == null) {
                throw RulesMessages.at(c.get("kind"), "rules.bad.value", ck, "kind", ComponentKind.VALUES.toString());
            }
            Component comp = OrigoFactory.eINSTANCE.createComponent();
            comp.setKind(kindValue);
            String raw = c.string("vendor", false);
            comp.setRawVendor(raw);
            comp.setVendor(canonical(raw, k));
            comp.setProduct(c.string("product", false));
            comp.setModel(c.string("model", false));
            comp.setVersion(c.string("version", false));
            comp.setVendorId(c.string("vendorId", false));
            comp.setDeviceId(c.string("deviceId", false));
            comp.setArchitecture(c.string("architecture", false));
            comp.setAbi(c.string("abi", false));
            comp.setCores((int) c.number("cores", 0));
            a.getComponents().add(comp);
        }
        for (Node s : n.array("software", false)) {
            s.requireObject(Set.of("name", "publisher", "version", "category"));
            String name = s.string("name", true);
            String publisher = s.string("publisher", false);
            String version = s.string("version", false);
            String cat = s.string("category", false);
            SoftwareCategory category = cat == null ? SoftwareCategory.OTHER : SoftwareCategory.get(cat);
            if (category == null) {
                throw RulesMessages.at(s.get("category"), "rules.bad.value", cat, "category", SoftwareCategory.VALUES.toString());
            }
            String key = name + '|' + publisher + '|' + version + '|' + category;
            SoftwareTitle t = titles.computeIfAbsent(key, x -> {
                SoftwareTitle nt = OrigoFactory.eINSTANCE.createSoftwareTitle();
                nt.setKey(x);
                nt.setName(name);
                nt.setRawPublisher(publisher);
                nt.setPublisher(canonical(publisher, k));
                nt.setVersion(version);
                nt.setCategory(category);
                return nt;
            });
            SoftwareInstall si = OrigoFactory.eINSTANCE.createSoftwareInstall();
            si.setTitle(t);
            a.getSoftware().add(si);
        }
        return a;
    }

    /** The vendor as the import engine records it: canonical name when known, null for placeholders, else the trimmed raw value. */
    public static String canonical(String raw, Knowledge k) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Optional<Party> p = k.party(raw);
        if (p.isPresent()) {
            return p.get().getName();
        }
        return k.isPlaceholder(raw) ? null : raw.trim();
    }
}
