package io.mlworkbench.app.features;

/**
 * One line of a feature set's details in the feature store: a version, a materialised table with its lineage and
 * freshness, or a place where the set is used.
 *
 * @param what the version, table or use, e.g. "v2 fitted on churn v1"
 * @param detail more about it and who made it, e.g. "5,000 rows · current · by ana"
 * @param when when, formatted for the user
 * @param attention true when it is stale
 */
public record StoreDetailRow(String what, String detail, String when, boolean attention) {
}
