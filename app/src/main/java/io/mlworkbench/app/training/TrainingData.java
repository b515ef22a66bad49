package io.mlworkbench.app.training;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.project.Project;
import java.util.List;

/** Where the Train step finds tables: the project's dataset versions, and a sample to start with. Slow: call
 * both methods off the JavaFX thread. */
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
}
