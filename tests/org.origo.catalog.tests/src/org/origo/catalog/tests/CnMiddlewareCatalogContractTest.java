package org.origo.catalog.tests;

import org.origo.catalog.api.tests.ReplacementCatalogContractTest;

class CnMiddlewareCatalogContractTest extends ReplacementCatalogContractTest {

    @Override
    protected String catalogId() {
        return "cn.middleware";
    }
}
