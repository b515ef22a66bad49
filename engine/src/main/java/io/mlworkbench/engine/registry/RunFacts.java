package io.mlworkbench.engine.registry;

import java.util.Optional;

/**
 * What registration and the promotion gate need to know about a training run.
 *
 * @param runId the run
 * @param status {@code running}, {@code finished}, {@code failed} or {@code cancelled}
 * @param hasModel true when the run stored a model blob
 * @param algorithm its algorithm id
 * @param dataset the dataset version it trained on, if recorded
 */
record RunFacts(long runId, String status, boolean hasModel, String algorithm, Optional<DatasetVersionRef> dataset) {
}
