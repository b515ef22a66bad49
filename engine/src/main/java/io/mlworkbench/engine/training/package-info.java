/**
 * Training: turning a table into models, evaluated, tuned, stored as runs in the registry and compared.
 *
 * <p>The entry point is {@link io.mlworkbench.engine.training.TrainingService}. Sub-packages hold the algorithm
 * declarations ({@code algorithm}), the table-to-Tribuo encoding ({@code encoding}), splits and metrics
 * ({@code evaluation}), hyperparameter search ({@code tuning}), statistical comparison of two models
 * ({@code compare}) and the registry records ({@code run}).
 */
package io.mlworkbench.engine.training;
