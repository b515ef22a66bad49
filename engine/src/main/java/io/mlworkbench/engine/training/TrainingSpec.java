package io.mlworkbench.engine.training;

import io.mlworkbench.engine.training.algorithm.TaskType;
import io.mlworkbench.engine.training.evaluation.SplitSpec;
import java.util.Map;
import java.util.Optional;

/**
 * What to train: target, algorithm, hyperparameters, seed and how to evaluate.
 *
 * @param target the target column; empty to use the column whose role is TARGET
 * @param task classification or regression; empty to infer it from the target's type
 * @param algorithm the algorithm id, e.g. {@code random_forest}
 * @param parameters hyperparameter values by name (numbers or text); missing ones take their defaults
 * @param seed the seed of the split, the folds and the algorithm
 * @param split how to split into train, validation and test
 * @param cvFolds folds of cross-validation on the non-test rows, 0 for none
 * @param positiveLabel the positive class of a binary target; empty for the second label in sorted order
 */
public record TrainingSpec(Optional<String> target, Optional<TaskType> task, String algorithm,
                           Map<String, Object> parameters, long seed, SplitSpec split, int cvFolds,
                           Optional<String> positiveLabel) {

    /** Copies the parameters; fills empty optionals. */
    public TrainingSpec {
        parameters = Map.copyOf(parameters);
        target = target == null ? Optional.empty() : target;
        task = task == null ? Optional.empty() : task;
        positiveLabel = positiveLabel == null ? Optional.empty() : positiveLabel;
        split = split == null ? SplitSpec.defaults() : split;
    }

    /**
     * @param target the target column
     * @param algorithm the algorithm id
     * @return a spec with default parameters, seed 42, a 20% test split and no cross-validation
     */
    public static TrainingSpec of(String target, String algorithm) {
        return new TrainingSpec(Optional.of(target), Optional.empty(), algorithm, Map.of(), 42, SplitSpec.defaults(), 0,
                Optional.empty());
    }

    /**
     * @param values hyperparameter values
     * @return this spec with those values
     */
    public TrainingSpec withParameters(Map<String, Object> values) {
        return new TrainingSpec(target, task, algorithm, values, seed, split, cvFolds, positiveLabel);
    }

    /**
     * @param newAlgorithm another algorithm id
     * @return this spec for that algorithm, with its default parameters
     */
    public TrainingSpec withAlgorithm(String newAlgorithm) {
        return new TrainingSpec(target, task, newAlgorithm, Map.of(), seed, split, cvFolds, positiveLabel);
    }

    /**
     * @param folds folds of cross-validation, 0 for none
     * @return this spec with cross-validation
     */
    public TrainingSpec withCvFolds(int folds) {
        return new TrainingSpec(target, task, algorithm, parameters, seed, split, folds, positiveLabel);
    }

    /**
     * @param newSeed the seed
     * @return this spec with another seed
     */
    public TrainingSpec withSeed(long newSeed) {
        return new TrainingSpec(target, task, algorithm, parameters, newSeed, split, cvFolds, positiveLabel);
    }
}
