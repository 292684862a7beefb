package org.origo.catalog.api.tests;

import java.io.InputStream;

import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.catalog.api.ReplacementCatalog;
import org.origo.catalog.sdk.CatalogReader;
import org.origo.model.Catalog;

/** The contract applied to a catalog read straight from a file of this bundle (no service, no checksum). */
class InlineCatalogContractTest extends ReplacementCatalogContractTest {

    @Override
    protected String catalogId() {
        return "test.inline";
    }

    @Override
    protected boolean registered() {
        return false;
    }

    @Override
    protected boolean pinned() {
        return false;
    }

    @Override
    protected ReplacementCatalog catalog() {
        return new ReplacementCatalog() {
            @Override
            public String id() {
                return "test.inline";
            }

            @Override
            public Text label() {
                return new Text("Inline", "内联");
            }

            @Override
            public Catalog load() throws OrigoException {
                try (InputStream in = InlineCatalogContractTest.class.getResourceAsStream("/resources/inline.json")) {
                    return CatalogReader.read("inline.json", in.readAllBytes()).orThrow("inline.json");
                } catch (java.io.IOException e) {
                    throw new OrigoException(new Text(e.toString(), e.toString()), e);
                }
            }
        };
    }
}
