package org.origo.catalog.cn.pc;

import org.origo.catalog.api.ReplacementCatalog;
import org.origo.catalog.sdk.AbstractCatalog;
import org.osgi.service.component.annotations.Component;

/** Origo sample catalog: domestic desktops and laptops: the data is catalog/cn.pc.json in this bundle. */
@Component(service = ReplacementCatalog.class, property = { "origo.catalog.id=cn.pc", "origo.catalog.vendor=Origo" })
public class PcCatalog extends AbstractCatalog {
}
