package io.mlworkbench.engine.training.evaluation;

/**
 * A point of a ROC curve (x = false-positive rate, y = true-positive rate) or a precision-recall curve
 * (x = recall, y = precision), with the score threshold that produces it.
 *
 * @param x the horizontal coordinate
 * @param y the vertical coordinate
 * @param threshold rows scoring at least this are predicted positive
 */
public record CurvePoint(double x, double y, double threshold) {
}
