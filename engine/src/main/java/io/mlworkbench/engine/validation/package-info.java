/**
 * Validation: rules with Great Expectations names and semantics, run on a table to a {@link
 * io.mlworkbench.engine.validation.ValidationReport} with row-level evidence; suites suggested from a profile; suites
 * and results versioned and stored in the registry.
 *
 * <p>Entry points: {@link io.mlworkbench.engine.validation.ValidationService} (create and save suites, run a suite
 * version on a dataset version, list results), {@link io.mlworkbench.engine.validation.TableValidator} (run rules on a
 * table without storing), {@link io.mlworkbench.engine.validation.SuiteSuggester} (propose rules from a profile),
 * {@link io.mlworkbench.engine.validation.ExpectationCatalog} (what rules exist and which parameters each takes; the
 * standard one comes from {@code expectation.StandardExpectations.catalog()}) and
 * {@link io.mlworkbench.engine.validation.ValidationJson} (suites and reports as JSON).
 */
package io.mlworkbench.engine.validation;
