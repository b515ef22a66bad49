package io.mlworkbench.app.overview;

/**
 * One tile of the overview's "what the workspace holds" grid.
 *
 * @param label the kind of object, e.g. "Dataset versions"
 * @param count how many there are
 */
public record CountItem(String label, long count) {
}
