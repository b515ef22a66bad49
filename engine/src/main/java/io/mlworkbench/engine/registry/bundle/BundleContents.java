package io.mlworkbench.engine.registry.bundle;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The entries of a bundle read within limits, not yet verified.
 *
 * @param name the bundle's file name, for messages
 * @param entries the entries' bytes by name, in archive order
 */
public record BundleContents(String name, Map<String, byte[]> entries) {

    /** Keeps the order, read-only. */
    public BundleContents {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /**
     * @param entry an entry name
     * @return its bytes, if present
     */
    public Optional<byte[]> find(String entry) {
        return Optional.ofNullable(entries.get(entry));
    }

    /**
     * @param entry an entry name
     * @return its bytes
     * @throws InvalidBundleException when the bundle has no such entry
     */
    public byte[] require(String entry) {
        return find(entry).orElseThrow(() -> new InvalidBundleException(name + ": entry '" + entry
                + "' is missing; every bundle holds it"));
    }
}
