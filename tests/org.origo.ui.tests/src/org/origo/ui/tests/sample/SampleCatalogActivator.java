package org.origo.ui.tests.sample;

import java.util.Hashtable;

import org.origo.api.Text;
import org.origo.catalog.api.ReplacementCatalog;
import org.origo.model.Catalog;
import org.origo.model.CatalogProduct;
import org.origo.model.OrigoFactory;
import org.origo.model.ProductCategory;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * TEST-ONLY: the single class of a catalog bundle the tests build as a jar at run time and install
 * through the Plug-ins part. It registers one catalog while its bundle is active. No inner classes
 * or other types, so this one class file makes the whole bundle.
 */
public final class SampleCatalogActivator implements BundleActivator, ReplacementCatalog {

    @Override
    public void start(BundleContext context) {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(ReplacementCatalog.PROP_ID, id());
        props.put(ReplacementCatalog.PROP_VENDOR, "Lenovo");
        context.registerService(ReplacementCatalog.class, this, props);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the service
    }

    @Override
    public String id() {
        return "sample-kaitian";
    }

    @Override
    public Text label() {
        return new Text("Lenovo Kaitian desktops (sample)", "联想开天台式机（示例）");
    }

    @Override
    public Catalog load() {
        Catalog c = OrigoFactory.eINSTANCE.createCatalog();
        c.setId(id());
        c.setVendor("Lenovo");
        CatalogProduct p = OrigoFactory.eINSTANCE.createCatalogProduct();
        p.setId("KAITIAN-M90Z");
        p.setVendor("Lenovo");
        p.setNameEn("Kaitian M90z all-in-one");
        p.setNameZh("开天 M90z 一体机");
        p.setCategory(ProductCategory.ALL_IN_ONE);
        p.setArchitecture("x86_64");
        p.setCpuPlatform("Zhaoxin");
        p.getCertifiedOs().add("Kylin V10");
        p.setPrice(6800);
        p.setCurrency("CNY");
        c.getProducts().add(p);
        return c;
    }
}
