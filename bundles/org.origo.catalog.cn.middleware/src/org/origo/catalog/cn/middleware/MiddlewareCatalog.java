package org.origo.catalog.cn.middleware;

import org.origo.catalog.api.ReplacementCatalog;
import org.origo.catalog.sdk.AbstractCatalog;
import org.osgi.service.component.annotations.Component;

/** Origo sample catalog: domestic application servers: the data is catalog/cn.middleware.json in this bundle. */
@Component(service = ReplacementCatalog.class, property = { "origo.catalog.id=cn.middleware", "origo.catalog.vendor=Origo" })
public class MiddlewareCatalog extends AbstractCatalog {
}
