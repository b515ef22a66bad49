package io.mlworkbench.engine.registry.bundle;

import io.mlworkbench.engine.registry.RunMetric;
import java.util.List;
import java.util.Optional;

/**
 * What a bundle holds, shown before it is imported.
 *
 * @param manifest the manifest (model, schemas, libraries, entries)
 * @param lineage where the model came from
 * @param metrics every stored metric
 * @param checks the checks it passed
 * @param signer the signing key's fingerprint, when signed
 * @param signerTrusted true when this workspace trusts that key
 */
public record BundlePreview(BundleManifest manifest, BundleLineage lineage, List<RunMetric> metrics,
                            List<String> checks, Optional<String> signer, boolean signerTrusted) {

    /** Copies the lists. */
    public BundlePreview {
        metrics = List.copyOf(metrics);
        checks = List.copyOf(checks);
    }
}
