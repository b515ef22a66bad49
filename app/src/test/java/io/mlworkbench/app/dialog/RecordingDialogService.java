package io.mlworkbench.app.dialog;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A {@link DialogService} for tests: records what the user would have seen and answers from a script. */
public final class RecordingDialogService implements DialogService {

    /** An error that would have been shown. */
    public record ShownError(String headline, Throwable failure) {
    }

    private final List<ShownError> errors = new ArrayList<>();
    private final List<String> notifications = new ArrayList<>();
    private final List<String> confirmations = new ArrayList<>();
    private final List<String> information = new ArrayList<>();
    private final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    private final Deque<Path> chosenDirectories = new ArrayDeque<>();
    private final Deque<Path> chosenFiles = new ArrayDeque<>();

    @Override
    public void showError(String headline, Throwable failure) {
        errors.add(new ShownError(headline, failure));
    }

    @Override
    public void showInformation(String headline, String text) {
        information.add(headline);
    }

    @Override
    public boolean confirm(String headline, String explanation) {
        confirmations.add(headline);
        return confirmAnswers.isEmpty() || confirmAnswers.pop();
    }

    @Override
    public void notify(String message) {
        notifications.add(message);
    }

    @Override
    public Optional<Path> chooseDirectory(String title, Path initial) {
        return Optional.ofNullable(chosenDirectories.poll());
    }

    @Override
    public Optional<Path> chooseFile(String title, String filterDescription, List<String> patterns) {
        return Optional.ofNullable(chosenFiles.poll());
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String filterDescription,
                                         List<String> patterns) {
        return Optional.ofNullable(chosenFiles.poll());
    }

    /** @param file what the next file chooser (open or save) returns (default: cancelled) */
    public void chooseNextFile(Path file) {
        chosenFiles.add(file);
    }

    /** @param answer what the next confirmation answers (default: yes) */
    public void answerNextConfirmation(boolean answer) {
        confirmAnswers.add(answer);
    }

    /** @param directory what the next folder chooser returns (default: cancelled) */
    public void chooseNextDirectory(Path directory) {
        chosenDirectories.add(directory);
    }

    /** @return errors shown so far */
    public List<ShownError> errors() {
        return errors;
    }

    /** @return notifications shown so far */
    public List<String> notifications() {
        return notifications;
    }

    /** @return confirmation questions asked so far */
    public List<String> confirmations() {
        return confirmations;
    }

    /** @return information headlines shown so far */
    public List<String> information() {
        return information;
    }
}
