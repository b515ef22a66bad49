package io.mlworkbench.app.task;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * Runs {@link BackgroundTask}s. The app uses {@link JavaFxTaskExecutor} (work on a worker thread, callbacks on
 * the JavaFX thread); tests use {@link SynchronousTaskExecutor} (everything at once on the calling thread).
 */
public interface TaskExecutor extends AutoCloseable {

    /**
     * Starts a task.
     *
     * @param task the work and its callbacks
     * @param <T> the result type
     * @return a handle to cancel it
     */
    <T> TaskHandle execute(BackgroundTask<T> task);

    /** @return the tasks now running, for the status bar's task list (each reports progress and can be cancelled) */
    ObservableList<Task<?>> runningTasks();

    /** @return how many tasks are running */
    ReadOnlyIntegerProperty runningCount();

    /** Cancels running tasks and stops the worker threads. */
    @Override
    void close();
}
