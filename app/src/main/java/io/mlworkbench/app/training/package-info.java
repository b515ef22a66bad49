/**
 * The Train step: choose data, target, algorithms and their parameters (forms built from each algorithm's
 * hyperparameter declaration) or a tuning search, train in the background with per-model progress and cancel,
 * and inspect each finished run's metrics, curves, confusion matrix and feature importance.
 */
package io.mlworkbench.app.training;
