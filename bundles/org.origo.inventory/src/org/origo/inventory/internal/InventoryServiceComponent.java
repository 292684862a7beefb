package org.origo.inventory.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.origo.api.OrigoException;
import org.origo.api.Progress;
import org.origo.inventory.api.ImportPreview;
import org.origo.inventory.api.ImportReport;
import org.origo.inventory.api.ImportRequest;
import org.origo.inventory.api.InventoryImporter;
import org.origo.inventory.api.InventoryService;
import org.origo.inventory.engine.InventoryEngine;
import org.origo.model.Project;
import org.origo.origin.api.VendorDirectory;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The import engine as a service. Importers and vendor directories come and go at run time
 * (dynamic references): an importer bundle installed later is used by the next import.
 */
@Component(service = InventoryService.class, property = { "origo.service=inventory" })
public class InventoryServiceComponent implements InventoryService {

    private final List<InventoryImporter> importers = new CopyOnWriteArrayList<>();
    private final List<VendorDirectory> directories = new CopyOnWriteArrayList<>();
    private final InventoryEngine engine = new InventoryEngine(() -> new ArrayList<>(importers), () -> new ArrayList<>(directories));

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addImporter(InventoryImporter importer) {
        importers.add(importer);
    }

    void removeImporter(InventoryImporter importer) {
        importers.remove(importer);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addDirectory(VendorDirectory directory) {
        directories.add(directory);
    }

    void removeDirectory(VendorDirectory directory) {
        directories.remove(directory);
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
        return List.copyOf(importers);
    }

    /** The engine behind the service (for the command, which names inputs as the user typed them). */
    public InventoryEngine engine() {
        return engine;
    }
}
