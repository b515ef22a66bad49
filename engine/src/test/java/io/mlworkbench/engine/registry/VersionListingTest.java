package io.mlworkbench.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Registration copies the run's algorithm and automatic test metric onto the version row (schema V3). */
class VersionListingTest {

    private final RegistryFixture f = new RegistryFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private VersionListing registered(long run) {
        return StoredListing.of(f.db, f.registry.registry().register(f.admin, "churn", run, "", Map.of()).id());
    }

    @Test
    void storesTheRunsAlgorithmAndTheFinalStepOfItsTestRocAuc() {
        long run = f.run(null, Map.of("r2", 0.3));
        f.metric(run, "test", "roc_auc", 0, 0.70);
        f.metric(run, "test", "roc_auc", 3, 0.81);
        f.metric(run, "train", "roc_auc", 3, 0.99);
        assertThat(registered(run)).isEqualTo(new VersionListing("logistic-regression",
                Optional.of(new MetricValue("roc_auc", 0.81))));
    }

    @Test
    void storesTestR2WhenTheRunHasNoTestRocAuc() {
        long run = f.run(null, Map.of("r2", 0.64, "rmse", 1.5));
        f.metric(run, "train", "roc_auc", 0, 0.99);
        assertThat(registered(run).testMetric()).contains(new MetricValue("r2", 0.64));
    }

    @Test
    void storesNoMetricWhenTheRunHasNeitherAutomaticMetric() {
        assertThat(registered(f.run(null, Map.of("accuracy", 0.9)))).isEqualTo(
                new VersionListing("logistic-regression", Optional.empty()));
    }
}
