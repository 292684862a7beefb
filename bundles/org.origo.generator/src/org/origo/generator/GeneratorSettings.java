package org.origo.generator;

/**
 * What to generate.
 *
 * @param assets          number of distinct assets (the ledger has a few more rows: duplicates,
 *                        blank rows and repeated headers are re-export noise)
 * @param seed            the seed; the same settings always give the same bytes
 * @param format          the ledger's format
 * @param hostDirectories when true the output is a directory holding the ledger
 *                        ({@code ledger.csv} or {@code ledger.xlsx}) and {@code hosts/}, one folder per
 *                        computer with its dmidecode output and its software listing
 * @param minSoftware     fewest software titles on a desktop or laptop
 * @param maxSoftware     most software titles on a desktop or laptop
 */
public record GeneratorSettings(long assets, long seed, OutputFormat format, boolean hostDirectories,
        int minSoftware, int maxSoftware) {

    /** The largest estate one run generates. */
    public static final long MAX_ASSETS = 50_000_000L;

    /** The seed of the demo administration. */
    public static final long DEMO_SEED = 20201231L;

    /** The number of assets of the demo administration. */
    public static final long DEMO_ASSETS = 4_000L;

    public GeneratorSettings {
        if (assets < 1 || assets > MAX_ASSETS) {
            throw new IllegalArgumentException("assets must be between 1 and " + MAX_ASSETS + ": " + assets);
        }
        if (format == null) {
            throw new IllegalArgumentException("format is required");
        }
        if (minSoftware < 0 || maxSoftware < minSoftware || maxSoftware > 60) {
            throw new IllegalArgumentException("software range must satisfy 0 <= min <= max <= 60: "
                    + minSoftware + "-" + maxSoftware);
        }
    }

    /** A CSV ledger of {@code assets} assets with 10 to 40 software titles per workstation. */
    public static GeneratorSettings of(long assets, long seed) {
        return new GeneratorSettings(assets, seed, OutputFormat.CSV, false, 10, 40);
    }

    /** The embedded demo administration: 4 000 assets, a fixed seed, a CSV ledger. */
    public static GeneratorSettings demo() {
        return of(DEMO_ASSETS, DEMO_SEED);
    }

    public GeneratorSettings withFormat(OutputFormat newFormat) {
        return new GeneratorSettings(assets, seed, newFormat, hostDirectories, minSoftware, maxSoftware);
    }

    public GeneratorSettings withHostDirectories(boolean newHostDirectories) {
        return new GeneratorSettings(assets, seed, format, newHostDirectories, minSoftware, maxSoftware);
    }

    public GeneratorSettings withSoftware(int min, int max) {
        return new GeneratorSettings(assets, seed, format, hostDirectories, min, max);
    }
}
