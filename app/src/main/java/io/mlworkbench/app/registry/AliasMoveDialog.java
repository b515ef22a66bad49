package io.mlworkbench.app.registry;

import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.engine.registry.AliasMove;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The confirmation of an alias move: what changes (old → new version), each promotion-gate check with pass or
 * fail, and a required reason. Binds to {@link VersionActionsViewModel}; the view model decides.
 */
final class AliasMoveDialog {

    private final VersionActionsViewModel actions;
    private final Messages messages;

    AliasMoveDialog(VersionActionsViewModel actions, Messages messages) {
        this.actions = actions;
        this.messages = messages;
    }

    /**
     * Shows the dialog and waits; confirming moves the alias (through the view model), cancelling drops it.
     *
     * @param move the previewed move
     * @param owner the window it belongs to
     */
    void showFor(AliasMove move, Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("registry.move.title"));
        dialog.setHeaderText(messages.text("registry.move.header", move.alias(), move.modelName(),
                move.toVersion()));
        Label changes = new Label(actions.describe(move));
        changes.setWrapText(true);
        changes.getStyleClass().add("alias-move-changes");
        TextField reason = new TextField();
        reason.setPromptText(messages.text("registry.move.reasonPrompt"));
        reason.textProperty().bindBidirectional(actions.reasonProperty());
        Label error = new Label();
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(actions.moveErrorProperty());
        VBox content = new VBox(8, changes, new Label(messages.text("registry.move.reason")), reason, error);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        ButtonType confirm = new ButtonType(messages.text("registry.move.confirm"),
                ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(confirm, ButtonType.CANCEL);
        Node confirmButton = dialog.getDialogPane().lookupButton(confirm);
        confirmButton.setDisable(!actions.canConfirm(move));
        if (move.changes() && !actions.canConfirm(move)) {
            Label blocked = new Label(messages.text("registry.move.blocked"));
            blocked.setWrapText(true);
            blocked.getStyleClass().add("danger");
            content.getChildren().add(1, blocked);
        }
        confirmButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (!actions.confirmMove()) {
                event.consume();
            }
        });
        dialog.setOnShown(event -> reason.requestFocus());
        if (dialog.showAndWait().filter(confirm::equals).isEmpty()) {
            actions.cancelMove();
        }
        reason.textProperty().unbindBidirectional(actions.reasonProperty());
    }
}
