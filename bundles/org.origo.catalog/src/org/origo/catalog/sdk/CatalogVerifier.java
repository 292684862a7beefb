package org.origo.catalog.sdk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.origo.catalog.internal.i18n.CatalogMessages;
import org.origo.model.Catalog;
import org.origo.model.CatalogProduct;
import org.origo.model.ProductCategory;

/** Checks that go beyond one file: checksums, declared ids, and references across catalogs. */
public final class CatalogVerifier {

    private CatalogVerifier() {
    }

    /** Problems with the manifest checksum of one catalog file (empty when it matches). */
    public static List<CatalogProblem> checksumProblems(String where, String path, byte[] bytes, String header) {
        List<CatalogProblem> out = new ArrayList<>();
        if (header == null || header.isBlank()) {
            out.add(new CatalogProblem(where, -1, CatalogChecksums.HEADER, true,
                    CatalogMessages.get("checksum.header.missing", CatalogChecksums.HEADER, CatalogChecksums.entry(path, bytes))));
            return out;
        }
        Map<String, String> sums = CatalogChecksums.parse(header);
        if (sums.containsKey("")) {
            out.add(new CatalogProblem(where, -1, CatalogChecksums.HEADER, true,
                    CatalogMessages.get("checksum.header.malformed", sums.get(""))));
        }
        String expected = sums.get(CatalogChecksums.normalize(path));
        if (expected == null) {
            out.add(new CatalogProblem(where, -1, CatalogChecksums.HEADER, true,
                    CatalogMessages.get("checksum.entry.missing", path, CatalogChecksums.entry(path, bytes))));
        } else if (!CatalogChecksums.matches(bytes, expected)) {
            out.add(new CatalogProblem(where, -1, CatalogChecksums.HEADER, true,
                    CatalogMessages.get("checksum.mismatch", path, expected, CatalogChecksums.sha256(bytes))));
        }
        return out;
    }

    /** The catalog file must carry the id and vendor its component declares. */
    public static List<CatalogProblem> declarationProblems(String where, Catalog c, String declaredId, String declaredVendor) {
        List<CatalogProblem> out = new ArrayList<>();
        if (declaredId != null && c.getId() != null && !declaredId.equals(c.getId())) {
            out.add(new CatalogProblem(where, -1, "id", true, CatalogMessages.get("catalog.id.mismatch", c.getId(), declaredId)));
        }
        if (declaredVendor != null && c.getVendor() != null && !declaredVendor.equals(c.getVendor())) {
            out.add(new CatalogProblem(where, -1, "vendor", true,
                    CatalogMessages.get("catalog.vendor.mismatch", c.getVendor(), declaredVendor)));
        }
        return out;
    }

    /**
     * Qualified references ({@code catalog:product}) of {@code c} that name no product of the given
     * catalogs (which may include {@code c}). Reported as warnings: the other catalog may simply
     * not be installed.
     */
    public static List<CatalogProblem> crossReferenceProblems(String where, Catalog c, List<Catalog> all) {
        Map<String, CatalogProduct> index = index(all);
        List<CatalogProblem> out = new ArrayList<>();
        for (int i = 0; i < c.getProducts().size(); i++) {
            CatalogProduct p = c.getProducts().get(i);
            check(where, "products[" + i + "].certifiedOs", p.getCertifiedOs(), index, true, out);
            check(where, "products[" + i + "].certifiedWith", p.getCertifiedWith(), index, false, out);
        }
        return out;
    }

    private static void check(String where, String field, List<String> refs, Map<String, CatalogProduct> index, boolean os,
            List<CatalogProblem> out) {
        for (int k = 0; k < refs.size(); k++) {
            String r = refs.get(k);
            if (!r.contains(":")) {
                continue;
            }
            CatalogProduct t = index.get(r);
            if (t == null) {
                out.add(new CatalogProblem(where, -1, field + "[" + k + "]", false, CatalogMessages.get("reference.unresolved", r)));
            } else if (os && t.getCategory() != ProductCategory.OPERATING_SYSTEM) {
                out.add(new CatalogProblem(where, -1, field + "[" + k + "]", true,
                        CatalogMessages.get("reference.not.os", r, t.getCategory())));
            }
        }
    }

    /** Every product of the catalogs under its qualified reference {@code catalogId:productId}. */
    public static Map<String, CatalogProduct> index(List<Catalog> catalogs) {
        Map<String, CatalogProduct> index = new HashMap<>();
        for (Catalog c : catalogs) {
            for (CatalogProduct p : c.getProducts()) {
                index.putIfAbsent(c.getId() + ":" + p.getId(), p);
            }
        }
        return index;
    }

    /** The qualified form of a reference written in catalog {@code c}. */
    public static String qualify(Catalog c, String ref) {
        return ref.contains(":") ? ref : c.getId() + ":" + ref;
    }
}
