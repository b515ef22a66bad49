package io.mlworkbench.app.training;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.project.Project;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import java.util.List;

/** Where the Train step finds tables: the project's dataset versions, and a sample to start with, optionally
 * transformed by a fitted feature set. Slow: call every method off the JavaFX thread. */
public interface TrainingData {

    /**
     * @param project the project
     * @return the tables that can be trained on, newest first
     */
    List<DatasetChoice> choices(Project project);

    /**
     * @param choice one of {@link #choices(Project)}
     * @return its table
     */
    Table load(DatasetChoice choice);

    /**
     * Loads a registry dataset version by id, e.g. the one a run was trained on, to reproduce it.
     *
     * @param versionId a dataset version id
     * @return its table
     * @throws WorkbenchException when this source cannot load registry versions or the version does not exist
     */
    default Table loadVersion(long versionId) {
        throw new WorkbenchException("Cannot load dataset version " + versionId
                + " here: this source offers no registry dataset versions");
    }

    /**
     * @param project the project
     * @param choice the chosen table
     * @return the fitted feature set versions of the project that can be applied to the table, newest first; none
     *     when this source has no feature sets or the table is not a registry dataset version
     */
    default List<FeatureSetChoice> featureSets(Project project, DatasetChoice choice) {
        return List.of();
    }

    /**
     * Applies a fitted feature set version to a table (reusing the stored feature table when there is one).
     *
     * @param choice one of {@link #choices(Project)}
     * @param features one of {@link #featureSets(Project, DatasetChoice)} for it
     * @param progress told rows transformed / total
     * @param cancel checked per row group
     * @return the feature table's rows
     * @throws WorkbenchException when this source has no feature sets
     */
    default Table loadFeatures(DatasetChoice choice, FeatureSetChoice features, ProgressListener progress,
                               CancellationToken cancel) {
        throw new WorkbenchException("Cannot apply feature set '" + features.label() + "' to " + choice.label()
                + " here: this source offers no feature sets");
    }
}
