package io.mlworkbench.app.task;

import io.mlworkbench.engine.task.OperationCancelledException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on a small pool of daemon worker threads, wrapped in JavaFX {@link Task}s so that progress,
 * message and cancellation are observable. Callbacks run on the JavaFX thread. Must be used from the JavaFX
 * thread.
 */
public final class JavaFxTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(JavaFxTaskExecutor.class);

    private final ExecutorService workers;
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();

    /** @param threads how many tasks may run at once */
    public JavaFxTaskExecutor(int threads) {
        this.workers = Executors.newFixedThreadPool(threads, daemonThreads());
        count.bind(Bindings.size(running));
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "workbench-task-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        FxTask<T> fxTask = new FxTask<>(task);
        fxTask.stateProperty().addListener((observable, before, state) -> finish(task, fxTask, state));
        running.add(fxTask);
        workers.execute(fxTask);
        return new TaskHandle() {
            @Override
            public void cancel() {
                fxTask.cancel();
            }

            @Override
            public boolean isDone() {
                return fxTask.isDone();
            }

            @Override
            public ReadOnlyDoubleProperty progressProperty() {
                return fxTask.progressProperty();
            }

            @Override
            public ReadOnlyStringProperty messageProperty() {
                return fxTask.messageProperty();
            }
        };
    }

    private static <T> void finishState(BackgroundTask<T> task, FxTask<T> fxTask, Worker.State state) {
        switch (state) {
            case SUCCEEDED -> task.succeeded(fxTask.getValue());
            case CANCELLED -> task.cancelled();
            case FAILED -> {
                Throwable failure = fxTask.getException();
                if (failure instanceof OperationCancelledException) {
                    task.cancelled();
                } else {
                    LOG.warn("Background task '{}' failed", task.title(), failure);
                    task.failed(failure);
                }
            }
            default -> { }
        }
    }

    private <T> void finish(BackgroundTask<T> task, FxTask<T> fxTask, Worker.State state) {
        if (state == Worker.State.SUCCEEDED || state == Worker.State.CANCELLED || state == Worker.State.FAILED) {
            running.remove(fxTask);
            finishState(task, fxTask, state);
        }
    }

    @Override
    public ObservableList<Task<?>> runningTasks() {
        return running;
    }

    @Override
    public ReadOnlyIntegerProperty runningCount() {
        return count.getReadOnlyProperty();
    }

    @Override
    public void close() {
        for (Task<?> task : running.toArray(new Task<?>[0])) {
            task.cancel();
        }
        workers.shutdownNow();
    }

    /** The JavaFX task that runs one {@link BackgroundTask}'s work and reports through its properties. */
    private static final class FxTask<T> extends Task<T> {

        private final BackgroundTask<T> task;

        FxTask(BackgroundTask<T> task) {
            this.task = task;
            updateTitle(task.title());
        }

        @Override
        protected T call() {
            return task.work().run((done, total, message) -> {
                if (total > 0) {
                    updateProgress(done, total);
                } else {
                    updateProgress(-1, -1);
                }
                if (message != null) {
                    updateMessage(message);
                }
            }, this::isCancelled);
        }
    }
}
