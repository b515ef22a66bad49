package io.mlworkbench.engine.training.algorithm;

import org.tribuo.Output;
import org.tribuo.Trainer;

/**
 * An algorithm made of its declaration and a trainer factory.
 *
 * @param spec the declaration
 * @param factory builds a configured trainer from validated values
 * @param <T> Tribuo's output type
 */
public record DeclaredAlgorithm<T extends Output<T>>(AlgorithmSpec spec, TrainerFactory<T> factory)
        implements Algorithm<T> {

    /**
     * Makes a configured Tribuo trainer.
     *
     * @param <T> Tribuo's output type
     */
    @FunctionalInterface
    public interface TrainerFactory<T extends Output<T>> {
        /**
         * @param values validated values
         * @param seed the random seed
         * @param threads threads the trainer may use
         * @return a fresh trainer
         */
        Trainer<T> create(ParameterValues values, long seed, int threads);
    }

    @Override
    public Trainer<T> createTrainer(ParameterValues values, long seed, int threads) {
        return factory.create(values, seed, Math.max(1, threads));
    }
}
