package io.mlworkbench.engine.training;

import io.mlworkbench.engine.training.evaluation.DataSplit;
import io.mlworkbench.engine.training.evaluation.Evaluation;
import io.mlworkbench.engine.training.evaluation.FeatureImportance;
import java.util.List;
import java.util.Optional;

/**
 * A model trained and evaluated.
 *
 * @param model the model, fitted on the training rows
 * @param split the rows used for training, validation and test
 * @param test the metrics on the test rows
 * @param validation the metrics on the validation rows, if there were any
 * @param cvScores per cross-validation fold, the primary metric (empty without cross-validation)
 * @param importance importance per input column
 * @param trainSeconds wall-clock seconds to encode the rows and fit the model
 * @param testPredictions the predictions on the test rows the test metrics come from
 */
public record TrainingOutcome(TrainedModel model, DataSplit split, Evaluation test, Optional<Evaluation> validation,
                              List<Double> cvScores, FeatureImportance importance, double trainSeconds,
                              TestPredictions testPredictions) {

    /** Copies the scores. */
    public TrainingOutcome {
        cvScores = List.copyOf(cvScores);
    }
}
