package io.mlworkbench.app.shell;

import io.mlworkbench.app.i18n.Messages;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** One sidebar entry: the step's icon, title, what it works on, and a state badge. */
final class NavigationCell extends ListCell<NavigationEntry> {

    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass ATTENTION = PseudoClass.getPseudoClass("attention");

    private final Messages messages;
    private final FontIcon icon = new FontIcon();
    private final Label title = new Label();
    private final Label subject = new Label();
    private final FontIcon badge = new FontIcon();
    private final HBox layout;
    private final ChangeListener<StepState> stateListener = (observable, before, now) -> updateState(now);
    private NavigationEntry shown;

    NavigationCell(Messages messages) {
        this.messages = messages;
        icon.getStyleClass().add("nav-icon");
        title.getStyleClass().add("nav-title");
        subject.getStyleClass().add("nav-subject");
        badge.getStyleClass().add("nav-badge");
        VBox text = new VBox(1, title, subject);
        // Long subjects ("adult@v1 (32,561 rows x 15 columns)") are cut with an ellipsis instead of widening the
        // cell: a cell that asks for no width of its own is as wide as the list, and its labels may shrink.
        title.setMinWidth(0);
        subject.setMinWidth(0);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        layout = new HBox(10, icon, text, spacer, badge);
        layout.setAlignment(Pos.CENTER_LEFT);
        setPrefWidth(0);
        getStyleClass().add("nav-cell");
    }

    @Override
    protected void updateItem(NavigationEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        subject.textProperty().unbind();
        if (shown != null) {
            shown.stateProperty().removeListener(stateListener);
            shown = null;
        }
        if (empty || entry == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        icon.setIconLiteral(entry.step().iconLiteral());
        title.setText(entry.title());
        subject.textProperty().bind(entry.subjectProperty());
        subject.visibleProperty().bind(entry.subjectProperty().isNotEmpty());
        subject.managedProperty().bind(subject.visibleProperty());
        entry.stateProperty().addListener(stateListener);
        shown = entry;
        updateState(entry.stateProperty().get());
        setTooltip(new Tooltip(messages.text("nav.shortcut", entry.title(), entry.step().shortcutDigit())));
        setGraphic(layout);
    }

    private void updateState(StepState state) {
        badge.setIconLiteral(badgeIcon(state));
        pseudoClassStateChanged(DONE, state == StepState.DONE);
        pseudoClassStateChanged(ATTENTION, state == StepState.NEEDS_ATTENTION);
    }

    private static String badgeIcon(StepState state) {
        return switch (state) {
            case DONE -> "mdi2c-check-circle";
            case NEEDS_ATTENTION -> "mdi2a-alert-circle";
            case NOT_STARTED -> "mdi2c-circle-outline";
        };
    }
}
