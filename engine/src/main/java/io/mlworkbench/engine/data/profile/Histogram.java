package io.mlworkbench.engine.data.profile;

import java.util.List;

/**
 * The distribution of a column's non-missing values.
 *
 * <p>A {@link Kind#NUMERIC} histogram has {@code counts.size() + 1} increasing {@code edges}; bin i holds values in
 * [edges[i], edges[i+1]), the last bin also its right edge (numpy's convention). The edges are kept so that drift
 * monitoring can bin later data the same way. A {@link Kind#CATEGORICAL} histogram has one count per label, most
 * frequent first, and counts the values beyond its {@link DatasetProfiler#MAX_CATEGORIES} labels in
 * {@code otherCount}.
 *
 * @param kind numeric bins or categories
 * @param binRule for numeric histograms the rule that chose the bin width ({@code sturges}, {@code fd}, or
 *     {@code single} for a constant column, with {@code capped} appended when the bin count was limited);
 *     {@code categories} otherwise
 * @param edges the bin edges (numeric only, else empty)
 * @param labels the category labels (categorical only, else empty)
 * @param counts the count per bin or label
 * @param otherCount values not covered by a label (categorical only, else 0)
 */
public record Histogram(Kind kind, String binRule, List<Double> edges, List<String> labels, List<Long> counts,
                        long otherCount) {

    /** Whether the histogram bins numbers or counts categories. */
    public enum Kind {
        /** Equal-width bins over numbers. */
        NUMERIC,
        /** One count per category. */
        CATEGORICAL
    }

    /** Copies the lists. */
    public Histogram {
        edges = edges == null ? List.of() : List.copyOf(edges);
        labels = labels == null ? List.of() : List.copyOf(labels);
        counts = counts == null ? List.of() : List.copyOf(counts);
    }
}
