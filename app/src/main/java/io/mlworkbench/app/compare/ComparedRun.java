package io.mlworkbench.app.compare;

import io.mlworkbench.engine.training.EvaluationReport;

/**
 * A run being compared, with its evaluation.
 *
 * @param choice the run
 * @param report its evaluation
 */
public record ComparedRun(RunChoice choice, EvaluationReport report) {
}
