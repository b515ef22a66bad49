package io.mlworkbench.engine.features;

import java.time.Instant;

/**
 * Where a version of a feature set is used.
 *
 * @param kind {@code training_run} or {@code feature_table}
 * @param id the training run's or feature table's id
 * @param projectName the project using it
 * @param versionNo the feature-set version used
 * @param at when it was used
 */
public record FeatureSetUsage(String kind, long id, String projectName, int versionNo, Instant at) {
}
