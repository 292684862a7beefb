package org.origo.catalog.cn.printer;

import org.origo.catalog.api.ReplacementCatalog;
import org.origo.catalog.sdk.AbstractCatalog;
import org.osgi.service.component.annotations.Component;

/** Origo sample catalog: domestic printers: the data is catalog/cn.printer.json in this bundle. */
@Component(service = ReplacementCatalog.class, property = { "origo.catalog.id=cn.printer", "origo.catalog.vendor=Origo" })
public class PrinterCatalog extends AbstractCatalog {
}
