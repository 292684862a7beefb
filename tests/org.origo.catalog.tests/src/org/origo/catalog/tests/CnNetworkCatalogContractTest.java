package org.origo.catalog.tests;

import org.origo.catalog.api.tests.ReplacementCatalogContractTest;

class CnNetworkCatalogContractTest extends ReplacementCatalogContractTest {

    @Override
    protected String catalogId() {
        return "cn.network";
    }
}
