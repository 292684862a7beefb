package org.origo.generator.internal;

/**
 * SplitMix64: a small, fast generator whose output is fixed by its published algorithm, so a seed
 * gives the same estate on every JVM. Not for anything secret.
 */
public final class Rng {

    private long state;

    public Rng(long seed) {
        this.state = seed;
    }

    /** The generator of one asset: independent of every other asset, so assets can be made in any order. */
    public static Rng forAsset(long seed, long index, long stream) {
        return new Rng(mix(mix(seed) ^ (index * 0x9E3779B97F4A7C15L) ^ (stream * 0xD1B54A32D192ED03L)));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        return mix(state);
    }

    /** Uniform in [0, bound). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return (int) Long.remainderUnsigned(nextLong(), bound);
    }

    /** Uniform in [from, to]. */
    public int between(int from, int to) {
        return from + nextInt(to - from + 1);
    }

    /** True with a probability of {@code perMille}/1000. */
    public boolean chance(int perMille) {
        return nextInt(1000) < perMille;
    }

    /** True with a probability of {@code perMillion}/1 000 000. */
    public boolean rare(int perMillion) {
        return nextInt(1_000_000) < perMillion;
    }

    public <T> T pick(T[] values) {
        return values[nextInt(values.length)];
    }
}
