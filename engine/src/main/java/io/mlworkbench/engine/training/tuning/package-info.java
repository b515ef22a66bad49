/**
 * Hyperparameter tuning: grid, random and TPE (tree-structured Parzen estimator) search over an algorithm's
 * declared {@link io.mlworkbench.engine.training.algorithm.HyperParameter}s, scored by cross-validation, with
 * median pruning of poor trials, a budget of trials or time, parallel trials, cancellation and a callback per
 * finished trial.
 */
package io.mlworkbench.engine.training.tuning;
