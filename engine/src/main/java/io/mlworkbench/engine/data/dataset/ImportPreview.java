package io.mlworkbench.engine.data.dataset;

import io.mlworkbench.engine.data.ingest.ColumnInference;
import io.mlworkbench.engine.data.ingest.ImportOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What an import would make of a source, for the user to check and change before importing.
 *
 * @param options the options with every choice filled in (sniffed dialect, header, junk lines, one column spec
 *     per source column); edit and pass back to preview again or to import
 * @param sourceColumnNames the names in the source's header, or {@code col_1..} without header
 * @param rows the first rows as text (null for an empty cell or SQL NULL), before missing markers apply
 * @param columns per column: the inference and its evidence
 * @param evidence how the encoding, dialect, header and junk lines were found, and the missing markers seen
 * @param problems what would make the import fail or needs a look (ragged rows, bad names, ...)
 * @param sheets for a workbook, its sheets' names; empty otherwise
 * @param sampledRows how many data rows inference looked at
 * @param wholeSourceSampled true when the sample is the whole source
 */
public record ImportPreview(ImportOptions options, List<String> sourceColumnNames, List<List<String>> rows,
                            List<ColumnInference> columns, List<String> evidence, List<String> problems,
                            List<String> sheets, int sampledRows, boolean wholeSourceSampled) {

    /** Copies the lists. */
    public ImportPreview {
        sourceColumnNames = List.copyOf(sourceColumnNames);
        rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
        columns = List.copyOf(columns);
        evidence = List.copyOf(evidence);
        problems = List.copyOf(problems);
        sheets = List.copyOf(sheets);
    }
}
