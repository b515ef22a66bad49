/**
 * Serving: scoring rows with a registered model version. {@link io.mlworkbench.engine.serving.ModelScorer} resolves
 * a {@code models:/} URI and loads the version's model and fitted feature pipeline once into an immutable
 * {@link io.mlworkbench.engine.serving.LoadedModel}, which scores tables (files) and serving rows (JSON requests)
 * through one path. The command line's {@code workbench models predict} and the prediction server use it.
 */
package io.mlworkbench.engine.serving;
