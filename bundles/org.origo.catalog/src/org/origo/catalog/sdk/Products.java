package org.origo.catalog.sdk;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.origo.model.CatalogProduct;
import org.origo.model.ProductCategory;
import org.origo.model.Property;

/**
 * How the catalog format maps onto {@link CatalogProduct}: hardware products run one architecture
 * (and, for LoongArch, one ABI); software products list every architecture (and ABI) they have a
 * build for, comma-separated in {@code architecture} / {@code abi}. Extra specifications and the
 * sources cited are {@code specs} properties.
 */
public final class Products {

    /** Architectures Origo knows, as inventories report them. */
    public static final Set<String> ARCHITECTURES = Set.of("x86_64", "aarch64", "loongarch64", "mips64el", "sw_64");
    /** The two LoongArch application binary interfaces. */
    public static final String ABI_NEW_WORLD = "new-world";
    public static final String ABI_OLD_WORLD = "old-world";
    /** Spec key of the sources cited for a product (one property per source). */
    public static final String SPEC_SOURCE = "source";

    private static final Set<ProductCategory> MACHINES = EnumSet.of(ProductCategory.DESKTOP, ProductCategory.LAPTOP,
            ProductCategory.ALL_IN_ONE, ProductCategory.SERVER, ProductCategory.THIN_CLIENT, ProductCategory.WORKSTATION,
            ProductCategory.CPU_PLATFORM);
    private static final Set<ProductCategory> SOFTWARE = EnumSet.of(ProductCategory.OPERATING_SYSTEM,
            ProductCategory.OFFICE_SUITE, ProductCategory.DATABASE, ProductCategory.MIDDLEWARE, ProductCategory.BROWSER,
            ProductCategory.SECURITY);

    private Products() {
    }

    /** Computers and CPU platforms: one CPU platform and one architecture each. */
    public static boolean isMachine(ProductCategory c) {
        return MACHINES.contains(c);
    }

    /** Operating systems and applications: a list of architectures they are built for. */
    public static boolean isSoftware(ProductCategory c) {
        return SOFTWARE.contains(c);
    }

    public static List<String> architectures(CatalogProduct p) {
        return split(p.getArchitecture());
    }

    public static List<String> abis(CatalogProduct p) {
        return split(p.getAbi());
    }

    /** Whether the product runs on (hardware) or has a build for (software) the architecture and ABI. */
    public static boolean supports(CatalogProduct p, String architecture, String abi) {
        if (architecture == null || !architectures(p).contains(architecture)) {
            return false;
        }
        if ("loongarch64".equals(architecture) && abi != null && !abis(p).isEmpty()) {
            return abis(p).contains(abi);
        }
        return true;
    }

    /** The value of a spec, or null. */
    public static String spec(CatalogProduct p, String key) {
        for (Property s : p.getSpecs()) {
            if (key.equals(s.getKey())) {
                return s.getValue();
            }
        }
        return null;
    }

    /** The sources cited for the product. */
    public static List<String> sources(CatalogProduct p) {
        List<String> out = new ArrayList<>();
        for (Property s : p.getSpecs()) {
            if (SPEC_SOURCE.equals(s.getKey())) {
                out.add(s.getValue());
            }
        }
        return out;
    }

    /**
     * The architecture a CPU platform name implies (Hygon and Zhaoxin: x86_64; Phytium and Kunpeng:
     * aarch64; Loongson 3A5000 and later: loongarch64, earlier: mips64el; Sunway: sw_64), or null.
     */
    public static String architectureOf(String cpu) {
        if (cpu == null) {
            return null;
        }
        String c = cpu.toLowerCase(Locale.ROOT);
        if (c.contains("hygon") || c.contains("海光") || c.contains("zhaoxin") || c.contains("兆芯")) {
            return "x86_64";
        }
        if (c.contains("phytium") || c.contains("飞腾") || c.contains("kunpeng") || c.contains("鲲鹏")) {
            return "aarch64";
        }
        if (c.contains("loongson") || c.contains("龙芯")) {
            if (c.contains("3a4000") || c.contains("3b4000") || c.contains("3a3000") || c.contains("3b3000")
                    || c.contains("2k1000")) {
                return "mips64el";
            }
            return "loongarch64";
        }
        if (c.contains("sunway") || c.contains("申威")) {
            return "sw_64";
        }
        return null;
    }

    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        if (s == null || s.isBlank()) {
            return out;
        }
        for (String part : s.split(",")) {
            String t = part.trim();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
