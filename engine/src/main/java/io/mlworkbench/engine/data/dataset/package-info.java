/**
 * Datasets and their immutable versions in the registry: previewing and importing a source into a new
 * version (with content hash, schema, source, settings and a diff against the version before), re-import
 * detection, listing, loading and streaming a version's rows, and exporting it.
 *
 * <p>The entry point is {@link io.mlworkbench.engine.data.dataset.DatasetService}.
 */
package io.mlworkbench.engine.data.dataset;
