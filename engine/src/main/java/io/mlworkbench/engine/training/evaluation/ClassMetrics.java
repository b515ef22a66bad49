package io.mlworkbench.engine.training.evaluation;

/**
 * Precision, recall and F1 of one class, and how many rows truly are that class.
 *
 * @param label the class
 * @param precision share of rows predicted as the class that are the class (0 when none predicted)
 * @param recall share of the class's rows predicted as it
 * @param f1 harmonic mean of precision and recall (0 when both are 0)
 * @param support rows that truly are the class
 */
public record ClassMetrics(String label, double precision, double recall, double f1, int support) {
}
