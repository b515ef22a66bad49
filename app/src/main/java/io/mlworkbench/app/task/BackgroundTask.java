package io.mlworkbench.app.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A piece of background work and what to do when it ends: built by a view model, run by a
 * {@link TaskExecutor}. The callbacks run on the UI thread.
 *
 * <pre>{@code
 * executor.execute(BackgroundTask.of(messages.text("task.openWorkspace"), (progress, cancel) -> open(dir))
 *         .onSuccess(this::show)
 *         .onFailure(dialogs::showError));
 * }</pre>
 *
 * @param <T> the result type
 */
public final class BackgroundTask<T> {

    private final String title;
    private final Work<T> work;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<? super Throwable> onFailure = failure -> { };
    private Runnable onCancelled = () -> { };
    private Runnable onFinished = () -> { };

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
    }

    /**
     * @param title what the user sees in the task list, e.g. "Opening workspace"
     * @param work the work
     * @param <T> the result type
     * @return a task with no callbacks yet
     */
    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    /**
     * @param callback called with the result when the work succeeds
     * @return this task
     */
    public BackgroundTask<T> onSuccess(Consumer<? super T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    /**
     * @param callback called with the exception when the work fails (not when it is cancelled)
     * @return this task
     */
    public BackgroundTask<T> onFailure(Consumer<? super Throwable> callback) {
        this.onFailure = Objects.requireNonNull(callback);
        return this;
    }

    /**
     * @param callback called when the user cancelled the work
     * @return this task
     */
    public BackgroundTask<T> onCancelled(Runnable callback) {
        this.onCancelled = Objects.requireNonNull(callback);
        return this;
    }

    /**
     * @param callback called after success, failure or cancellation, e.g. to clear a busy flag
     * @return this task
     */
    public BackgroundTask<T> onFinished(Runnable callback) {
        this.onFinished = Objects.requireNonNull(callback);
        return this;
    }

    /** @return what the user sees in the task list */
    public String title() {
        return title;
    }

    /** @return the work */
    public Work<T> work() {
        return work;
    }

    void succeeded(T result) {
        try {
            onSuccess.accept(result);
        } finally {
            onFinished.run();
        }
    }

    void failed(Throwable failure) {
        try {
            onFailure.accept(failure);
        } finally {
            onFinished.run();
        }
    }

    void cancelled() {
        try {
            onCancelled.run();
        } finally {
            onFinished.run();
        }
    }
}
