package io.mlworkbench.app.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.engine.WorkbenchException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The JavaFX executor runs work off the FX thread, reports back on it, and passes cancel to the work. */
class JavaFxTaskExecutorTest {

    private JavaFxTaskExecutor executor;

    @BeforeEach
    void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        executor = onFx(() -> new JavaFxTaskExecutor(2));
    }

    @AfterEach
    void stop() throws Exception {
        onFx(() -> {
            executor.close();
            return null;
        });
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    @Test
    void runsWorkOffTheFxThreadAndDeliversTheResultOnIt() throws Exception {
        AtomicBoolean workOnFx = new AtomicBoolean(true);
        CompletableFuture<Boolean> callbackOnFx = new CompletableFuture<>();
        CompletableFuture<String> result = new CompletableFuture<>();
        onFx(() -> executor.execute(BackgroundTask.of("answer", (progress, cancel) -> {
            workOnFx.set(Platform.isFxApplicationThread());
            return "42";
        }).onSuccess(value -> {
            callbackOnFx.complete(Platform.isFxApplicationThread());
            result.complete(value);
        })));
        assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo("42");
        assertThat(workOnFx.get()).isFalse();
        assertThat(callbackOnFx.get()).isTrue();
    }

    @Test
    void cancelReachesTheWorkThroughItsToken() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch sawCancel = new CountDownLatch(1);
        CompletableFuture<Boolean> cancelledCallback = new CompletableFuture<>();
        TaskHandle handle = onFx(() -> executor.execute(BackgroundTask.of("endless", (progress, cancel) -> {
            started.countDown();
            while (!cancel.isCancelled()) {
                progress.progress(1, 10, "working");
                Thread.onSpinWait();
            }
            sawCancel.countDown();
            cancel.throwIfCancelled("endless work");
            return "never";
        }).onCancelled(() -> cancelledCallback.complete(true))));
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(onFx(() -> executor.runningTasks().size())).isEqualTo(1);

        onFx(() -> {
            handle.cancel();
            return null;
        });

        assertThat(sawCancel.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(cancelledCallback.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(onFx(() -> executor.runningTasks().isEmpty())).isTrue();
        assertThat(handle.isDone()).isTrue();
    }

    @Test
    void failureReachesTheFailureCallback() throws Exception {
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        AtomicReference<Boolean> finished = new AtomicReference<>(false);
        onFx(() -> executor.execute(BackgroundTask.<String>of("broken", (progress, cancel) -> {
            throw new WorkbenchException("file.csv:3: expected 4 fields, found 5");
        }).onFailure(failure::complete).onFinished(() -> finished.set(true))));
        assertThat(failure.get(30, TimeUnit.SECONDS)).hasMessage("file.csv:3: expected 4 fields, found 5");
        assertThat(onFx(finished::get)).isTrue();
    }
}
