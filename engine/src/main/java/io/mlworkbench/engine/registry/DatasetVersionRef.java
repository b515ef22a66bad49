package io.mlworkbench.engine.registry;

/**
 * The dataset version a model was trained on, as lineage shows it (click through by id).
 *
 * @param id the dataset version's row id
 * @param datasetName the dataset's name
 * @param version its version number
 * @param contentHash the SHA-256 of its contents
 * @param rowCount how many rows it has
 */
public record DatasetVersionRef(long id, String datasetName, int version, String contentHash, long rowCount) {

    /** @return {@code <dataset> v<version>}, for messages */
    public String label() {
        return datasetName + " v" + version;
    }
}
