package io.mlworkbench.engine.data.ingest;

import io.mlworkbench.engine.data.DatasetSchema;
import java.util.List;

/**
 * What an import pipeline produced: the typed rows, written as the body of a columnar file, and what it
 * learned on the way.
 *
 * @param schema the final schema (after any widening)
 * @param rowCount the rows written
 * @param contentHash the SHA-256 of the normalised rows (see {@code ContentHasher})
 * @param skippedRaggedRows how many ragged rows were skipped (when the user chose to)
 * @param skippedRaggedLines where the first of them are, e.g. {@code data.csv:17}
 * @param widenings the columns whose type was widened
 * @param bodyBytes the size of the columnar body written
 */
public record ImportResultRows(DatasetSchema schema, long rowCount, String contentHash, long skippedRaggedRows,
                               List<String> skippedRaggedLines, List<Widening> widenings, long bodyBytes) {

    /** Copies the lists. */
    public ImportResultRows {
        skippedRaggedLines = List.copyOf(skippedRaggedLines);
        widenings = List.copyOf(widenings);
    }
}
