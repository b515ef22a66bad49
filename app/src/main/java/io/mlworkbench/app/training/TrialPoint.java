package io.mlworkbench.app.training;

/**
 * One finished tuning trial, for the trial table and the best-so-far chart.
 *
 * @param algorithm the tuned algorithm's display name
 * @param number the trial's number, from 0
 * @param state complete, pruned or failed, in words
 * @param score its cross-validated score (NaN when it did not complete)
 * @param bestSoFar the best score up to and including this trial
 * @param parameters its parameter values, as text
 */
public record TrialPoint(String algorithm, int number, String state, double score, double bestSoFar,
                         String parameters) {
}
