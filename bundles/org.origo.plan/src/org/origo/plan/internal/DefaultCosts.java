package org.origo.plan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

import org.origo.model.AssetKind;

/**
 * The documented default cost per asset kind ({@code data/default-costs.properties}), used for
 * assets without a priced catalog match. Every cost taken from here is an estimate.
 */
public final class DefaultCosts {

    public static final String RESOURCE = "/data/default-costs.properties";

    private final Map<AssetKind, Double> costs;
    private final String currency;

    private DefaultCosts(Map<AssetKind, Double> costs, String currency) {
        this.costs = costs;
        this.currency = currency;
    }

    /** The table shipped in this bundle. */
    public static DefaultCosts shipped() {
        Properties p = new Properties();
        try (InputStream in = DefaultCosts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<AssetKind, Double> m = new EnumMap<>(AssetKind.class);
        for (AssetKind k : AssetKind.VALUES) {
            String v = p.getProperty(k.getLiteral());
            if (v == null) {
                throw new IllegalStateException(RESOURCE + ": no default cost for " + k.getLiteral());
            }
            m.put(k, Double.parseDouble(v.trim()));
        }
        return new DefaultCosts(m, p.getProperty("currency", "CNY").trim());
    }

    public double cost(AssetKind kind) {
        return costs.get(kind == null ? AssetKind.UNKNOWN : kind);
    }

    public String currency() {
        return currency;
    }
}
