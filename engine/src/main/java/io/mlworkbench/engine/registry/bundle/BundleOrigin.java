package io.mlworkbench.engine.registry.bundle;

import java.util.Optional;

/**
 * Where an imported version came from, as recorded when its bundle was imported: the file, who wrote it and
 * when, the key that signed it, and the lineage recorded by the workspace it was exported from (that workspace's
 * run, dataset and pipeline, which need not exist here).
 *
 * @param fileName the bundle's file name, e.g. {@code churn-v2.mlwb}
 * @param exportedBy who wrote the bundle
 * @param exportedAt when (ISO-8601)
 * @param signer the fingerprint of the key that signed it; empty when it was not signed
 * @param lineage the exporting workspace's lineage
 */
public record BundleOrigin(String fileName, String exportedBy, String exportedAt, Optional<String> signer,
                           BundleLineage lineage) {
}
