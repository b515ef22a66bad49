package io.mlworkbench.engine.training.evaluation;

/**
 * One bin of a reliability diagram.
 *
 * @param lower the bin's lower probability edge
 * @param upper the bin's upper probability edge
 * @param meanPredicted the mean predicted probability of the rows in the bin
 * @param observedRate the share of those rows that really are positive
 * @param count how many rows fell in the bin
 */
public record CalibrationBin(double lower, double upper, double meanPredicted, double observedRate, int count) {
}
