package io.mlworkbench.engine.data.dataset;

import io.mlworkbench.engine.data.DatasetSchema;
import java.time.Instant;
import java.util.Optional;

/**
 * One immutable version of a dataset: what was imported, from where, how, by whom and when.
 *
 * @param id its id, the handle other stages use ({@code loadTable}, {@code openRows})
 * @param datasetId the dataset
 * @param projectName the dataset's project
 * @param datasetName the dataset's name
 * @param versionNo 1 for the first version, then counting up
 * @param contentHash SHA-256 of the normalised rows (64 hex digits)
 * @param rowCount the number of rows
 * @param columnCount the number of columns
 * @param schema the columns: names, types, roles
 * @param sourceKind what kind of source it came from
 * @param sourceText the file path, or the JDBC URL (password removed) and query
 * @param importSettingsJson the {@code ImportOptions} used, as JSON
 * @param diff how it differs from the version before, if there was one
 * @param dataBlobId the blob holding the rows in the columnar format
 * @param createdBy who imported it
 * @param createdAt when
 */
public record DatasetVersion(long id, long datasetId, String projectName, String datasetName, int versionNo,
                             String contentHash, long rowCount, int columnCount, DatasetSchema schema,
                             SourceKind sourceKind, String sourceText, String importSettingsJson,
                             Optional<DatasetDiff> diff, long dataBlobId, String createdBy, Instant createdAt) {

    /** @return the version's name for people and logs, e.g. {@code datasets:/default/adult/3} */
    public String uri() {
        return "datasets:/" + projectName + "/" + datasetName + "/" + versionNo;
    }
}
