package io.mlworkbench.engine.registry;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One row of the model list, over the versions that matched the query.
 *
 * @param name the model
 * @param description its description
 * @param matchingVersions how many of its versions matched
 * @param latestVersion the highest matching version number
 * @param latestCreatedAt when that version was registered
 * @param aliases every alias of the model, alias to version number, by alias
 * @param best the matching version with the best test metric, if any has one
 */
public record ModelSummary(String name, String description, int matchingVersions, int latestVersion,
                           Instant latestCreatedAt, Map<String, Integer> aliases, Optional<VersionSummary> best) {

    /** Copies the alias map. */
    public ModelSummary {
        aliases = Map.copyOf(aliases);
    }
}
