package org.origo.catalog.sdk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.origo.api.Text;
import org.origo.catalog.internal.JsonTree;
import org.origo.catalog.internal.JsonTree.Kind;
import org.origo.catalog.internal.JsonTree.Node;
import org.origo.catalog.internal.i18n.CatalogMessages;
import org.origo.model.Catalog;
import org.origo.model.CatalogProduct;
import org.origo.model.OrigoFactory;
import org.origo.model.ProductCategory;
import org.origo.model.Property;

/**
 * Reads the catalog authoring format (JSON, documented in {@code docs/vendor-catalog.md} with the
 * schema {@code docs/catalog.schema.json}) into the model, and validates it. Every problem is
 * collected with its file, line and field; nothing stops at the first one.
 */
public final class CatalogReader {

    /** The format version this reader understands. */
    public static final int FORMAT_VERSION = 1;

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Set<String> ROOT_FIELDS = Set.of("$schema", "formatVersion", "id", "vendor", "name", "version",
            "source", "notes", "products");
    private static final Set<String> PRODUCT_FIELDS = Set.of("id", "vendor", "name", "category", "specs", "platform",
            "certifiedOs", "certifiedWith", "price", "leadTimeDays", "supportYears", "replaces", "sources", "notes");
    private static final Set<String> PLATFORM_FIELDS = Set.of("cpu", "architectures", "abis");
    private static final Set<String> PRICE_FIELDS = Set.of("amount", "currency", "sample");
    private static final Set<String> NAME_FIELDS = Set.of("en", "zh");
    private static final Set<String> REPLACES_KINDS = Set.of("category", "vendor", "family", "product");

    /** The outcome of reading one file: the catalog (null after a syntax error) and every problem. */
    public record Result(Catalog catalog, List<CatalogProblem> problems) {

        public boolean hasErrors() {
            return problems.stream().anyMatch(CatalogProblem::error);
        }

        /** The catalog, or a {@link CatalogFormatException} with every problem when it has errors. */
        public Catalog orThrow(String file) throws CatalogFormatException {
            if (hasErrors() || catalog == null) {
                throw new CatalogFormatException(file, problems);
            }
            return catalog;
        }
    }

    private final String file;
    private final List<CatalogProblem> problems = new ArrayList<>();

    private CatalogReader(String file) {
        this.file = file;
    }

    /** Reads and validates one catalog file. */
    public static Result read(String file, byte[] bytes) {
        CatalogReader r = new CatalogReader(file);
        Catalog c = r.parse(bytes);
        List<CatalogProblem> sorted = new ArrayList<>(r.problems);
        sorted.sort(java.util.Comparator.comparingLong(CatalogProblem::line)); // stable: file order
        return new Result(c, List.copyOf(sorted));
    }

    private void error(long line, String field, String key, Object... args) {
        problems.add(new CatalogProblem(file, line, field, true, CatalogMessages.get(key, args)));
    }

    private void warning(long line, String field, String key, Object... args) {
        problems.add(new CatalogProblem(file, line, field, false, CatalogMessages.get(key, args)));
    }

    private Catalog parse(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            bytes = java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        List<JsonTree.Duplicate> duplicates = new ArrayList<>();
        Node root;
        try {
            root = JsonTree.parse(bytes, duplicates);
        } catch (JsonTree.SyntaxError e) {
            error(e.line, null, "json.malformed", e.detail, e.column);
            return null;
        }
        for (JsonTree.Duplicate d : duplicates) {
            error(d.line(), d.path(), "json.duplicate.key");
        }
        if (root.kind != Kind.OBJECT) {
            error(root.line, null, "catalog.not.object");
            return null;
        }
        unknownFields(root, "", ROOT_FIELDS);
        Catalog c = OrigoFactory.eINSTANCE.createCatalog();
        Node fv = root.get("formatVersion");
        if (fv == null) {
            error(root.line, "formatVersion", "field.required");
        } else if (fv.kind != Kind.NUMBER || !fv.integral || !String.valueOf(FORMAT_VERSION).equals(fv.text)) {
            error(fv.line, "formatVersion", "format.version.unsupported", fv.text, FORMAT_VERSION);
        }
        c.setId(id(root, "id", ""));
        c.setVendor(requiredString(root, "vendor", ""));
        Text name = name(root, "name", "");
        if (name != null) {
            c.setName(name.en());
            c.setNameZh(name.zh());
        }
        c.setVersion(optionalString(root, "version", ""));
        c.setSource(requiredString(root, "source", ""));
        Node products = root.get("products");
        Map<String, Integer> ids = new HashMap<>();
        Map<CatalogProduct, Node> nodes = new java.util.LinkedHashMap<>();
        if (products == null) {
            error(root.line, "products", "field.required");
        } else if (products.kind != Kind.ARRAY) {
            error(products.line, "products", "field.not.array");
        } else {
            if (products.items.isEmpty()) {
                error(products.line, "products", "catalog.empty");
            }
            for (int i = 0; i < products.items.size(); i++) {
                Node pn = products.items.get(i);
                String path = "products[" + i + "]";
                if (pn.kind != Kind.OBJECT) {
                    error(pn.line, path, "field.not.object");
                    continue;
                }
                CatalogProduct p = product(pn, path);
                if (p.getId() != null) {
                    Integer first = ids.putIfAbsent(p.getId(), pn.get("id").line);
                    if (first != null) {
                        error(pn.get("id").line, path + ".id", "product.duplicate.id", p.getId(), first);
                    }
                }
                nodes.put(p, pn);
                c.getProducts().add(p);
            }
        }
        references(c, nodes);
        return c;
    }

    private CatalogProduct product(Node n, String path) {
        unknownFields(n, path, PRODUCT_FIELDS);
        CatalogProduct p = OrigoFactory.eINSTANCE.createCatalogProduct();
        String id = id(n, "id", path);
        p.setId(id);
        p.setVendor(requiredString(n, "vendor", path));
        Text name = name(n, "name", path);
        if (name != null) {
            p.setNameEn(name.en());
            p.setNameZh(name.zh());
        }
        ProductCategory category = null;
        Node cat = n.get("category");
        if (cat == null) {
            error(n.line, path + ".category", "field.required");
        } else if (cat.kind != Kind.STRING) {
            error(cat.line, path + ".category", "field.not.string");
        } else {
            category = ProductCategory.get(cat.text.trim().toUpperCase(Locale.ROOT));
            if (category == null || !category.getLiteral().equals(cat.text.trim())) {
                error(cat.line, path + ".category", "category.unknown", cat.text, categories());
                category = null;
            } else {
                p.setCategory(category);
            }
        }
        specs(n, path, p);
        platform(n, path, p, category);
        price(n, path, p);
        p.setLeadTimeDays(nonNegativeInt(n, "leadTimeDays", path, true));
        p.setSupportYears(nonNegativeInt(n, "supportYears", path, true));
        p.getCertifiedOs().addAll(stringList(n, "certifiedOs", path));
        p.getCertifiedWith().addAll(stringList(n, "certifiedWith", path));
        p.getReplaces().addAll(stringList(n, "replaces", path));
        List<String> sources = stringList(n, "sources", path);
        if (sources.isEmpty()) {
            error(n.line, path + ".sources", "product.no.source");
        }
        for (String s : sources) {
            p.getSpecs().add(property(Products.SPEC_SOURCE, s));
        }
        return p;
    }

    private void specs(Node n, String path, CatalogProduct p) {
        Node s = n.get("specs");
        if (s == null) {
            return;
        }
        if (s.kind != Kind.OBJECT) {
            error(s.line, path + ".specs", "field.not.object");
            return;
        }
        String sp = path + ".specs";
        p.setCores(nonNegativeInt(s, "cores", sp, false));
        p.setMemoryGb(nonNegativeInt(s, "memoryGb", sp, false));
        p.setStorageGb(nonNegativeInt(s, "storageGb", sp, false));
        p.setFormFactor(optionalString(s, "formFactor", sp));
        for (Map.Entry<String, Node> e : s.fields.entrySet()) {
            String k = e.getKey();
            if (Set.of("cores", "memoryGb", "storageGb", "formFactor").contains(k)) {
                continue;
            }
            Node v = e.getValue();
            if (v.kind == Kind.STRING || v.kind == Kind.NUMBER || v.kind == Kind.BOOLEAN) {
                if (Products.SPEC_SOURCE.equals(k)) {
                    error(v.line, sp + "." + k, "spec.reserved", k);
                } else {
                    p.getSpecs().add(property(k, v.text));
                }
            } else {
                error(v.line, sp + "." + k, "spec.not.scalar");
            }
        }
    }

    private void platform(Node n, String path, CatalogProduct p, ProductCategory category) {
        Node pl = n.get("platform");
        String pp = path + ".platform";
        boolean machine = category != null && Products.isMachine(category);
        boolean software = category != null && Products.isSoftware(category);
        if (pl == null) {
            if (machine || software) {
                error(n.line, pp, "platform.required", category);
            }
            return;
        }
        if (pl.kind != Kind.OBJECT) {
            error(pl.line, pp, "field.not.object");
            return;
        }
        unknownFields(pl, pp, PLATFORM_FIELDS);
        String cpu = optionalString(pl, "cpu", pp);
        p.setCpuPlatform(cpu);
        List<String> archs = stringList(pl, "architectures", pp);
        List<String> abis = stringList(pl, "abis", pp);
        Node an = pl.get("architectures");
        for (String a : archs) {
            if (!Products.ARCHITECTURES.contains(a)) {
                error(an.line, pp + ".architectures", "architecture.unknown", a, String.join(", ", new java.util.TreeSet<>(Products.ARCHITECTURES)));
            }
        }
        if ((machine || software) && archs.isEmpty()) {
            error(pl.line, pp + ".architectures", "field.required");
        }
        if (machine) {
            if (cpu == null) {
                error(pl.line, pp + ".cpu", "field.required");
            }
            if (archs.size() > 1) {
                error(an.line, pp + ".architectures", "machine.one.architecture");
            }
            String implied = Products.architectureOf(cpu);
            if (implied != null && archs.size() == 1 && Products.ARCHITECTURES.contains(archs.get(0)) && !implied.equals(archs.get(0))) {
                error(an.line, pp + ".architectures", "cpu.architecture.mismatch", cpu, implied, archs.get(0));
            }
        }
        Node abn = pl.get("abis");
        for (String abi : abis) {
            if (!Products.ABI_NEW_WORLD.equals(abi) && !Products.ABI_OLD_WORLD.equals(abi)) {
                error(abn.line, pp + ".abis", "abi.unknown", abi);
            }
        }
        if (!abis.isEmpty() && !archs.contains("loongarch64")) {
            error(abn.line, pp + ".abis", "abi.only.loongarch");
        }
        if (archs.contains("loongarch64") && abis.isEmpty()) {
            error(pl.line, pp + ".abis", "abi.required");
        }
        if (machine && abis.size() > 1) {
            error(abn.line, pp + ".abis", "machine.one.abi");
        }
        p.setArchitecture(archs.isEmpty() ? null : String.join(",", archs));
        p.setAbi(abis.isEmpty() ? null : String.join(",", abis));
    }

    private void price(Node n, String path, CatalogProduct p) {
        Node pr = n.get("price");
        String pp = path + ".price";
        if (pr == null) {
            error(n.line, pp, "field.required");
            return;
        }
        if (pr.kind != Kind.OBJECT) {
            error(pr.line, pp, "field.not.object");
            return;
        }
        unknownFields(pr, pp, PRICE_FIELDS);
        Node amount = pr.get("amount");
        if (amount == null) {
            error(pr.line, pp + ".amount", "field.required");
        } else if (amount.kind != Kind.NUMBER) {
            error(amount.line, pp + ".amount", "field.not.number");
        } else {
            double v = Double.parseDouble(amount.text);
            if (v < 0 || Double.isNaN(v) || Double.isInfinite(v)) {
                error(amount.line, pp + ".amount", "price.negative", amount.text);
            } else {
                p.setPrice(v);
            }
        }
        String currency = requiredString(pr, "currency", pp);
        if (currency != null && !CURRENCY.matcher(currency).matches()) {
            error(pr.get("currency").line, pp + ".currency", "currency.invalid", currency);
        }
        p.setCurrency(currency);
        Node sample = pr.get("sample");
        if (sample == null) {
            error(pr.line, pp + ".sample", "price.sample.required");
        } else if (sample.kind != Kind.BOOLEAN) {
            error(sample.line, pp + ".sample", "field.not.boolean");
        } else {
            p.setPriceIsSample(Boolean.parseBoolean(sample.text));
        }
    }

    /** Local references must name a product of this file; qualified ones ({@code catalog:product}) are checked across catalogs. */
    private void references(Catalog c, Map<CatalogProduct, Node> nodes) {
        Map<String, CatalogProduct> byId = new HashMap<>();
        for (CatalogProduct p : c.getProducts()) {
            if (p.getId() != null) {
                byId.putIfAbsent(p.getId(), p);
            }
        }
        for (Map.Entry<CatalogProduct, Node> e : nodes.entrySet()) {
            CatalogProduct p = e.getKey();
            Node n = e.getValue();
            String path = "products[" + indexOf(c, p) + "]";
            checkRefs(c, byId, p.getCertifiedOs(), n.get("certifiedOs"), path + ".certifiedOs", true);
            checkRefs(c, byId, p.getCertifiedWith(), n.get("certifiedWith"), path + ".certifiedWith", false);
            Node rn = n.get("replaces");
            for (int k = 0; k < p.getReplaces().size(); k++) {
                String r = p.getReplaces().get(k);
                long line = rn == null ? n.line : lineOf(rn, k);
                String field = path + ".replaces[" + k + "]";
                int colon = r.indexOf(':');
                String kind = colon < 0 ? "" : r.substring(0, colon);
                String value = colon < 0 ? "" : r.substring(colon + 1).trim();
                if (!REPLACES_KINDS.contains(kind) || value.isEmpty()) {
                    error(line, field, "replaces.invalid", r);
                } else if (kind.equals("category")) {
                    ProductCategory pc = ProductCategory.get(value);
                    if (pc == null) {
                        error(line, field, "replaces.category.unknown", value, categories());
                    } else if (crosses(p, HintCategories.group(pc))) {
                        error(line, field, "replaces.category.cross", r, p.getCategory());
                    }
                } else if (kind.equals("vendor")) {
                    if (p.getCategory() != null && Products.isSoftware(p.getCategory())) {
                        error(line, field, "replaces.vendor.software", r, p.getCategory());
                    }
                } else if (kind.equals("family")) {
                    String group = HintCategories.familyGroup(value);
                    if (crosses(p, group)) {
                        error(line, field, "replaces.family.cross", r, p.getCategory(), group);
                    }
                } else if (kind.equals("product")) {
                    if (!value.contains(":") && !byId.containsKey(value)) {
                        error(line, field, "reference.dangling", value, c.getId());
                    }
                }
            }
        }
    }

    /** Whether a hint of the given group names something another kind of product replaces. */
    private static boolean crosses(CatalogProduct p, String hintGroup) {
        String own = HintCategories.group(p.getCategory());
        return own != null && hintGroup != null && !own.equals(hintGroup);
    }

    private void checkRefs(Catalog c, Map<String, CatalogProduct> byId, List<String> refs, Node n, String field, boolean os) {
        for (int k = 0; k < refs.size(); k++) {
            String ref = refs.get(k);
            long line = n == null ? -1 : lineOf(n, k);
            if (ref.contains(":")) {
                String[] parts = ref.split(":", 2);
                if (parts[0].isEmpty() || parts[1].isEmpty()) {
                    error(line, field + "[" + k + "]", "reference.invalid", ref);
                }
                continue;
            }
            CatalogProduct target = byId.get(ref);
            if (target == null) {
                error(line, field + "[" + k + "]", "reference.dangling", ref, c.getId());
            } else if (os && target.getCategory() != ProductCategory.OPERATING_SYSTEM) {
                error(line, field + "[" + k + "]", "reference.not.os", ref, target.getCategory());
            }
        }
    }

    private static int indexOf(Catalog c, CatalogProduct p) {
        return c.getProducts().indexOf(p);
    }

    private static long lineOf(Node array, int index) {
        return array.kind == Kind.ARRAY && index < array.items.size() ? array.items.get(index).line : array.line;
    }

    private static String categories() {
        StringBuilder sb = new StringBuilder();
        for (ProductCategory pc : ProductCategory.VALUES) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(pc.getLiteral());
        }
        return sb.toString();
    }

    private void unknownFields(Node n, String path, Set<String> known) {
        for (Map.Entry<String, Integer> e : n.keyLines.entrySet()) {
            if (!known.contains(e.getKey())) {
                error(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), "field.unknown",
                        String.join(", ", new java.util.TreeSet<>(known)));
            }
        }
    }

    private String field(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private String id(Node n, String key, String path) {
        String v = requiredString(n, key, path);
        if (v != null && !ID.matcher(v).matches()) {
            error(n.get(key).line, field(path, key), "id.invalid", v);
        }
        return v;
    }

    private String requiredString(Node n, String key, String path) {
        Node v = n.get(key);
        if (v == null) {
            error(n.line, field(path, key), "field.required");
            return null;
        }
        if (v.kind != Kind.STRING) {
            error(v.line, field(path, key), "field.not.string");
            return null;
        }
        if (v.text.isBlank()) {
            error(v.line, field(path, key), "field.blank");
            return null;
        }
        return v.text.trim();
    }

    private String optionalString(Node n, String key, String path) {
        Node v = n.get(key);
        if (v == null || v.kind == Kind.NULL) {
            return null;
        }
        if (v.kind != Kind.STRING) {
            error(v.line, field(path, key), "field.not.string");
            return null;
        }
        return v.text.isBlank() ? null : v.text.trim();
    }

    private Text name(Node n, String key, String path) {
        Node v = n.get(key);
        String f = field(path, key);
        if (v == null) {
            error(n.line, f, "field.required");
            return null;
        }
        if (v.kind != Kind.OBJECT) {
            error(v.line, f, "name.not.bilingual");
            return null;
        }
        unknownFields(v, f, NAME_FIELDS);
        String en = requiredString(v, "en", f);
        String zh = requiredString(v, "zh", f);
        return en == null || zh == null ? null : new Text(en, zh);
    }

    private int nonNegativeInt(Node n, String key, String path, boolean required) {
        Node v = n.get(key);
        String f = field(path, key);
        if (v == null || v.kind == Kind.NULL) {
            if (required) {
                error(n.line, f, "field.required");
            }
            return 0;
        }
        if (v.kind != Kind.NUMBER || !v.integral) {
            error(v.line, f, "field.not.integer");
            return 0;
        }
        long value;
        try {
            value = Long.parseLong(v.text);
        } catch (NumberFormatException e) {
            error(v.line, f, "field.not.integer");
            return 0;
        }
        if (value < 0 || value > Integer.MAX_VALUE) {
            error(v.line, f, "field.negative", v.text);
            return 0;
        }
        return (int) value;
    }

    private List<String> stringList(Node n, String key, String path) {
        Node v = n.get(key);
        List<String> out = new ArrayList<>();
        if (v == null || v.kind == Kind.NULL) {
            return out;
        }
        String f = field(path, key);
        if (v.kind != Kind.ARRAY) {
            error(v.line, f, "field.not.array");
            return out;
        }
        for (int i = 0; i < v.items.size(); i++) {
            Node item = v.items.get(i);
            if (item.kind != Kind.STRING || item.text.isBlank()) {
                error(item.line, f + "[" + i + "]", "field.not.string");
            } else {
                out.add(item.text.trim());
            }
        }
        return out;
    }

    private static Property property(String key, String value) {
        Property p = OrigoFactory.eINSTANCE.createProperty();
        p.setKey(key);
        p.setValue(value);
        return p;
    }
}
