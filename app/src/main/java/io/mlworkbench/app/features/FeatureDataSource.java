package io.mlworkbench.app.features;

import io.mlworkbench.engine.data.Table;
import java.util.List;
import java.util.Optional;

/** Where the Features step finds dataset versions and their rows. */
public interface FeatureDataSource {

    /**
     * @param projectName a project
     * @return its datasets' versions, newest first
     */
    List<DatasetVersionChoice> versions(String projectName);

    /**
     * @param versionId a dataset version's id
     * @return that version, if it exists
     */
    Optional<DatasetVersionChoice> version(long versionId);

    /**
     * Loads a version's rows into memory (slow: call off the UI thread).
     *
     * @param versionId a dataset version's id
     * @return its rows
     */
    Table load(long versionId);
}
