package io.mlworkbench.app.features;

import io.mlworkbench.engine.features.FeatureSet;

/**
 * A feature set as one row of the feature store's table.
 *
 * @param set the feature set
 * @param tags its tags, comma-separated
 * @param created when it was created, formatted for the user
 */
public record FeatureSetRow(FeatureSet set, String tags, String created) {

    /** @return its name */
    public String name() {
        return set.name();
    }

    /** @return the project it was created in */
    public String project() {
        return set.projectName();
    }

    /** @return its owner */
    public String owner() {
        return set.owner();
    }

    /** @return its description */
    public String description() {
        return set.description();
    }
}
