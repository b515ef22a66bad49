package io.mlworkbench.engine.registry;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Where a model version came from: everything needed to reproduce or audit it, read from its training run.
 *
 * @param version the version (who registered it and when, its tags)
 * @param runId the training run
 * @param projectName the run's project
 * @param experimentName the run's experiment
 * @param algorithm the algorithm, e.g. {@code logistic-regression}
 * @param hyperparameters the hyperparameters by name, values as text (nested values as JSON), in stored order
 * @param seed the random seed
 * @param dataset the dataset version it was trained on, when the run records one
 * @param pipeline the feature pipeline version, when the run used one
 * @param metrics every metric the run stored
 * @param tribuoProvenance Tribuo's model provenance as JSON, when stored
 * @param modelSha256 the SHA-256 of the stored model blob
 * @param trainedBy who started the run
 * @param startedAt when the run started
 * @param finishedAt when it finished
 */
public record ModelLineage(ModelVersion version, long runId, String projectName, String experimentName,
                           String algorithm, Map<String, String> hyperparameters, long seed,
                           Optional<DatasetVersionRef> dataset, Optional<PipelineVersionRef> pipeline,
                           List<RunMetric> metrics, Optional<String> tribuoProvenance, Optional<String> modelSha256,
                           String trainedBy, Instant startedAt, Optional<Instant> finishedAt) {

    /** Copies the collections so the record stays immutable. */
    public ModelLineage {
        hyperparameters = Collections.unmodifiableMap(new LinkedHashMap<>(hyperparameters));
        metrics = List.copyOf(metrics);
    }

    /**
     * @param split a split, e.g. {@code test}
     * @param name a metric name
     * @return the metric's final value (highest step) on that split, if stored
     */
    public OptionalDouble metric(String split, String name) {
        return metrics.stream().filter(m -> m.split().equals(split) && m.name().equals(name))
                .max(Comparator.comparingInt(RunMetric::step))
                .map(m -> OptionalDouble.of(m.value())).orElse(OptionalDouble.empty());
    }
}
