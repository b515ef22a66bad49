package io.mlworkbench.engine.registry.bundle;

/**
 * One file inside a bundle, as listed in its manifest.
 *
 * @param name the entry name, e.g. {@code model.tribuo.pb}
 * @param sha256 the SHA-256 of its bytes, lower-case hex
 * @param size its size in bytes
 */
public record BundleEntry(String name, String sha256, long size) {
}
