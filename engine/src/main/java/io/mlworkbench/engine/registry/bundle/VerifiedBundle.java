package io.mlworkbench.engine.registry.bundle;

import java.util.List;
import java.util.Optional;

/**
 * A bundle that passed every check: safe to show and to import.
 *
 * @param contents its entries
 * @param manifest its manifest
 * @param lineage where the model came from
 * @param checks the checks it passed, one sentence each
 * @param signer the fingerprint of the key that signed it, when signed
 * @param signerTrusted true when that key is trusted by this workspace
 */
public record VerifiedBundle(BundleContents contents, BundleManifest manifest, BundleLineage lineage,
                             List<String> checks, Optional<String> signer, boolean signerTrusted) {

    /** Copies the checks. */
    public VerifiedBundle {
        checks = List.copyOf(checks);
    }
}
