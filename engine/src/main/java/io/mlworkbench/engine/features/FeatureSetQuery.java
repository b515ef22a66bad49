package io.mlworkbench.engine.features;

import java.util.Optional;

/**
 * What to find when browsing feature sets; every criterion is optional.
 *
 * @param nameContains a part of the name (case-insensitive)
 * @param tag a tag the set must have
 * @param owner the owner's login
 */
public record FeatureSetQuery(Optional<String> nameContains, Optional<String> tag, Optional<String> owner) {

    /** @return a query matching every feature set */
    public static FeatureSetQuery all() {
        return new FeatureSetQuery(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * @param part a part of the name
     * @return this query narrowed by name
     */
    public FeatureSetQuery named(String part) {
        return new FeatureSetQuery(Optional.of(part), tag, owner);
    }

    /**
     * @param t a tag
     * @return this query narrowed by tag
     */
    public FeatureSetQuery tagged(String t) {
        return new FeatureSetQuery(nameContains, Optional.of(t), owner);
    }

    /**
     * @param login an owner
     * @return this query narrowed by owner
     */
    public FeatureSetQuery ownedBy(String login) {
        return new FeatureSetQuery(nameContains, tag, Optional.of(login));
    }
}
