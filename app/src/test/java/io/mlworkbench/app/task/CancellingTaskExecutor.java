package io.mlworkbench.app.task;

import io.mlworkbench.engine.task.OperationCancelledException;
import io.mlworkbench.engine.task.ProgressListener;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * For tests of cancel: runs each task at once on the calling thread; the tasks it is told to cancel run as if the
 * user had pressed Cancel right after they started, so the engine sees a cancelled token at its first checkpoint.
 */
public final class CancellingTaskExecutor implements TaskExecutor {

    private final ObservableList<Task<?>> none = FXCollections.observableArrayList();
    private final Predicate<String> cancelWhen;
    private int cancelled;

    /** @param cancelWhen which tasks to cancel, by title */
    public CancellingTaskExecutor(Predicate<String> cancelWhen) {
        this.cancelWhen = cancelWhen;
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        try {
            boolean cancel = cancelWhen.test(task.title());
            T result = task.work().run(ProgressListener.ignoring(), () -> cancel);
            task.succeeded(result);
        } catch (OperationCancelledException e) {
            cancelled++;
            task.cancelled();
        } catch (RuntimeException e) {
            task.failed(e);
        }
        return new TaskHandle() {
            @Override
            public void cancel() {
                // Already over.
            }

            @Override
            public boolean isDone() {
                return true;
            }

            @Override
            public ReadOnlyDoubleProperty progressProperty() {
                return new ReadOnlyDoubleWrapper(0).getReadOnlyProperty();
            }

            @Override
            public ReadOnlyStringProperty messageProperty() {
                return new ReadOnlyStringWrapper("").getReadOnlyProperty();
            }
        };
    }

    /** @return how many tasks stopped because they saw the cancellation */
    public int cancelledCount() {
        return cancelled;
    }

    @Override
    public ObservableList<Task<?>> runningTasks() {
        return none;
    }

    @Override
    public ReadOnlyIntegerProperty runningCount() {
        return new ReadOnlyIntegerWrapper(0).getReadOnlyProperty();
    }

    @Override
    public void close() {
        // Nothing runs.
    }
}
