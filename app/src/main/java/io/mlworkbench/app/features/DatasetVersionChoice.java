package io.mlworkbench.app.features;

/**
 * A dataset version the Features step can build on.
 *
 * @param id the dataset version's id
 * @param dataset the dataset's name
 * @param versionNo its version number
 * @param rowCount how many rows it has
 */
public record DatasetVersionChoice(long id, String dataset, int versionNo, long rowCount) {
}
