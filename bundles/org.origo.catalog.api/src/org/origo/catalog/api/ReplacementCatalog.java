package org.origo.catalog.api;

import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.model.Catalog;

/**
 * The products one vendor offers as replacements. Declarative Services component in the vendor's
 * own bundle, with the service properties {@value #PROP_ID} and {@value #PROP_VENDOR}.
 */
@org.osgi.annotation.versioning.ProviderType
public interface ReplacementCatalog {

    String PROP_ID = "origo.catalog.id";
    String PROP_VENDOR = "origo.catalog.vendor";

    String id();

    Text label();

    /**
     * The catalog's products, loaded and validated. A catalog that fails validation throws with
     * every problem and its location; the host then reports it as failed and goes on without it.
     */
    Catalog load() throws OrigoException;
}
