package io.mlworkbench.app.dialog;

import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.engine.WorkbenchException;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX dialogs: alerts owned by the main window and ControlsFX notifications. */
public final class FxDialogService implements DialogService {

    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);

    private final Supplier<Window> owner;
    private final Messages messages;

    /**
     * @param owner the window dialogs belong to (may supply null before the window is shown)
     * @param messages the user-visible text
     */
    public FxDialogService(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public void showError(String headline, Throwable failure) {
        if (!(failure instanceof WorkbenchException)) {
            LOG.error(headline, failure);
        }
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner.get());
        alert.setTitle(messages.text("dialog.error.title"));
        alert.setHeaderText(headline);
        alert.setContentText(failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
        TextArea details = new TextArea(stackTrace(failure));
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(14);
        alert.getDialogPane().setExpandableContent(details);
        alert.getDialogPane().setMinWidth(520);
        alert.showAndWait();
    }

    private static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    @Override
    public void showInformation(String headline, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle(messages.text("dialog.information.title"));
        alert.setHeaderText(headline);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String headline, String explanation) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, explanation, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle(messages.text("dialog.confirm.title"));
        alert.setHeaderText(headline);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public void notify(String message) {
        Notifications notification = Notifications.create()
                .text(message)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(4));
        Window window = owner.get();
        if (window != null) {
            notification.owner(window);
        }
        notification.showInformation();
    }

    @Override
    public Optional<Path> chooseDirectory(String title, Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initial != null && Files.isDirectory(initial)) {
            chooser.setInitialDirectory(initial.toFile());
        }
        File chosen = chooser.showDialog(owner.get());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFile(String title, String filterDescription, List<String> patterns) {
        FileChooser chooser = fileChooser(title, filterDescription, patterns);
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String filterDescription,
                                         List<String> patterns) {
        FileChooser chooser = fileChooser(title, filterDescription, patterns);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    private static FileChooser fileChooser(String title, String filterDescription, List<String> patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription, patterns));
        return chooser;
    }
}
