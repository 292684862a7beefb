package org.origo.catalog.cn.network;

import org.origo.catalog.api.ReplacementCatalog;
import org.origo.catalog.sdk.AbstractCatalog;
import org.osgi.service.component.annotations.Component;

/** Origo sample catalog: domestic network equipment: the data is catalog/cn.network.json in this bundle. */
@Component(service = ReplacementCatalog.class, property = { "origo.catalog.id=cn.network", "origo.catalog.vendor=Origo" })
public class NetworkCatalog extends AbstractCatalog {
}
