package io.mlworkbench.engine.training;

import io.mlworkbench.engine.training.evaluation.Evaluation;
import io.mlworkbench.engine.training.evaluation.FeatureImportance;
import java.util.List;
import java.util.Optional;

/**
 * Everything a run's Compare view shows, stored as the run's {@code evaluation.json}: test and validation
 * metrics with curves and confusion matrix, cross-validation fold scores and feature importance.
 *
 * @param test metrics on the test rows
 * @param validation metrics on the validation rows, if any
 * @param cvScores primary metric per cross-validation fold
 * @param importance importance per input column
 */
public record EvaluationReport(Evaluation test, Optional<Evaluation> validation, List<Double> cvScores,
                               FeatureImportance importance) {

    /** Copies the list. */
    public EvaluationReport {
        cvScores = List.copyOf(cvScores);
    }
}
