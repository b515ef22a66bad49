/**
 * Experiments and training runs in the registry: the run rows, their metrics and artifacts (model protobuf,
 * evaluation with curves, feature encoding, reference profile for drift monitoring), and how they are encoded.
 */
package io.mlworkbench.engine.training.run;
