package org.origo.catalog.tests;

import org.origo.catalog.api.tests.ReplacementCatalogContractTest;

class CnDatabaseCatalogContractTest extends ReplacementCatalogContractTest {

    @Override
    protected String catalogId() {
        return "cn.database";
    }
}
