package org.origo.catalog.sdk;

/**
 * A catalog component for bundles that hold data only: declare it in the bundle's own component
 * description ({@code OSGI-INF/*.xml}, listed in {@code Service-Component}) with
 * {@code <implementation class="org.origo.catalog.sdk.DataCatalog"/>}, the service
 * {@code org.origo.catalog.api.ReplacementCatalog} and the properties {@code origo.catalog.id} and
 * {@code origo.catalog.vendor}, and import the packages {@code org.origo.catalog.sdk} and
 * {@code org.origo.catalog.api}. Bundles with Java code extend {@link AbstractCatalog} instead.
 */
public final class DataCatalog extends AbstractCatalog {
}
