/**
 * Background work for the desktop app: {@link io.mlworkbench.app.task.BackgroundTask} describes the work and
 * what to do with its result, a {@link io.mlworkbench.app.task.TaskExecutor} runs it — off the JavaFX thread in
 * the app, synchronously in tests. Cancelling a task reaches the engine through its cancellation token.
 */
package io.mlworkbench.app.task;
