/**
 * The transform-step framework: each step type declares its parameters once ({@link
 * io.mlworkbench.engine.features.step.ParameterSpec}), fits plain-data state on training rows ({@link
 * io.mlworkbench.engine.features.step.FittedStep}) and binds it to a row layout ({@link
 * io.mlworkbench.engine.features.step.BoundStep}) that transforms one {@link
 * io.mlworkbench.engine.features.step.RowBuffer} at a time, for batch and serving alike.
 */
package io.mlworkbench.engine.features.step;
