/**
 * Long-running work: progress reporting and cooperative cancellation, free of any UI toolkit.
 *
 * <p>Engine operations that can take more than a moment take a {@link io.mlworkbench.engine.task.ProgressListener}
 * and a {@link io.mlworkbench.engine.task.CancellationToken}; they report and check once per batch.
 */
package io.mlworkbench.engine.task;
