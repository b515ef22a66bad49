package io.mlworkbench.app.features;

import java.util.function.BiConsumer;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A step in the step list: its number, title and summary, a warning icon and tooltip when it has an error; drag
 * it onto another step to move it there.
 */
final class StepCell extends ListCell<StepItem> {

    private static final DataFormat STEP_INDEX = new DataFormat("application/x-mlworkbench-step-index");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final Label number = new Label();
    private final Label title = new Label();
    private final Label summary = new Label();
    private final Label error = new Label();
    private final FontIcon warning = new FontIcon("mdi2a-alert-circle-outline");
    private final FontIcon handle = new FontIcon("mdi2d-drag-vertical");
    private final HBox layout;

    /** @param move told (from, to) when a step is dropped onto another */
    StepCell(BiConsumer<Integer, Integer> move) {
        number.getStyleClass().add("step-number");
        title.getStyleClass().add("step-title");
        summary.getStyleClass().addAll("step-summary", "text-muted");
        error.getStyleClass().addAll("step-error", "field-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        warning.getStyleClass().add("step-warning");
        handle.getStyleClass().add("step-handle");
        VBox text = new VBox(1, title, summary, error);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        layout = new HBox(8, handle, number, text, warning);
        layout.getStyleClass().add("step-cell-box");
        getStyleClass().add("step-cell");
        setPrefWidth(0);
        setOnDragDetected(event -> {
            if (!isEmpty()) {
                Dragboard board = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.put(STEP_INDEX, getIndex());
                board.setContent(content);
                event.consume();
            }
        });
        setOnDragOver(event -> {
            if (event.getGestureSource() != this && event.getDragboard().hasContent(STEP_INDEX)) {
                event.acceptTransferModes(TransferMode.MOVE);
            }
            event.consume();
        });
        setOnDragDropped(event -> {
            boolean done = event.getDragboard().hasContent(STEP_INDEX) && !isEmpty();
            if (done) {
                move.accept((Integer) event.getDragboard().getContent(STEP_INDEX), getIndex());
            }
            event.setDropCompleted(done);
            event.consume();
        });
    }

    @Override
    protected void updateItem(StepItem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            pseudoClassStateChanged(ERROR, false);
            return;
        }
        number.setText(Integer.toString(item.number()));
        title.setText(item.title());
        summary.setText(item.summary());
        summary.setVisible(!item.summary().isEmpty());
        summary.setManaged(summary.isVisible());
        error.setText(item.error());
        error.setVisible(item.hasError());
        error.setManaged(item.hasError());
        warning.setVisible(item.hasError());
        setTooltip(item.hasError() ? new Tooltip(item.error()) : null);
        pseudoClassStateChanged(ERROR, item.hasError());
        setGraphic(layout);
    }
}
