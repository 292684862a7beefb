package org.origo.catalog.cn.database;

import org.origo.catalog.api.ReplacementCatalog;
import org.origo.catalog.sdk.AbstractCatalog;
import org.osgi.service.component.annotations.Component;

/** Origo sample catalog: domestic databases: the data is catalog/cn.database.json in this bundle. */
@Component(service = ReplacementCatalog.class, property = { "origo.catalog.id=cn.database", "origo.catalog.vendor=Origo" })
public class DatabaseCatalog extends AbstractCatalog {
}
