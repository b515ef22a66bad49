package io.mlworkbench.app.importing;

/**
 * One dataset-level fact of a profile, e.g. "Duplicate rows: 24 (0.07%)".
 *
 * @param label what the fact is
 * @param value its value, as text
 * @param warning true when the value deserves a look (duplicates, constant columns, a skewed target)
 */
public record ProfileFact(String label, String value, boolean warning) {
}
