package io.mlworkbench.app.task;

import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.OperationCancelledException;
import io.mlworkbench.engine.task.ProgressListener;
import java.util.function.Predicate;
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
 * cancelled; tests of cancel name the tasks whose user "pressed Cancel" at once, so that the work sees a cancelled
 * token at its first checkpoint.
 */
public final class SynchronousTaskExecutor implements TaskExecutor {

    private final ObservableList<Task<?>> none = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private final Predicate<String> cancelled;

    /** Runs every task without cancelling it. */
    public SynchronousTaskExecutor() {
        this(title -> false);
    }

    /** @param cancelled which tasks, by title, run as if cancelled right after they started */
    public SynchronousTaskExecutor(Predicate<String> cancelled) {
        this.cancelled = cancelled;
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        T result;
        try {
            CancellationToken token = cancelled.test(task.title()) ? () -> true : CancellationToken.never();
            result = task.work().run(ProgressListener.ignoring(), token);
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
