/**
 * Features: pipeline definitions (ordered steps plus the target), fitting them on training rows only, the fitted
 * pipeline that transforms a whole table or a single serving row through one implementation, their JSON form and
 * their versions in the registry ({@link io.mlworkbench.engine.features.FeaturePipelineService}).
 */
package io.mlworkbench.engine.features;
