package org.origo.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.api.OrigoCommand;
import org.origo.catalog.sdk.CatalogProblem;
import org.origo.catalog.sdk.CatalogReader;
import org.origo.core.Contributions;
import org.origo.testing.RecordingContext;

/** A hint that would let a product replace something of another category is refused, with its location. */
class CrossCategoryHintsTest {

    @TempDir
    Path dir;

    /** The test catalog with its one product turned into a product of the category, with these hints. */
    private static String catalog(String category, String replaces) {
        String json = Jars.validCatalog("x.y", "V").replace("\"THIN_CLIENT\"", "\"" + category + "\"");
        if (!category.equals("THIN_CLIENT")) {
            json = json.replace("\"platform\": { \"cpu\": \"Zhaoxin KX-6640MA\", \"architectures\": [\"x86_64\"] }",
                    "\"platform\": { \"architectures\": [\"x86_64\"] }").replace("\"certifiedOs\": [\"cn.os:kylin-desktop-v10\"],\n", "");
        }
        return json.replace("\"sources\": [\"test\"]", "\"replaces\": [" + replaces + "],\n      \"sources\": [\"test\"]");
    }

    private static List<String> errors(String json) {
        return CatalogReader.read("t.json", json.getBytes(StandardCharsets.UTF_8)).problems().stream().filter(CatalogProblem::error)
                .map(p -> p.describe(Locale.ENGLISH)).toList();
    }

    @Test
    void aVendorHintOnSoftwareIsRefusedWithItsLine() {
        List<String> e = errors(catalog("DATABASE", "\"family:Oracle Database\", \"vendor:Oracle\""));
        assertEquals(1, e.size(), e.toString());
        assertTrue(e.get(0).startsWith("t.json:17: field 'products[0].replaces[1]' 'vendor:Oracle' crosses categories"), e.get(0));
    }

    @Test
    void familiesAndCategoriesOfAnotherKindAreRefused() {
        List<String> e = errors(catalog("DATABASE", "\"family:Microsoft Office\", \"category:DESKTOP\", \"family:ThinkPad\""));
        String all = String.join("\n", e);
        assertEquals(3, e.size(), all);
        assertTrue(all.contains("field 'products[0].replaces[0]' 'family:Microsoft Office' crosses categories: a DATABASE product cannot replace a product of the OFFICE_SUITE family"), all);
        assertTrue(all.contains("field 'products[0].replaces[1]' 'category:DESKTOP' crosses categories"), all);
        assertTrue(all.contains("field 'products[0].replaces[2]' 'family:ThinkPad' crosses categories"), all);
        List<String> zh = CatalogReader.read("t.json", catalog("OFFICE_SUITE", "\"vendor:Microsoft\"").getBytes(StandardCharsets.UTF_8))
                .problems().stream().map(p -> p.describe(Locale.SIMPLIFIED_CHINESE)).toList();
        assertTrue(zh.get(0).contains("跨越类别"), zh.toString());
    }

    @Test
    void hintsWithinTheCategoryStayValid() {
        assertEquals(List.of(), errors(catalog("DATABASE", "\"family:Oracle Database\", \"family:SQL Server\", \"category:DATABASE\"")));
        assertEquals(List.of(), errors(catalog("OFFICE_SUITE", "\"family:Microsoft Office\", \"family:LibreOffice\"")));
        // hardware is matched by the asset's kind first; a vendor hint only ranks machines of that kind
        assertEquals(List.of(), errors(catalog("THIN_CLIENT", "\"vendor:Dell\", \"family:Wyse\", \"category:THIN_CLIENT\"")));
        // a family Origo does not know is not judged
        assertEquals(List.of(), errors(catalog("MIDDLEWARE", "\"family:Some Application Server\"")));
    }

    @Test
    void catalogValidateRefusesTheCatalogAndNamesTheLocation() throws Exception {
        Contributions reg = TestRuntime.contributions();
        long until = System.currentTimeMillis() + 10_000;
        while (reg.command("catalog").isEmpty() && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        OrigoCommand cmd = reg.command("catalog").orElseThrow();
        Path bad = dir.resolve("dm.json");
        Files.writeString(bad, catalog("DATABASE", "\"family:Oracle Database\", \"vendor:Oracle\""));
        RecordingContext ctx = new RecordingContext(dir, Locale.ENGLISH, "validate", "dm.json");
        assertEquals(1, cmd.run(ctx));
        assertTrue(ctx.stdout().contains("dm.json:17: field 'products[0].replaces[1]' 'vendor:Oracle' crosses categories"), ctx.stdout());
        assertTrue(ctx.stdout().contains("invalid: 1 errors"), ctx.stdout());
    }
}
