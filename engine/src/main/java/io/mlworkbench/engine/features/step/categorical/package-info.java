/** Steps that encode categorical columns as numbers: one-hot with top-k, ordinal, out-of-fold target encoding. */
package io.mlworkbench.engine.features.step.categorical;
