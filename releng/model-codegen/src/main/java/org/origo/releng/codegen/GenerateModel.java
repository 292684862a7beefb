package org.origo.releng.codegen;

import java.io.File;
import java.util.Collections;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenRuntimeVersion;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the model code of the org.origo.model bundle from its .ecore, outside of any IDE.
 * The GenModel is built from the .ecore on every run (and saved beside it) so that the two
 * cannot drift apart.
 */
public final class GenerateModel {

    private static final String PROJECT = "org.origo.model";

    private GenerateModel() {
    }

    public static void main(String[] args) throws Exception {
        File bundle = new File(args.length > 0 ? args[0] : "../../bundles/" + PROJECT).getCanonicalFile();
        // the generator also writes plugin.xml, plugin.properties and build.properties: keep the bundle's own
        Map<File, byte[]> kept = new java.util.HashMap<>();
        for (String name : new String[] { "plugin.xml", "plugin.properties", "build.properties", "OSGI-INF/l10n/bundle.properties" }) {
            File f = new File(bundle, name);
            kept.put(f, f.exists() ? java.nio.file.Files.readAllBytes(f.toPath()) : null);
        }
        ResourceSet rs = new ResourceSetImpl();
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        rs.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        Map<String, URI> platform = EcorePlugin.getPlatformResourceMap();
        URI bundleUri = URI.createFileURI(bundle.getPath() + "/");
        platform.put(PROJECT, bundleUri);
        rs.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/" + PROJECT + "/", false), bundleUri);

        Resource ecore = rs.getResource(URI.createPlatformResourceURI("/" + PROJECT + "/model/origo.ecore", true), true);
        EPackage ePackage = (EPackage) ecore.getContents().get(0);

        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(Collections.singleton(ePackage));
        Resource genResource = rs.createResource(URI.createPlatformResourceURI("/" + PROJECT + "/model/origo.genmodel", true));
        genResource.getContents().add(genModel);
        genModel.setModelName("Origo");
        genModel.setModelPluginID(PROJECT);
        genModel.setModelDirectory("/" + PROJECT + "/src-gen");
        genModel.setComplianceLevel(GenJDKLevel.JDK170_LITERAL);
        genModel.setRuntimeVersion(GenRuntimeVersion.EMF220);
        genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
        genModel.setCopyrightText("Origo model - generated from model/origo.ecore by releng/model-codegen. Do not edit.");
        genModel.setBundleManifest(false);
        genModel.setUpdateClasspath(false);
        genModel.setSuppressGenModelAnnotations(true);
        genModel.setCanGenerate(true);
        genModel.setImportOrganizing(true);
        genModel.setOperationReflection(true);
        genModel.setForceOverwrite(true);
        GenPackage genPackage = genModel.getGenPackages().get(0);
        genPackage.setBasePackage("org.origo");
        genPackage.setPrefix("Origo");
        genPackage.setDisposableProviderFactory(true);

        Diagnostic diag = genModel.diagnose();
        if (diag.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("GenModel is invalid: " + diag);
        }
        genModel.reconcile();
        genResource.save(Collections.emptyMap());

        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        if (result.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("Generation failed: " + result);
        }
        for (Map.Entry<File, byte[]> e : kept.entrySet()) {
            if (e.getValue() == null) {
                java.nio.file.Files.deleteIfExists(e.getKey().toPath());
            } else {
                java.nio.file.Files.write(e.getKey().toPath(), e.getValue());
            }
        }
        System.out.println("Generated model code into " + new File(bundle, "src-gen"));
    }
}
