package io.mlworkbench.app.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.task.OperationCancelledException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SynchronousTaskExecutorTest {

    private final SynchronousTaskExecutor executor = new SynchronousTaskExecutor();
    private final List<String> events = new ArrayList<>();

    @Test
    void runsTheWorkAndItsSuccessCallbackBeforeReturning() {
        TaskHandle handle = executor.execute(BackgroundTask.of("t", (p, c) -> 7)
                .onSuccess(v -> events.add("success " + v)).onFinished(() -> events.add("finished")));
        assertThat(events).containsExactly("success 7", "finished");
        assertThat(handle.isDone()).isTrue();
    }

    @Test
    void failureGoesToTheFailureCallback() {
        executor.execute(BackgroundTask.of("t", (p, c) -> {
            throw new WorkbenchException("bad");
        }).onFailure(e -> events.add("failed " + e.getMessage())).onSuccess(v -> events.add("success")));
        assertThat(events).containsExactly("failed bad");
    }

    @Test
    void cancelledWorkGoesToTheCancelledCallback() {
        executor.execute(BackgroundTask.of("t", (p, c) -> {
            throw new OperationCancelledException("import");
        }).onCancelled(() -> events.add("cancelled")).onFailure(e -> events.add("failed")));
        assertThat(events).containsExactly("cancelled");
    }

    @Test
    void namedTasksSeeACancelledTokenAndEndCancelled() {
        SynchronousTaskExecutor cancelling = new SynchronousTaskExecutor(title -> title.startsWith("Import"));
        cancelling.execute(BackgroundTask.of("Importing x", (p, c) -> {
            c.throwIfCancelled("import");
            return 1;
        }).onCancelled(() -> events.add("cancelled")).onSuccess(v -> events.add("success")));
        cancelling.execute(BackgroundTask.of("Listing", (p, c) -> {
            c.throwIfCancelled("listing");
            return 2;
        }).onSuccess(v -> events.add("success " + v)));
        assertThat(events).containsExactly("cancelled", "success 2");
    }
}
