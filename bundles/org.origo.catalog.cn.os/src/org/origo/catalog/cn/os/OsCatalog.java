package org.origo.catalog.cn.os;

import org.origo.catalog.api.ReplacementCatalog;
import org.origo.catalog.sdk.AbstractCatalog;
import org.osgi.service.component.annotations.Component;

/** Origo sample catalog: domestic operating systems: the data is catalog/cn.os.json in this bundle. */
@Component(service = ReplacementCatalog.class, property = { "origo.catalog.id=cn.os", "origo.catalog.vendor=Origo" })
public class OsCatalog extends AbstractCatalog {
}
