/**
 * Evaluation: seeded train/validation/test splits (stratified, or by time), k-fold cross-validation, the
 * classification and regression metrics with their curves, and feature importance.
 *
 * <p>Metric definitions follow scikit-learn's ({@code roc_auc_score}, {@code average_precision_score},
 * {@code log_loss}, {@code balanced_accuracy_score}, {@code calibration_curve}, {@code r2_score}), checked
 * against its numbers in the tests.
 */
package io.mlworkbench.engine.training.evaluation;
