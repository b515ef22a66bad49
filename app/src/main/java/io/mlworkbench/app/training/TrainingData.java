package io.mlworkbench.app.training;

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
}
