package io.mlworkbench.engine.features;

import io.mlworkbench.engine.data.Table;

/**
 * The outcome of fitting a pipeline.
 *
 * @param pipeline the fitted pipeline, for every later transform (validation, test, batch scoring, serving)
 * @param training the training rows transformed for model training: the same as {@code pipeline.transform} of
 *                 them, except that target-encoded columns hold their out-of-fold values
 */
public record FitResult(FittedPipeline pipeline, Table training) {
}
