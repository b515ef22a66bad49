package io.mlworkbench.engine.training.algorithm;

import org.tribuo.Output;
import org.tribuo.Trainer;

/**
 * An algorithm the workbench can train: its declaration and a factory for configured Tribuo trainers.
 *
 * @param <T> Tribuo's output type: {@code Label} for classification, {@code Regressor} for regression
 */
public interface Algorithm<T extends Output<T>> {

    /** @return the declaration: name, task and hyperparameters */
    AlgorithmSpec spec();

    /**
     * Creates a trainer configured with the given values.
     *
     * @param values validated values of {@link #spec()}'s parameters
     * @param seed the random seed
     * @param threads how many threads the trainer may use (1 when trials already run in parallel)
     * @return a fresh trainer
     */
    Trainer<T> createTrainer(ParameterValues values, long seed, int threads);
}
