/**
 * The algorithms the workbench can train and their hyperparameters, each declared once as data
 * ({@link io.mlworkbench.engine.training.algorithm.AlgorithmSpec} with
 * {@link io.mlworkbench.engine.training.algorithm.HyperParameter}s) so that the GUI form, the command line, the
 * tuning search space and the stored run record all come from the same declaration.
 */
package io.mlworkbench.engine.training.algorithm;
