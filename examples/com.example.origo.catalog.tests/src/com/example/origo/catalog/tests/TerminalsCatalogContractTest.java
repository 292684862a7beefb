package com.example.origo.catalog.tests;

import org.origo.catalog.api.tests.ReplacementCatalogContractTest;

/** The vendor's own catalog meets Origo's catalog contract. */
class TerminalsCatalogContractTest extends ReplacementCatalogContractTest {

    @Override
    protected String catalogId() {
        return "com.example.terminals";
    }
}
