package io.mlworkbench.app.dialog;

import java.nio.file.Path;
import java.util.List;
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

    /**
     * Lets the user choose an existing file to read.
     *
     * @param title the chooser's title
     * @param filterDescription what the files are, e.g. "Tables (CSV, TSV, Excel)"
     * @param patterns the file-name patterns offered, e.g. {@code *.csv}
     * @return the chosen file, or empty when the user cancelled
     */
    Optional<Path> chooseFile(String title, String filterDescription, List<String> patterns);

    /**
     * Lets the user choose where to write a file.
     *
     * @param title the chooser's title
     * @param suggestedName the file name proposed
     * @param filterDescription what the file is, e.g. "PNG image"
     * @param patterns the file-name patterns, e.g. {@code *.png}
     * @return the chosen file, or empty when the user cancelled
     */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String filterDescription,
                                  List<String> patterns);
}
