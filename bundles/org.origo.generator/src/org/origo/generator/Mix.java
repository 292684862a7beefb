package org.origo.generator;

/**
 * The part of the estate mix an asset was drawn from. It states the generator's intent, for tests
 * and benchmarks that check proportions; it is not a verdict (the origin rules decide that).
 */
public enum Mix {
    /** US brand (Dell, HP, Apple, Cisco ...) or US-designed platform under another brand's label. */
    US_BRAND,
    /** Other foreign brand (ASUS, Acer, Fujitsu, Samsung, Canon, Epson ...). */
    OTHER_FOREIGN_BRAND,
    /** Chinese brand built on foreign parts (Lenovo with Intel and Windows, Inspur with Xeon ...). */
    DOMESTIC_BRAND_FOREIGN_PARTS,
    /**
     * Chinese brand on a Chinese platform (Zhaoxin, Hygon, Phytium, Kunpeng, Loongson CPUs; Kylin, UOS,
     * openEuler); for printers, network and other devices, which the ledger lists without a CPU, a
     * Chinese brand.
     */
    DOMESTIC_PLATFORM,
    /** Brand missing, a placeholder or an assembled machine without parts listed. */
    UNKNOWN
}
