package io.mlworkbench.app.training;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.training.algorithm.HyperParameter;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One field of an algorithm's parameter form, built from its {@link HyperParameter} declaration: the text
 * typed (pre-filled with the default) and, when the text is not a valid value, the declaration's own message.
 */
public final class ParameterField {

    private final HyperParameter parameter;
    private final StringProperty text;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** @param parameter the declaration */
    public ParameterField(HyperParameter parameter) {
        this.parameter = parameter;
        this.text = new SimpleStringProperty(String.valueOf(parameter.defaultValue()));
        text.addListener((observable, before, now) -> validate());
    }

    private void validate() {
        try {
            parameter.parse(text.get() == null ? "" : text.get().strip());
            error.set("");
        } catch (WorkbenchException | IllegalArgumentException e) {
            error.set(e.getMessage());
        }
    }

    /** @return the declaration */
    public HyperParameter parameter() {
        return parameter;
    }

    /** @return the text in the field */
    public StringProperty textProperty() {
        return text;
    }

    /** @return why the text is not a valid value, empty when it is */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** @return true when the text is a valid value */
    public boolean isValid() {
        return error.get().isEmpty();
    }

    /** @return the parsed value, empty when the text is invalid */
    public Optional<Object> value() {
        return isValid() ? Optional.of(parameter.parse(text.get().strip())) : Optional.empty();
    }

    /** @return true when the text is the default value */
    public boolean isDefault() {
        return value().map(v -> v.equals(parameter.defaultValue())).orElse(false);
    }
}
