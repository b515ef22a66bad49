package io.mlworkbench.engine.registry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One row of the version list.
 *
 * @param versionId the version's row id
 * @param modelName the model
 * @param version the version number
 * @param status active or archived
 * @param algorithm the run's algorithm, empty text when the version has no run
 * @param createdBy who registered it
 * @param createdAt when
 * @param aliases the aliases pointing at it, by name
 * @param testMetric its test metric (the promotion metric, or roc_auc then r2), if stored
 */
public record VersionSummary(long versionId, String modelName, int version, VersionStatus status, String algorithm,
                             String createdBy, Instant createdAt, List<String> aliases,
                             Optional<MetricValue> testMetric) {

    /** Copies the alias list. */
    public VersionSummary {
        aliases = List.copyOf(aliases);
    }

    /** @return {@code models:/<name>/<version>} */
    public ModelUri uri() {
        return ModelUri.ofVersion(modelName, version);
    }
}
