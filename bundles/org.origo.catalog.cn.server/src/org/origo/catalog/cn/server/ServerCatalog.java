package org.origo.catalog.cn.server;

import org.origo.catalog.api.ReplacementCatalog;
import org.origo.catalog.sdk.AbstractCatalog;
import org.osgi.service.component.annotations.Component;

/** Origo sample catalog: domestic servers: the data is catalog/cn.server.json in this bundle. */
@Component(service = ReplacementCatalog.class, property = { "origo.catalog.id=cn.server", "origo.catalog.vendor=Origo" })
public class ServerCatalog extends AbstractCatalog {
}
