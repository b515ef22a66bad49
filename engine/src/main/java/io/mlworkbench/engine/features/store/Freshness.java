package io.mlworkbench.engine.features.store;

import java.time.Duration;

/**
 * How current a materialised feature table is.
 *
 * @param newerDatasetVersion true when its dataset has a newer version than the one it was computed from
 * @param newerPipelineVersion true when its feature set has a newer fitted version than the one that computed it
 * @param age how long ago it was computed
 */
public record Freshness(boolean newerDatasetVersion, boolean newerPipelineVersion, Duration age) {

    /** @return true when neither the data nor the pipeline has moved on */
    public boolean isCurrent() {
        return !newerDatasetVersion && !newerPipelineVersion;
    }
}
