/**
 * Is the difference between two models real? McNemar's test on their test-set predictions and the corrected
 * resampled t-test (Nadeau and Bengio, 2003) on their cross-validation fold scores, each with its p-value
 * explained in a sentence.
 */
package io.mlworkbench.engine.training.compare;
