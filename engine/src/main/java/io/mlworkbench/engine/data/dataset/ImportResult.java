package io.mlworkbench.engine.data.dataset;

import io.mlworkbench.engine.data.ingest.ImportOptions;
import io.mlworkbench.engine.data.ingest.Widening;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of an import.
 *
 * @param version the dataset version: the new one, or the existing one with identical content
 * @param alreadyImported true when identical content was imported before and {@code version} is that import
 * @param diff for a new version of an existing dataset: how it differs from the latest version before
 * @param skippedRaggedRows how many ragged rows were skipped (when the options said to)
 * @param skippedRaggedLines where the first skipped rows are
 * @param widenings columns whose type was widened because a value did not fit
 * @param options the options used, every choice filled in
 */
public record ImportResult(DatasetVersion version, boolean alreadyImported, Optional<DatasetDiff> diff,
                           long skippedRaggedRows, List<String> skippedRaggedLines, List<Widening> widenings,
                           ImportOptions options) {

    /** Copies the lists. */
    public ImportResult {
        skippedRaggedLines = List.copyOf(skippedRaggedLines);
        widenings = List.copyOf(widenings);
    }
}
