/**
 * The feature store: materialised feature tables per dataset version with lineage and freshness, their binary
 * encoding in the registry's blob tables, and the point-in-time correct join of features onto a label table.
 */
package io.mlworkbench.engine.features.store;
