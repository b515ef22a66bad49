package io.mlworkbench.engine.data.ingest;

import java.util.List;

/**
 * What the preview concluded about one source column, and why.
 *
 * @param index 0-based position in the source
 * @param sourceName the header's name for it (or the generated {@code col_N})
 * @param suggested the suggested name, type and role
 * @param evidence the reasons, e.g. {@code "all 1,000 sampled values parse as integers"}
 * @param sampled how many values were looked at
 * @param missing how many of them were missing
 * @param distinct how many distinct non-missing values there were
 */
public record ColumnInference(int index, String sourceName, ColumnSpec suggested, List<String> evidence,
                              int sampled, int missing, int distinct) {

    /** Copies the evidence. */
    public ColumnInference {
        evidence = List.copyOf(evidence);
    }
}
