package io.mlworkbench.app.validation;

import io.mlworkbench.engine.validation.Expectation;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/**
 * The controls of the rule editor: one row per {@link ParameterField} in a grid, made from the field's
 * declaration (a drop-down when it has choices, else a text field), its error right below it.
 */
final class RuleEditorForm {

    private final RuleEditorViewModel editor;
    private final GridPane grid;

    RuleEditorForm(RuleEditorViewModel editor, GridPane grid) {
        this.editor = editor;
        this.grid = grid;
    }

    void bind(ComboBox<Expectation> expectationChoice, Label description, TextField notes, Label ruleError,
              Button apply) {
        expectationChoice.setItems(editor.expectations());
        expectationChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Expectation expectation) {
                return expectation == null ? "" : expectation.type();
            }

            @Override
            public Expectation fromString(String text) {
                return null;
            }
        });
        expectationChoice.valueProperty().bindBidirectional(editor.expectationProperty());
        description.textProperty().bind(editor.descriptionProperty());
        notes.textProperty().bindBidirectional(editor.notesProperty());
        ruleError.textProperty().bind(editor.ruleErrorProperty());
        ruleError.visibleProperty().bind(editor.ruleErrorProperty().isNotEmpty());
        ruleError.managedProperty().bind(ruleError.visibleProperty());
        apply.disableProperty().bind(editor.openProperty().not());
        editor.fields().addListener((ListChangeListener<ParameterField>) change -> rebuild());
        rebuild();
    }

    private void rebuild() {
        grid.getChildren().clear();
        int row = 0;
        for (ParameterField field : editor.fields()) {
            Label label = new Label(field.name() + (field.isRequired() ? " *" : ""));
            label.getStyleClass().add("fact-label");
            label.setMnemonicParsing(false);
            label.setTooltip(new Tooltip(field.description()));
            Node input = input(field);
            input.setId("parameter-" + field.name());
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            error.textProperty().bind(field.errorProperty());
            error.visibleProperty().bind(field.errorProperty().isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
            grid.add(label, 0, row);
            grid.add(input, 1, row);
            grid.add(error, 1, row + 1);
            row += 2;
        }
    }

    private static Node input(ParameterField field) {
        Tooltip tooltip = new Tooltip(field.description());
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        if (field.choices().isEmpty()) {
            TextField text = new TextField();
            text.textProperty().bindBidirectional(field.textProperty());
            text.setPromptText(field.prompt());
            text.setTooltip(tooltip);
            return text;
        }
        ComboBox<String> choice = new ComboBox<>();
        choice.getItems().setAll(field.choices());
        choice.setEditable(field.isChoiceEditable());
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setPromptText(field.prompt());
        choice.setTooltip(tooltip);
        if (field.isChoiceEditable()) {
            choice.getEditor().textProperty().bindBidirectional(field.textProperty());
        } else {
            choice.setValue(field.textProperty().get());
            choice.valueProperty().addListener((observable, before, now) ->
                    field.textProperty().set(now == null ? "" : now));
            field.textProperty().addListener((observable, before, now) -> choice.setValue(now));
        }
        return choice;
    }
}
