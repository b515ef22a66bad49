package io.mlworkbench.app.features;

import io.mlworkbench.engine.features.StepSpec;
import io.mlworkbench.engine.features.step.StepType;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.collections.ListChangeListener;

/**
 * The form of one step, generated from its type's parameter declarations: one {@link ParameterField} per
 * parameter, in declaration order. Loading a step's values into the form does not report changes; the user's
 * changes are reported as (parameter, value) pairs.
 */
final class StepForm {

    private final StepType type;
    private final int index;
    private final List<ParameterField> fields;
    private boolean loading;

    /**
     * @param type the step's type, whose declarations make the fields
     * @param index the step's position in the pipeline
     * @param onChange told of each change the user makes: the parameter and its new value (null when emptied)
     */
    StepForm(StepType type, int index, BiConsumer<String, Object> onChange) {
        this.type = type;
        this.index = index;
        this.fields = type.parameters().stream().map(ParameterField::new).toList();
        for (ParameterField field : fields) {
            Runnable changed = () -> {
                if (!loading) {
                    onChange.accept(field.name(), field.value());
                }
            };
            field.textProperty().addListener((observable, before, now) -> changed.run());
            field.checkedProperty().addListener((observable, before, now) -> changed.run());
            field.selection().addListener((ListChangeListener<String>) change -> changed.run());
        }
    }

    /** @return the step's type */
    StepType type() {
        return type;
    }

    /** @return the step's position in the pipeline */
    int index() {
        return index;
    }

    /** @return the fields, in declaration order */
    List<ParameterField> fields() {
        return fields;
    }

    /**
     * Shows a step's values without reporting changes.
     *
     * @param step the step (of this form's type)
     */
    void load(StepSpec step) {
        loading = true;
        try {
            for (ParameterField field : fields) {
                field.load(step.params().get(field.name()));
            }
        } finally {
            loading = false;
        }
    }

    /**
     * Offers columns in the column pickers without reporting changes.
     *
     * @param columns the columns before the step
     */
    void offerColumns(List<String> columns) {
        loading = true;
        try {
            for (ParameterField field : fields) {
                if (field.namesColumns() && !field.options().equals(columns)) {
                    field.options().setAll(columns);
                }
            }
        } finally {
            loading = false;
        }
    }

    /**
     * @param errors the problem of each bad field, by parameter name; fields not named have none
     */
    void showErrors(Map<String, String> errors) {
        for (ParameterField field : fields) {
            field.setError(errors.get(field.name()));
        }
    }
}
