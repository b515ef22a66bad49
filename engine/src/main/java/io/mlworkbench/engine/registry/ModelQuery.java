package io.mlworkbench.engine.registry;

import io.mlworkbench.engine.WorkbenchException;
import java.util.Optional;

/**
 * What to list from the registry; every criterion is optional and they combine with AND. A version matches
 * when it meets every criterion; a model is listed when one of its versions matches.
 *
 * @param nameContains the model name contains this, ignoring case
 * @param tagName the version has this tag
 * @param tagText ... with exactly this text (only with {@code tagName})
 * @param alias this alias points at the version
 * @param algorithm the version's run used this algorithm, ignoring case
 * @param status the version has this status
 * @param createdBy the version was registered by this login
 * @param sort the order of both lists
 * @param limit at most this many versions are returned (models are not limited)
 */
public record ModelQuery(Optional<String> nameContains, Optional<String> tagName, Optional<String> tagText,
                         Optional<String> alias, Optional<String> algorithm, Optional<VersionStatus> status,
                         Optional<String> createdBy, Sort sort, int limit) {

    /** The order of the lists. */
    public enum Sort {
        /** Models by name; versions by model name, then newest version first. */
        NAME,
        /** Most recently registered first. */
        NEWEST,
        /** Best test metric first (higher, or lower for error metrics); versions without one last. */
        BEST_METRIC
    }

    /** Checks the limit and that a tag text comes with a tag name. */
    public ModelQuery {
        if (limit < 1) {
            throw new WorkbenchException("Invalid query limit " + limit + ": expected 1 or more");
        }
        if (tagText.isPresent() && tagName.isEmpty()) {
            throw new WorkbenchException("A tag text filter needs a tag name (got text '" + tagText.get() + "')");
        }
    }

    /** @return a query that matches every version, by name, without limit */
    public static ModelQuery all() {
        return new ModelQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Sort.NAME, Integer.MAX_VALUE);
    }

    /**
     * @param text part of a model name
     * @return this query, narrowed to model names containing it
     */
    public ModelQuery withNameContaining(String text) {
        return new ModelQuery(Optional.of(text), tagName, tagText, alias, algorithm, status, createdBy, sort, limit);
    }

    /**
     * @param name a tag name
     * @return this query, narrowed to versions with that tag
     */
    public ModelQuery withTag(String name) {
        return new ModelQuery(nameContains, Optional.of(name), Optional.empty(), alias, algorithm, status, createdBy,
                sort, limit);
    }

    /**
     * @param name a tag name
     * @param text its text
     * @return this query, narrowed to versions with that tag and text
     */
    public ModelQuery withTag(String name, String text) {
        return new ModelQuery(nameContains, Optional.of(name), Optional.of(text), alias, algorithm, status,
                createdBy, sort, limit);
    }

    /**
     * @param aliasName an alias
     * @return this query, narrowed to versions that alias points at
     */
    public ModelQuery withAlias(String aliasName) {
        return new ModelQuery(nameContains, tagName, tagText, Optional.of(aliasName), algorithm, status, createdBy,
                sort, limit);
    }

    /**
     * @param name an algorithm
     * @return this query, narrowed to versions trained with it
     */
    public ModelQuery withAlgorithm(String name) {
        return new ModelQuery(nameContains, tagName, tagText, alias, Optional.of(name), status, createdBy, sort,
                limit);
    }

    /**
     * @param wanted a status
     * @return this query, narrowed to versions with it
     */
    public ModelQuery withStatus(VersionStatus wanted) {
        return new ModelQuery(nameContains, tagName, tagText, alias, algorithm, Optional.of(wanted), createdBy, sort,
                limit);
    }

    /**
     * @param login a login
     * @return this query, narrowed to versions registered by it
     */
    public ModelQuery withCreator(String login) {
        return new ModelQuery(nameContains, tagName, tagText, alias, algorithm, status, Optional.of(login), sort,
                limit);
    }

    /**
     * @param order the order
     * @return this query with that order
     */
    public ModelQuery sortedBy(Sort order) {
        return new ModelQuery(nameContains, tagName, tagText, alias, algorithm, status, createdBy, order, limit);
    }

    /**
     * @param max the most versions to return
     * @return this query with that limit
     */
    public ModelQuery limitedTo(int max) {
        return new ModelQuery(nameContains, tagName, tagText, alias, algorithm, status, createdBy, sort, max);
    }
}
