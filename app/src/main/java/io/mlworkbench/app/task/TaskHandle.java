package io.mlworkbench.app.task;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** A running (or finished) background task, as seen by the code that started it. */
public interface TaskHandle {

    /** Asks the task to stop; the engine sees it through its cancellation token at its next checkpoint. */
    void cancel();

    /** @return true once the task has succeeded, failed or been cancelled */
    boolean isDone();

    /** @return the fraction done from 0 to 1, or -1 while unknown; for a progress bar on the task's own screen */
    ReadOnlyDoubleProperty progressProperty();

    /** @return what the task reports it is doing now */
    ReadOnlyStringProperty messageProperty();
}
