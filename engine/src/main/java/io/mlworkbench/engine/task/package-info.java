/**
 * Long-running engine work: how it reports progress ({@link io.mlworkbench.engine.task.ProgressListener}) and
 * how it learns that the user cancelled it ({@link io.mlworkbench.engine.task.CancellationToken}). JavaFX-free:
 * the desktop app, the command line and the server adapt these to their own task machinery.
 */
package io.mlworkbench.engine.task;
