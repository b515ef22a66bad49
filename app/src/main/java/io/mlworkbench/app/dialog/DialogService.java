package io.mlworkbench.app.dialog;

import java.nio.file.Path;
import java.util.Optional;

/** What view models use to tell or ask the user something. All methods are called on the UI thread. */
public interface DialogService {

    /**
     * Shows an error: a short headline the user can act on, the failure's message below it, and the full
     * details (stack trace) behind an expander.
     *
     * @param headline what could not be done, e.g. "Could not open the workspace"
     * @param failure what went wrong
     */
    void showError(String headline, Throwable failure);

    /**
     * Shows information the user reads and dismisses, e.g. the about box.
     *
     * @param headline the headline
     * @param text the body
     */
    void showInformation(String headline, String text);

    /**
     * Asks the user to confirm something that cannot be undone easily.
     *
     * @param headline the question, e.g. "Archive project churn?"
     * @param explanation what will happen
     * @return true when the user confirmed
     */
    boolean confirm(String headline, String explanation);

    /**
     * Shows a short notification that disappears by itself, e.g. "Project churn created".
     *
     * @param message the text
     */
    void notify(String message);

    /**
     * Lets the user choose a folder.
     *
     * @param title the chooser's title
     * @param initial the folder to start in, if it exists
     * @return the chosen folder, or empty when the user cancelled
     */
    Optional<Path> chooseDirectory(String title, Path initial);
}
