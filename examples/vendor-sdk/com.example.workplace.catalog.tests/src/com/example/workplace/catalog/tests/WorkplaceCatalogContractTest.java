package com.example.workplace.catalog.tests;

import org.origo.catalog.api.tests.ReplacementCatalogContractTest;

/** The vendor's catalog meets Origo's catalog contract: it loads, is pinned by its checksum and names real references. */
class WorkplaceCatalogContractTest extends ReplacementCatalogContractTest {

    @Override
    protected String catalogId() {
        return "com.example.workplace";
    }
}
