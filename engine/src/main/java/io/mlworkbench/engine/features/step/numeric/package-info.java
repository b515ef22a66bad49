/** Steps over numeric columns: impute, scale, clip, log, power and bin. */
package io.mlworkbench.engine.features.step.numeric;
