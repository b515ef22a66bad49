/**
 * Importing tables, independent of where they come from: the import options a user can override, raw
 * records as sources deliver them, missing-value markers, value parsing, type and role inference with
 * evidence, decoding records into typed row groups, and the precise errors bad input gets.
 *
 * <p>Sources live in {@code data.csv}, {@code data.excel} and {@code data.jdbc}; the registry side (dataset
 * versions) in {@code data.dataset}.
 */
package io.mlworkbench.engine.data.ingest;
