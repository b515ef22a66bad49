package io.mlworkbench.engine.registry;

import java.util.Objects;
import java.util.Optional;

/**
 * What the registry's version list shows about a version's training run, copied onto the {@code model_version}
 * row when the version is registered (schema V3). Versions and finished runs never change, so the copy stays
 * true, and listing reads one table instead of joining the run and its metrics per version.
 *
 * @param algorithm the run's algorithm id
 * @param testMetric the run's automatic test metric ({@link PromotionPolicy#AUTOMATIC_METRICS}: {@code roc_auc},
 *                   else {@code r2}; its final step), if it stored one
 */
public record VersionListing(String algorithm, Optional<MetricValue> testMetric) {

    /** Checks that both are given. */
    public VersionListing {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(testMetric, "testMetric");
    }
}
