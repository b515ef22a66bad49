package io.mlworkbench.app.features;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;

/**
 * Makes the control of a {@link ParameterField} from its editor kind — text field, drop-down of choices or
 * columns, multiple choice, check box — bound both ways, with the field's label, help text and error below it.
 * One factory for every step type: forms are never written per step.
 */
final class ParameterEditors {

    private final String requiredMark;

    /** @param requiredMark the marker beside the label of a required field, e.g. "required" */
    ParameterEditors(String requiredMark) {
        this.requiredMark = requiredMark;
    }

    /**
     * @param field a form field
     * @return its label, control, help and error, stacked
     */
    Node row(ParameterField field) {
        Label label = new Label(field.label());
        label.getStyleClass().add("form-label");
        HBox heading = new HBox(6, label);
        if (field.isRequired()) {
            Label required = new Label(requiredMark);
            required.getStyleClass().add("form-required");
            heading.getChildren().add(required);
        }
        Control control = control(field);
        control.setId("field-" + field.name());
        control.setMaxWidth(Double.MAX_VALUE);
        control.setTooltip(new Tooltip(field.help()));
        Label help = new Label(field.help());
        help.getStyleClass().addAll("form-help", "text-muted");
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);
        Label error = new Label();
        error.setId("error-" + field.name());
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(field.errorProperty());
        error.visibleProperty().bind(field.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        field.errorProperty().addListener((observable, before, now) -> markError(control, !now.isEmpty()));
        markError(control, !field.errorProperty().get().isEmpty());
        VBox row = new VBox(3, heading, control, help, error);
        row.getStyleClass().add("form-row");
        HBox.setHgrow(control, Priority.ALWAYS);
        return row;
    }

    private static void markError(Control control, boolean bad) {
        control.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), bad);
    }

    private static Control control(ParameterField field) {
        return switch (field.editor()) {
            case TEXT, EXPRESSION -> textField(field);
            case CHOICE -> choiceBox(field);
            case COLUMN -> columnBox(field);
            case CHOICES, COLUMNS -> checkComboBox(field);
            case CHECK -> checkBox(field);
        };
    }

    private static TextField textField(ParameterField field) {
        TextField text = new TextField();
        text.textProperty().bindBidirectional(field.textProperty());
        text.setPromptText(field.prompt());
        if (field.editor() == ParameterField.Editor.EXPRESSION) {
            text.getStyleClass().add("expression-field");
        }
        return text;
    }

    private static ChoiceBox<String> choiceBox(ParameterField field) {
        ChoiceBox<String> box = new ChoiceBox<>(field.options());
        box.valueProperty().bindBidirectional(field.textProperty());
        return box;
    }

    private static ComboBox<String> columnBox(ParameterField field) {
        ComboBox<String> box = new ComboBox<>(field.options());
        box.valueProperty().bindBidirectional(field.textProperty());
        box.setVisibleRowCount(14);
        return box;
    }

    private static CheckBox checkBox(ParameterField field) {
        CheckBox box = new CheckBox(field.label());
        box.selectedProperty().bindBidirectional(field.checkedProperty());
        return box;
    }

    private static CheckComboBox<String> checkComboBox(ParameterField field) {
        CheckComboBox<String> box = new CheckComboBox<>(field.options());
        box.setShowCheckedCount(false);
        boolean[] syncing = {false};
        Runnable toControl = () -> {
            syncing[0] = true;
            try {
                box.getCheckModel().clearChecks();
                field.selection().forEach(value -> box.getCheckModel().check(value));
            } finally {
                syncing[0] = false;
            }
        };
        toControl.run();
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change -> {
            if (!syncing[0]) {
                syncing[0] = true;
                try {
                    field.selection().setAll(field.options().stream()
                            .filter(option -> box.getCheckModel().isChecked(option)).toList());
                } finally {
                    syncing[0] = false;
                }
            }
        });
        field.selection().addListener((ListChangeListener<String>) change -> {
            if (!syncing[0]) {
                toControl.run();
            }
        });
        field.options().addListener((ListChangeListener<String>) change -> toControl.run());
        return box;
    }
}
