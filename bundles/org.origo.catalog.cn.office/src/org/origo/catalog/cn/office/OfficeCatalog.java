package org.origo.catalog.cn.office;

import org.origo.catalog.api.ReplacementCatalog;
import org.origo.catalog.sdk.AbstractCatalog;
import org.osgi.service.component.annotations.Component;

/** Origo sample catalog: domestic office suites: the data is catalog/cn.office.json in this bundle. */
@Component(service = ReplacementCatalog.class, property = { "origo.catalog.id=cn.office", "origo.catalog.vendor=Origo" })
public class OfficeCatalog extends AbstractCatalog {
}
