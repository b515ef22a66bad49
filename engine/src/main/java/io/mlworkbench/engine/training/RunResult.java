package io.mlworkbench.engine.training;

import io.mlworkbench.engine.training.run.TrainingRun;

/**
 * A recorded run and what it produced.
 *
 * @param run the run as stored
 * @param outcome the model, its split, metrics and importance
 */
public record RunResult(TrainingRun run, TrainingOutcome outcome) {
}
