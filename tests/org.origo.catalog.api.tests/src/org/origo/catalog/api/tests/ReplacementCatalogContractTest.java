package org.origo.catalog.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.origo.api.OrigoException;
import org.origo.catalog.api.ReplacementCatalog;
import org.origo.catalog.sdk.AbstractCatalog;
import org.origo.catalog.sdk.CatalogChecksums;
import org.origo.catalog.sdk.CatalogProblem;
import org.origo.catalog.sdk.CatalogVerifier;
import org.origo.catalog.sdk.Products;
import org.origo.model.Catalog;
import org.origo.model.CatalogProduct;
import org.origo.model.ProductCategory;
import org.osgi.framework.ServiceReference;

/**
 * The contract every replacement catalog meets. A vendor's test bundle extends this class and
 * names its catalog id; the catalog bundle must be in the test runtime:
 *
 * <pre>
 * class MyCatalogContractTest extends ReplacementCatalogContractTest {
 *     protected String catalogId() { return "com.example.terminals"; }
 * }
 * </pre>
 */
public abstract class ReplacementCatalogContractTest {

    /** The {@code origo.catalog.id} of the catalog under test. */
    protected abstract String catalogId();

    /** The catalog under test: by default the registered service with {@link #catalogId()}. */
    protected ReplacementCatalog catalog() throws Exception {
        ServiceReference<ReplacementCatalog> ref = CatalogServices.reference(catalogId());
        assertNotNull(ref, "no ReplacementCatalog service with origo.catalog.id=" + catalogId() + " is registered");
        return CatalogServices.context().getService(ref);
    }

    /** Whether the catalog is a registered service with its properties (true for every shipped catalog). */
    protected boolean registered() {
        return true;
    }

    /** Whether the catalog file is pinned by the manifest checksum (true for every shipped catalog). */
    protected boolean pinned() {
        return true;
    }

    private Catalog loaded() throws Exception {
        try {
            return catalog().load();
        } catch (OrigoException e) {
            throw new AssertionError("catalog " + catalogId() + " does not load: " + e.describe(Locale.ENGLISH), e);
        }
    }

    @Test
    void isRegisteredWithIdAndVendor() throws Exception {
        assumeTrue(registered(), "not registered as a service in this test");
        ServiceReference<ReplacementCatalog> ref = CatalogServices.reference(catalogId());
        assertNotNull(ref, "no service with origo.catalog.id=" + catalogId());
        assertEquals(catalogId(), ref.getProperty(ReplacementCatalog.PROP_ID));
        Object vendor = ref.getProperty(ReplacementCatalog.PROP_VENDOR);
        assertNotNull(vendor, "origo.catalog.vendor is missing");
        assertFalse(String.valueOf(vendor).isBlank());
        assertEquals(catalogId(), catalog().id());
    }

    @Test
    void loadsWithItsIdAndProducts() throws Exception {
        Catalog c = loaded();
        assertEquals(catalogId(), c.getId());
        assertFalse(c.getProducts().isEmpty(), "no products");
        assertNotNull(c.getSource(), "the catalog cites no source");
        assertTrue(hasChinese(c.getNameZh()), "catalog name has no Chinese: " + c.getNameZh());
    }

    @Test
    void everyProductIsCompleteAndBilingual() throws Exception {
        Set<String> ids = new HashSet<>();
        for (CatalogProduct p : loaded().getProducts()) {
            String what = catalogId() + ":" + p.getId();
            assertTrue(ids.add(p.getId()), "duplicate id " + what);
            assertNotNull(p.getCategory(), what);
            assertNotNull(p.getVendor(), what);
            assertNotNull(p.getNameEn(), what);
            assertTrue(hasChinese(p.getNameZh()), what + " has no Chinese name: " + p.getNameZh());
            assertTrue(p.getPrice() >= 0, what);
            assertNotNull(p.getCurrency(), what);
            assertTrue(p.getLeadTimeDays() >= 0, what);
            assertFalse(Products.sources(p).isEmpty(), what + " cites no source");
        }
    }

    @Test
    void machinesStateOnePlatformAndCertifiedOperatingSystems() throws Exception {
        for (CatalogProduct p : loaded().getProducts()) {
            String what = catalogId() + ":" + p.getId();
            if (Products.isMachine(p.getCategory())) {
                assertEquals(1, Products.architectures(p).size(), what);
                assertNotNull(p.getCpuPlatform(), what);
                assertTrue(Products.ARCHITECTURES.contains(Products.architectures(p).get(0)), what);
                if ("loongarch64".equals(p.getArchitecture())) {
                    assertNotNull(p.getAbi(), what + ": a LoongArch machine states its ABI");
                }
                if (p.getCategory() != ProductCategory.CPU_PLATFORM) {
                    assertFalse(p.getCertifiedOs().isEmpty(), what + " lists no certified operating system");
                }
            }
            if (Products.isSoftware(p.getCategory())) {
                assertFalse(Products.architectures(p).isEmpty(), what + " lists no architecture it is built for");
            }
        }
    }

    @Test
    void referencesToInstalledCatalogsResolve() throws Exception {
        Catalog c = loaded();
        List<Catalog> all = new ArrayList<>();
        all.add(c);
        Set<String> installed = new HashSet<>();
        installed.add(c.getId());
        for (ReplacementCatalog other : CatalogServices.all()) {
            if (!catalogId().equals(other.id())) {
                try {
                    Catalog o = other.load();
                    all.add(o);
                    installed.add(o.getId());
                } catch (OrigoException e) {
                    // another catalog's failure is not this catalog's
                }
            }
        }
        Map<String, CatalogProduct> index = CatalogVerifier.index(all);
        List<String> wrong = new ArrayList<>();
        for (CatalogProduct p : c.getProducts()) {
            List<String> refs = new ArrayList<>(p.getCertifiedOs());
            refs.addAll(p.getCertifiedWith());
            for (String r : refs) {
                String q = CatalogVerifier.qualify(c, r);
                String cat = q.substring(0, q.indexOf(':'));
                if (!installed.contains(cat)) {
                    continue; // that catalog is not in this runtime
                }
                CatalogProduct target = index.get(q);
                if (target == null) {
                    wrong.add(p.getId() + " -> " + q + " (no such product)");
                } else if (p.getCertifiedOs().contains(r) && target.getCategory() != ProductCategory.OPERATING_SYSTEM) {
                    wrong.add(p.getId() + " -> " + q + " (not an operating system)");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void catalogFileIsPinnedAndTamperingIsDetected() throws Exception {
        assumeTrue(pinned(), "the catalog is not read from a bundle in this test");
        ReplacementCatalog rc = catalog();
        assertTrue(rc instanceof AbstractCatalog, "shipped catalogs extend AbstractCatalog");
        AbstractCatalog ac = (AbstractCatalog) rc;
        ServiceReference<ReplacementCatalog> ref = CatalogServices.reference(catalogId());
        String header = ref.getBundle().getHeaders("").get(CatalogChecksums.HEADER);
        assertNotNull(header, "no " + CatalogChecksums.HEADER + " header");
        Map<String, String> sums = CatalogChecksums.parse(header);
        assertTrue(sums.containsKey(ac.file()), "the header pins no checksum for " + ac.file());
        URL url = ref.getBundle().getEntry(ac.file());
        assertNotNull(url, ac.file());
        byte[] bytes;
        try (InputStream in = url.openStream()) {
            bytes = in.readAllBytes();
        }
        assertEquals(List.of(), CatalogVerifier.checksumProblems(ac.file(), ac.file(), bytes, header));
        byte[] tampered = bytes.clone();
        int i = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("\"amount\"");
        tampered[i > 0 ? i + 12 : tampered.length / 2] ^= 1;
        List<CatalogProblem> problems = CatalogVerifier.checksumProblems(ac.file(), ac.file(), tampered, header);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).describe(Locale.ENGLISH).contains("altered"), problems.get(0).describe(Locale.ENGLISH));
    }

    private static boolean hasChinese(String s) {
        return s != null && s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
