/**
 * The standard expectations, one class per Great Expectations name (mean, min and max share one class), and what
 * they share: the column value loop with {@code mostly} ({@code ColumnValueExpectation}), bounds, value sets.
 * {@link io.mlworkbench.engine.validation.expectation.StandardExpectations#catalog()} lists them all.
 */
package io.mlworkbench.engine.validation.expectation;
