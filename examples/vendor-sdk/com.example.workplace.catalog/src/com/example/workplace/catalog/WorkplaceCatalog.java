package com.example.workplace.catalog;

import org.origo.catalog.api.ReplacementCatalog;
import org.origo.catalog.sdk.AbstractCatalog;
import org.osgi.service.component.annotations.Component;

/** The vendor's catalog: its data is catalog/com.example.workplace.json, pinned by the build's checksum. */
@Component(service = ReplacementCatalog.class, property = { "origo.catalog.id=com.example.workplace",
        "origo.catalog.vendor=Example Workplace" })
public class WorkplaceCatalog extends AbstractCatalog {
}
