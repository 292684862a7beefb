package org.origo.inventory.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.origo.api.OrigoException;
import org.origo.api.Progress;
import org.origo.core.Contributions;
import org.origo.inventory.api.ImportPreview;
import org.origo.inventory.api.ImportReport;
import org.origo.inventory.api.ImportRequest;
import org.origo.inventory.api.InventoryImporter;
import org.origo.inventory.api.InventoryService;
import org.origo.inventory.engine.InventoryEngine;
import org.origo.inventory.internal.i18n.EngineMessages;
import org.origo.model.Project;
import org.origo.origin.api.VendorDirectory;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The import engine as a service. Importers and vendor directories come and go at run time
 * (dynamic references): an importer bundle installed later is used by the next import.
 * <p>
 * Importers are bound by their service reference only and their objects are fetched when an
 * import needs them. Fetching them while this component is being bound is not safe: loading an
 * importer class that uses {@code org.origo.inventory.spi} can start this (lazy) bundle, whose
 * engine component is then activated from inside the importer's own activation; the registry
 * sees a circular request and the importer would be left out of the engine for good.
 */
@Component(service = InventoryService.class, property = { "origo.service=inventory" })
public class InventoryServiceComponent implements InventoryService {

    static final String IMPORTERS = "importers";

    private final List<ServiceReference<InventoryImporter>> importerRefs = new CopyOnWriteArrayList<>();
    /** Importers given directly, when the engine runs without a service registry. */
    private final List<InventoryImporter> givenImporters = new CopyOnWriteArrayList<>();
    private final List<VendorDirectory> directories = new CopyOnWriteArrayList<>();
    private volatile ComponentContext component;
    /** The importers resolved from the bound references, until the next bind or unbind. */
    private volatile List<InventoryImporter> resolved;
    /** Counts binds and unbinds, so that a list resolved meanwhile is not cached. */
    private int generation;
    private final InventoryEngine engine = new InventoryEngine(this::currentImporters, () -> new ArrayList<>(directories),
            this::registry);

    @Activate
    void activate(ComponentContext cc) {
        this.component = cc;
    }

    @Deactivate
    void deactivate() {
        this.component = null;
        invalidate();
    }

    private synchronized void invalidate() {
        generation++;
        resolved = null;
    }

    @Reference(name = IMPORTERS, service = InventoryImporter.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindImporter")
    void bindImporter(ServiceReference<InventoryImporter> ref) {
        importerRefs.add(ref);
        invalidate();
    }

    void unbindImporter(ServiceReference<InventoryImporter> ref) {
        importerRefs.remove(ref);
        invalidate();
    }

    /** Adds an importer object directly (use without a service registry, e.g. in tests and tools). */
    public void addImporter(InventoryImporter importer) {
        givenImporters.add(importer);
        invalidate();
    }

    public void removeImporter(InventoryImporter importer) {
        givenImporters.remove(importer);
        invalidate();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addDirectory(VendorDirectory directory) {
        directories.add(directory);
    }

    void removeDirectory(VendorDirectory directory) {
        directories.remove(directory);
    }

    /**
     * The importers bound now, in service ranking order. One whose component cannot be activated
     * is left out and marked failed in the contributions registry.
     */
    private List<InventoryImporter> currentImporters() {
        List<InventoryImporter> cached = resolved;
        if (cached != null) {
            return new ArrayList<>(cached);
        }
        int gen;
        synchronized (this) {
            gen = generation;
        }
        ComponentContext cc = component;
        List<InventoryImporter> out = new ArrayList<>(givenImporters);
        if (cc == null) {
            return out;
        }
        boolean complete = true;
        List<ServiceReference<InventoryImporter>> refs = new ArrayList<>(importerRefs);
        Collections.sort(refs, Collections.reverseOrder());
        for (ServiceReference<InventoryImporter> ref : refs) {
            InventoryImporter i;
            try {
                i = cc.locateService(IMPORTERS, ref);
            } catch (RuntimeException | LinkageError e) {
                i = null;
            }
            if (i != null) {
                out.add(i);
            } else if (ref.getBundle() != null) {
                complete = false;
                Contributions registry = registry();
                if (registry != null) {
                    registry.markFailed("importer", String.valueOf(ref.getProperty(InventoryImporter.PROP_ID)),
                            EngineMessages.get("importer.inactive"));
                }
            }
        }
        if (complete) {
            synchronized (this) {
                if (gen == generation) {
                    resolved = List.copyOf(out);
                }
            }
        }
        return out;
    }

    /**
     * The contributions registry, looked up when needed rather than bound: it binds this service
     * itself, so a reference back would be a cycle.
     */
    private Contributions registry() {
        ComponentContext cc = component;
        if (cc == null) {
            return null;
        }
        try {
            BundleContext bc = cc.getBundleContext();
            ServiceReference<Contributions> ref = bc.getServiceReference(Contributions.class);
            return ref == null ? null : bc.getService(ref);
        } catch (IllegalStateException e) {
            return null; // the bundle is stopping
        }
    }

    @Override
    public ImportReport importInto(Project project, List<Path> inputs, ImportRequest request, Progress progress)
            throws OrigoException {
        return engine.importInto(project, inputs, null, request, progress);
    }

    @Override
    public List<ImportPreview> preview(List<Path> inputs, ImportRequest request) throws OrigoException {
        return engine.preview(inputs, null, request);
    }

    @Override
    public List<InventoryImporter> importers() {
        return List.copyOf(currentImporters());
    }

    /** The engine behind the service (for the command, which names inputs as the user typed them). */
    public InventoryEngine engine() {
        return engine;
    }
}
