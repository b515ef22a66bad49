package io.mlworkbench.app.features;

import io.mlworkbench.engine.features.FeatureSet;
import io.mlworkbench.engine.features.FeatureSetVersion;
import io.mlworkbench.engine.features.store.FeatureTable;

/**
 * What saving a pipeline as a feature set made.
 *
 * @param set the feature set (new or existing)
 * @param version the new fitted version
 * @param table the feature table materialised from it on the dataset version
 */
record SavedFeatureSet(FeatureSet set, FeatureSetVersion version, FeatureTable table) {
}
