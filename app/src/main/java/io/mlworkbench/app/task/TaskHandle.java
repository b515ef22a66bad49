package io.mlworkbench.app.task;

/** A running (or finished) background task, as seen by the code that started it. */
public interface TaskHandle {

    /** Asks the task to stop; the engine sees it through its cancellation token at its next checkpoint. */
    void cancel();

    /** @return true once the task has succeeded, failed or been cancelled */
    boolean isDone();
}
