package io.mlworkbench.engine.registry.bundle;

/**
 * How much a bundle may hold before it is refused as a zip bomb.
 *
 * @param maxEntries the most entries
 * @param maxEntryBytes the most uncompressed bytes of one entry
 * @param maxTotalBytes the most uncompressed bytes of all entries together
 */
public record BundleLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {

    /** @return 64 entries, 512 MiB per entry, 1 GiB in all: far above any tabular model */
    public static BundleLimits defaults() {
        return new BundleLimits(64, 512L << 20, 1L << 30);
    }
}
