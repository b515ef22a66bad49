package io.mlworkbench.app.shell;

import io.mlworkbench.app.dialog.DialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.task.TaskExecutor;
import io.mlworkbench.app.view.ViewLoader;

/**
 * What every {@link StepModule} builds its screens with, one of each for the whole window.
 *
 * @param executor background work
 * @param dialogs what the user is told
 * @param messages user-visible text
 * @param loader the FXML loader
 */
public record StepContext(TaskExecutor executor, DialogService dialogs, Messages messages, ViewLoader loader) {

    /**
     * @param key a message key
     * @param arguments its placeholders' values
     * @return the user-visible text
     */
    public String text(String key, Object... arguments) {
        return messages.text(key, arguments);
    }
}
