package org.origo.catalog.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.catalog.api.ReplacementCatalog;
import org.origo.catalog.internal.i18n.CatalogMessages;
import org.origo.model.Catalog;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The base of a vendor catalog bundle: a data file plus a Declarative Services component that
 * extends this class and names the catalog in its service properties, e.g.
 *
 * <pre>
 * &#64;Component(service = ReplacementCatalog.class, property = { "origo.catalog.id=com.example.thin",
 *         "origo.catalog.vendor=Example" })
 * public class ExampleCatalog extends AbstractCatalog {
 * }
 * </pre>
 *
 * The catalog file is {@code catalog/<id>.json} in the bundle (or the path in the service property
 * {@value #PROP_FILE}). It must be pinned by the bundle manifest header
 * {@value CatalogChecksums#HEADER}; {@link #load()} checks the digest, reads and validates the file,
 * and checks that its id and vendor are the ones the component declares.
 */
@org.osgi.annotation.versioning.ConsumerType
public abstract class AbstractCatalog implements ReplacementCatalog {

    /** Optional service property: the path of the catalog file inside the bundle. */
    public static final String PROP_FILE = "origo.catalog.file";

    private volatile String id;
    private volatile String vendor;
    private volatile String file;
    private volatile Bundle bundle;
    private volatile Catalog cached;

    /**
     * Called by Declarative Services when the component is activated (found by its default name,
     * no annotation needed in the subclass). Subclasses that override it must call it.
     */
    protected void activate(BundleContext context, Map<String, ?> properties) {
        this.bundle = context.getBundle();
        this.id = string(properties.get(PROP_ID));
        this.vendor = string(properties.get(PROP_VENDOR));
        String f = string(properties.get(PROP_FILE));
        this.file = f != null ? CatalogChecksums.normalize(f) : id == null ? null : "catalog/" + id + ".json";
        this.cached = null;
    }

    /** Called by Declarative Services when the component is deactivated. */
    protected void deactivate() {
        this.cached = null;
        this.bundle = null;
    }

    private static String string(Object o) {
        return o == null || String.valueOf(o).isBlank() ? null : String.valueOf(o).trim();
    }

    @Override
    public String id() {
        return id;
    }

    /** The vendor the component declares. */
    public String vendor() {
        return vendor;
    }

    /** The path of the catalog file inside the bundle. */
    public String file() {
        return file;
    }

    @Override
    public Text label() {
        Catalog c = cached;
        if (c != null && c.getName() != null) {
            return new Text(c.getName(), c.getNameZh() == null ? c.getName() : c.getNameZh());
        }
        return new Text(String.valueOf(id), String.valueOf(id));
    }

    @Override
    public Catalog load() throws OrigoException {
        Catalog c = cached;
        if (c == null) {
            c = read();
            cached = c;
        }
        return EcoreUtil.copy(c);
    }

    private Catalog read() throws OrigoException {
        Bundle b = bundle;
        if (b == null || id == null) {
            throw new OrigoException(CatalogMessages.get("catalog.not.active", getClass().getName()));
        }
        String where = b.getSymbolicName() + "/" + file;
        if (vendor == null) {
            throw new OrigoException(CatalogMessages.get("catalog.property.missing", PROP_VENDOR), where, -1, PROP_VENDOR, null);
        }
        URL url = b.getEntry(file);
        if (url == null) {
            throw new OrigoException(CatalogMessages.get("catalog.file.missing", file, b.getSymbolicName()), where, -1, null, null);
        }
        byte[] bytes;
        try (InputStream in = url.openStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new OrigoException(CatalogMessages.get("catalog.file.unreadable", file, e.getMessage()), where, -1, null, e);
        }
        List<CatalogProblem> problems = new ArrayList<>(
                CatalogVerifier.checksumProblems(where, file, bytes, b.getHeaders("").get(CatalogChecksums.HEADER)));
        CatalogReader.Result r = CatalogReader.read(where, bytes);
        problems.addAll(r.problems());
        if (r.catalog() != null) {
            problems.addAll(CatalogVerifier.declarationProblems(where, r.catalog(), id, vendor));
        }
        return new CatalogReader.Result(r.catalog(), problems).orThrow(where);
    }
}
