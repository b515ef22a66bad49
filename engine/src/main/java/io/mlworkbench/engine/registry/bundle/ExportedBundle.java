package io.mlworkbench.engine.registry.bundle;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A bundle written by {@link BundleExporter}.
 *
 * @param file where it was written
 * @param manifest its manifest
 * @param signer the signing key's fingerprint, when signed
 * @param bytes the file's size
 */
public record ExportedBundle(Path file, BundleManifest manifest, Optional<String> signer, long bytes) {
}
