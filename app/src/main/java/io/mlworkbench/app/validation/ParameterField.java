package io.mlworkbench.app.validation;

import io.mlworkbench.engine.validation.ParameterSpec;
import io.mlworkbench.engine.validation.ParameterType;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One field of the rule editor's form, made from a parameter's declaration: its label, hint and choices come
 * from the {@link ParameterSpec}, the user types its text, and the editor sets its error.
 */
public final class ParameterField {

    private final ParameterSpec spec;
    private final List<String> choices;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /**
     * @param spec the parameter's declaration
     * @param choices the values offered in a drop-down (column names, type names, true/false); empty for a plain
     *     text field
     */
    public ParameterField(ParameterSpec spec, List<String> choices) {
        this.spec = spec;
        this.choices = List.copyOf(choices);
    }

    /** @return the parameter's declaration */
    public ParameterSpec spec() {
        return spec;
    }

    /** @return the parameter's name, e.g. {@code min_value} */
    public String name() {
        return spec.name();
    }

    /** @return true when a rule must give this parameter */
    public boolean isRequired() {
        return spec.required();
    }

    /** @return the values a drop-down offers; empty for a text field */
    public List<String> choices() {
        return choices;
    }

    /** @return true when the user may type a value that is not among the choices (a column name) */
    public boolean isChoiceEditable() {
        return spec.type() == ParameterType.COLUMN;
    }

    /** @return the hint shown in an empty field: the default value, or what a value looks like */
    public String prompt() {
        return spec.defaultValue() != null ? ParameterText.format(spec.defaultValue()) : spec.type().expected();
    }

    /** @return the parameter's description and the form of its values, for the tooltip */
    public String description() {
        return spec.description() + " (" + spec.type().expected() + ")";
    }

    /** @return the text typed; blank means absent */
    public StringProperty textProperty() {
        return text;
    }

    /** @return what is wrong with the value, empty when nothing */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    void setError(String message) {
        error.set(message == null ? "" : message);
    }
}
