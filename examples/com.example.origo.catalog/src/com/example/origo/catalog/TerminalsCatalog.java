package com.example.origo.catalog;

import org.origo.catalog.api.ReplacementCatalog;
import org.origo.catalog.sdk.AbstractCatalog;
import org.osgi.service.component.annotations.Component;

@Component(service = ReplacementCatalog.class, property = { "origo.catalog.id=com.example.terminals", "origo.catalog.vendor=Example Terminals" })
public class TerminalsCatalog extends AbstractCatalog {
}
