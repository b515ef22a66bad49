package io.mlworkbench.engine.registry.bundle;

import io.mlworkbench.engine.registry.ModelVersion;

/**
 * The outcome of an import.
 *
 * @param version the new registered version in this workspace
 * @param runId the imported run that holds its model, metrics and artifacts
 * @param preview what the bundle held
 */
public record ImportedVersion(ModelVersion version, long runId, BundlePreview preview) {
}
