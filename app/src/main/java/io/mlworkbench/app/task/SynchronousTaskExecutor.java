package io.mlworkbench.app.task;

import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.OperationCancelledException;
import io.mlworkbench.engine.task.ProgressListener;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * Runs each task to the end on the calling thread before {@link #execute} returns: view-model tests use it to
 * check results without waiting. A task whose work throws {@link OperationCancelledException} counts as
 * cancelled.
 */
public final class SynchronousTaskExecutor implements TaskExecutor {

    private final ObservableList<Task<?>> none = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        T result;
        try {
            result = task.work().run(ProgressListener.ignoring(), CancellationToken.never());
        } catch (OperationCancelledException e) {
            task.cancelled();
            return finishedHandle();
        } catch (RuntimeException | Error e) {
            task.failed(e);
            return finishedHandle();
        }
        task.succeeded(result);
        return finishedHandle();
    }

    private static TaskHandle finishedHandle() {
        return new TaskHandle() {
            @Override
            public void cancel() {
                // Already finished: nothing left to stop.
            }

            @Override
            public boolean isDone() {
                return true;
            }

            @Override
            public ReadOnlyDoubleProperty progressProperty() {
                return new ReadOnlyDoubleWrapper(1).getReadOnlyProperty();
            }

            @Override
            public ReadOnlyStringProperty messageProperty() {
                return new ReadOnlyStringWrapper("").getReadOnlyProperty();
            }
        };
    }

    @Override
    public ObservableList<Task<?>> runningTasks() {
        return none;
    }

    @Override
    public ReadOnlyIntegerProperty runningCount() {
        return running.getReadOnlyProperty();
    }

    @Override
    public void close() {
        // Nothing runs in the background.
    }
}
