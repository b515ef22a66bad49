/** Steps that add, remove or rename columns: derived expressions, date/time parts, text statistics, drop, rename. */
package io.mlworkbench.engine.features.step.column;
