package io.mlworkbench.app.training;

import java.util.Optional;

/**
 * A table the user can train on, as listed in the Train step.
 *
 * @param key a stable identifier within its {@link TrainingData}
 * @param label what the user sees, e.g. {@code churn v3} or {@code Churn sample (generated)}
 * @param versionId the registry dataset version it is loaded from, empty for a sample or a file
 */
public record DatasetChoice(String key, String label, Optional<Long> versionId) {

    @Override
    public String toString() {
        return label;
    }
}
