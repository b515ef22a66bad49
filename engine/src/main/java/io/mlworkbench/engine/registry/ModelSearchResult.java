package io.mlworkbench.engine.registry;

import java.util.List;

/**
 * What a {@link ModelQuery} found.
 *
 * @param models one summary per model with a matching version, in the query's order
 * @param versions the matching versions in the query's order, at most the query's limit
 * @param totalVersions how many versions matched before the limit
 */
public record ModelSearchResult(List<ModelSummary> models, List<VersionSummary> versions, int totalVersions) {

    /** Copies the lists. */
    public ModelSearchResult {
        models = List.copyOf(models);
        versions = List.copyOf(versions);
    }
}
