package org.origo.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.origo.catalog.internal.i18n.CatalogMessages;
import org.origo.catalog.sdk.CatalogChecksums;
import org.origo.catalog.sdk.CatalogFormatException;
import org.origo.catalog.sdk.CatalogProblem;
import org.origo.catalog.sdk.CatalogReader;
import org.origo.catalog.sdk.CatalogVerifier;
import org.origo.catalog.sdk.Products;
import org.origo.model.Catalog;
import org.origo.model.CatalogProduct;
import org.origo.model.ProductCategory;

class CatalogReaderTest {

    private static CatalogReader.Result read(String json) {
        return CatalogReader.read("t.json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> errors(CatalogReader.Result r) {
        return r.problems().stream().filter(CatalogProblem::error).map(p -> p.describe(Locale.ENGLISH)).toList();
    }

    @Test
    void aValidCatalogLoadsIntoTheModel() throws Exception {
        Catalog c = read(Jars.validCatalog("x.y", "Vendor")).orThrow("t.json");
        assertEquals("x.y", c.getId());
        assertEquals("测试目录", c.getNameZh());
        CatalogProduct p = c.getProducts().get(0);
        assertEquals(ProductCategory.THIN_CLIENT, p.getCategory());
        assertEquals("x86_64", p.getArchitecture());
        assertEquals("Zhaoxin KX-6640MA", p.getCpuPlatform());
        assertEquals(1000.0, p.getPrice());
        assertEquals("CNY", p.getCurrency());
        assertTrue(p.isPriceIsSample());
        assertEquals(List.of("cn.os:kylin-desktop-v10"), p.getCertifiedOs());
        assertEquals(List.of("test"), Products.sources(p));
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        CatalogReader.Result r = read("{\n  \"formatVersion\": 1,\n  \"id\": \"x\"\n  \"vendor\": \"v\"\n}");
        assertNull(r.catalog());
        List<String> e = errors(r);
        assertEquals(1, e.size(), e.toString());
        assertTrue(e.get(0).startsWith("t.json:4: not valid JSON"), e.get(0));
    }

    @Test
    void unknownCategoryNegativePriceDuplicateIdsAndDanglingReferencesAreAllReported() {
        String json = Jars.validCatalog("x.y", "V");
        String second = json.substring(json.indexOf("    {"), json.lastIndexOf("    }") + 5)
                .replace("\"THIN_CLIENT\"", "\"Desktop\"")
                .replace("\"amount\": 1000", "\"amount\": -1")
                .replace("\"certifiedOs\": [\"cn.os:kylin-desktop-v10\"]", "\"certifiedOs\": [\"no-such-os\"], \"certifiedWith\": [\"ghost\"], \"replaces\": [\"product:nothing\", \"category:PHONE\", \"Dell\"]");
        String bad = json.replace("    }\n  ]", "    },\n" + second + "\n  ]");
        CatalogReader.Result r = read(bad);
        List<String> e = errors(r);
        String all = String.join("\n", e);
        assertTrue(all.contains("t.json:21: field 'products[1].id' duplicate product id 'tc' (first used on line 9)"), all);
        assertTrue(all.contains("t.json:24: field 'products[1].category' unknown category 'Desktop'"), all);
        assertTrue(all.contains("field 'products[1].price.amount' the price must not be negative (found -1)"), all);
        assertTrue(all.contains("field 'products[1].certifiedOs[0]' 'no-such-os' names no product of catalog x.y"), all);
        assertTrue(all.contains("field 'products[1].certifiedWith[0]' 'ghost' names no product of catalog x.y"), all);
        assertTrue(all.contains("field 'products[1].replaces[0]' 'nothing' names no product of catalog x.y"), all);
        assertTrue(all.contains("field 'products[1].replaces[1]' unknown category 'PHONE' in replaces"), all);
        assertTrue(all.contains("field 'products[1].replaces[2]' 'Dell' is not a replaces hint"), all);
        CatalogFormatException ex = assertThrows(CatalogFormatException.class, () -> r.orThrow("t.json"));
        assertEquals(e.size(), ex.problems().stream().filter(CatalogProblem::error).count());
        assertEquals(21, ex.line());
        assertTrue(ex.describe(Locale.SIMPLIFIED_CHINESE).contains("产品标识 'tc' 重复"), ex.describe(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void platformFactsAreChecked() {
        String json = Jars.validCatalog("x.y", "V");
        List<String> e = errors(read(json.replace("\"architectures\": [\"x86_64\"]", "\"architectures\": [\"aarch64\"]")));
        assertTrue(e.toString().contains("the CPU 'Zhaoxin KX-6640MA' is x86_64, not aarch64"), e.toString());
        e = errors(read(json.replace("\"Zhaoxin KX-6640MA\", \"architectures\": [\"x86_64\"]",
                "\"Loongson 3A6000\", \"architectures\": [\"loongarch64\"]")));
        assertTrue(e.toString().contains("loongarch64 needs the ABI"), e.toString());
        e = errors(read(json.replace("\"architectures\": [\"x86_64\"]", "\"architectures\": [\"x86_64\"], \"abis\": [\"new-world\"]")));
        assertTrue(e.toString().contains("an ABI is only stated for loongarch64"), e.toString());
        e = errors(read(json.replace("\"architectures\": [\"x86_64\"]", "\"architectures\": [\"amd64\"]")));
        assertTrue(e.toString().contains("unknown architecture 'amd64'"), e.toString());
        assertEquals("aarch64", Products.architectureOf("Kunpeng 920 3211K"));
        assertEquals("loongarch64", Products.architectureOf("Loongson-3A5000-HV"));
        assertEquals("mips64el", Products.architectureOf("Loongson-3A4000"));
        assertEquals("x86_64", Products.architectureOf("Hygon C86 3250 8-core Processor"));
        assertEquals("sw_64", Products.architectureOf("Sunway SW3231"));
    }

    @Test
    void missingAndMistypedFieldsAndDuplicateKeys() {
        String json = Jars.validCatalog("x.y", "V").replace("\"sample\": true", "\"sample\": \"yes\"")
                .replace("\"leadTimeDays\": 5", "\"leadTimeDays\": 5.5").replace("\"supportYears\": 3,", "\"supportYears\": 3, \"supportYears\": 4, \"colour\": \"red\",")
                .replace("\"formatVersion\": 1", "\"formatVersion\": 2");
        String all = errors(read(json)).toString();
        assertTrue(all.contains("t.json:2: field 'formatVersion' format version 2 is not supported"), all);
        assertTrue(all.contains("field 'products[0].price.sample' must be true or false"), all);
        assertTrue(all.contains("field 'products[0].leadTimeDays' must be a whole number"), all);
        assertTrue(all.contains("field 'products[0].supportYears' the key appears twice"), all);
        assertTrue(all.contains("field 'products[0].colour' unknown field"), all);
        assertFalse(errors(read("[]")).isEmpty());
        assertFalse(errors(read("")).isEmpty());
        assertTrue(errors(read("{}")).toString().contains("field 'products' required field is missing"));
    }

    @Test
    void checksumsPinTheBytes() {
        byte[] bytes = "{}".getBytes(StandardCharsets.UTF_8);
        String header = "catalog/a.json=" + CatalogChecksums.sha256(bytes) + ", catalog/b.json=zz";
        Map<String, String> sums = CatalogChecksums.parse(header);
        assertNotNull(sums.get("catalog/a.json"));
        assertEquals("catalog/b.json=zz", sums.get(""));
        assertTrue(CatalogVerifier.checksumProblems("w", "/catalog/a.json", bytes, "catalog/a.json=" + CatalogChecksums.sha256(bytes)).isEmpty());
        assertEquals(1, CatalogVerifier.checksumProblems("w", "catalog/a.json", "{ }".getBytes(StandardCharsets.UTF_8),
                "catalog/a.json=" + CatalogChecksums.sha256(bytes)).size());
        assertTrue(CatalogVerifier.checksumProblems("w", "catalog/a.json", bytes, null).get(0).describe(Locale.ENGLISH)
                .contains("Origo-Catalog-SHA256: catalog/a.json=" + CatalogChecksums.sha256(bytes)));
        assertTrue(CatalogVerifier.checksumProblems("w", "catalog/c.json", bytes, header).stream()
                .anyMatch(p -> p.describe(Locale.ENGLISH).contains("pins no checksum for catalog/c.json")));
    }

    @Test
    void everyMessageExistsInChinese() {
        assertEquals(java.util.Set.of(), CatalogMessages.all().missingInChinese());
    }
}
