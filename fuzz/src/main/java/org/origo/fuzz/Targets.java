package org.origo.fuzz;

import java.util.List;

import org.origo.inventory.api.InventoryImporter;

/**
 * Lists the fuzz targets the class path allows, one per line: {@code importer <id> <corpus folder>},
 * {@code engine}, {@code loader <class#method> <name>}, {@code rules}, {@code knowledge}. Used by {@code fuzz/run}.
 */
public final class Targets {

    /** Loaders of data files: class#method taking (String file, byte[] bytes), and a short name. */
    static final List<String[]> LOADERS = List.<String[]>of(new String[] { "org.origo.catalog.sdk.CatalogReader#read", "catalog" });

    private Targets() {
    }

    public static void main(String[] args) {
        for (InventoryImporter i : Harness.importers()) {
            String bundle = i.getClass().getPackageName().replaceFirst("^org\\.origo\\.inventory\\.", "").replaceFirst("\\..*$", "");
            System.out.println("importer " + i.id() + " " + bundle);
        }
        System.out.println("engine");
        for (String[] l : LOADERS) {
            String spec = l[0];
            try {
                Class.forName(spec.substring(0, spec.indexOf('#'))).getMethod(spec.substring(spec.indexOf('#') + 1), String.class,
                        byte[].class);
                System.out.println("loader " + spec + " " + l[1]);
            } catch (ReflectiveOperationException | LinkageError e) {
                // not on the class path (yet)
            }
        }
        try {
            Class.forName("org.origo.origin.rules.RuleSet");
            Class.forName("org.origo.origin.knowledge.Knowledge");
            System.out.println("rules");
            System.out.println("knowledge");
        } catch (ClassNotFoundException | LinkageError e) {
            // the origin bundles are not built
        }
    }
}
