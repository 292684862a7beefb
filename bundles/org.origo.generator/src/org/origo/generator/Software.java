package org.origo.generator;

/** One installed software title as the ledger's {@code 软件} column lists it: {@code Publisher|Name|Version}. */
public record Software(String publisher, String name, String version) {
}
