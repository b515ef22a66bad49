package io.mlworkbench.app.features;

import io.mlworkbench.engine.features.step.ParameterSpec;
import io.mlworkbench.engine.features.step.ParameterType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One field of a step's form, made from the parameter's declaration: the declaration decides the editor
 * ({@link #editor()}), the label, the hint, the choices; the user's value lives in {@link #textProperty()},
 * {@link #checkedProperty()} or {@link #selection()}, and the form sets {@link #errorProperty()}.
 */
public final class ParameterField {

    /** Which control edits a field. */
    public enum Editor {
        /** A text field (text, numbers, lists of numbers or texts, expressions). */
        TEXT,
        /** A text field for an expression in the derived-column language. */
        EXPRESSION,
        /** A drop-down of fixed choices. */
        CHOICE,
        /** A drop-down of the step's input columns. */
        COLUMN,
        /** Several of fixed choices. */
        CHOICES,
        /** Several of the step's input columns. */
        COLUMNS,
        /** A check box. */
        CHECK
    }

    private final ParameterSpec spec;
    private final ObservableList<String> options = FXCollections.observableArrayList();
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty checked = new SimpleBooleanProperty();
    private final ObservableList<String> selection = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** @param spec the parameter's declaration */
    ParameterField(ParameterSpec spec) {
        this.spec = spec;
        options.setAll(spec.choices());
    }

    /** @return the parameter's declaration */
    public ParameterSpec spec() {
        return spec;
    }

    /** @return the parameter's key, e.g. {@code add_indicator} */
    public String name() {
        return spec.name();
    }

    /** @return the label: the key in words, e.g. {@code Add indicator} */
    public String label() {
        String words = spec.name().replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** @return the declaration's description, shown under the field */
    public String help() {
        return spec.description();
    }

    /** @return what an empty field means: the default value, or nothing */
    public String prompt() {
        return spec.defaultValue().map(ParameterField::format).orElse("");
    }

    /** @return true when the step cannot run without a value */
    public boolean isRequired() {
        return spec.required();
    }

    /** @return the control that edits this field */
    public Editor editor() {
        return switch (spec.type()) {
            case COLUMN -> Editor.COLUMN;
            case COLUMNS -> Editor.COLUMNS;
            case CHOICE -> Editor.CHOICE;
            case CHOICES -> Editor.CHOICES;
            case BOOLEAN -> Editor.CHECK;
            case EXPRESSION -> Editor.EXPRESSION;
            case TEXT, INTEGER, DECIMAL, DECIMALS, TEXTS -> Editor.TEXT;
        };
    }

    /** @return the values offered: the declared choices, or the step's input columns */
    public ObservableList<String> options() {
        return options;
    }

    /** @return the typed value of a text, number, list, expression, choice or column field; blank means absent */
    public StringProperty textProperty() {
        return text;
    }

    /** @return the value of a check box */
    public BooleanProperty checkedProperty() {
        return checked;
    }

    /** @return the chosen values of a multiple-choice or multiple-column field, in choice order */
    public ObservableList<String> selection() {
        return selection;
    }

    /** @return what is wrong with the value, empty when nothing */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    void setError(String message) {
        error.set(message == null ? "" : message);
    }

    /**
     * Shows a step's value in the field (the default when the step does not give one).
     *
     * @param value the parameter's value in the step, or null
     */
    void load(Object value) {
        Object shown = value != null ? value : spec.defaultValue().orElse(null);
        switch (editor()) {
            case CHECK -> checked.set(Boolean.TRUE.equals(shown) || "true".equalsIgnoreCase(String.valueOf(shown)));
            case COLUMNS, CHOICES -> selection.setAll(asTexts(shown));
            case CHOICE -> text.set(shown == null ? "" : shown.toString());
            default -> text.set(value == null ? "" : format(value));
        }
    }

    /** @return the field's value for the step's parameter map, or null when the field is empty */
    Object value() {
        return switch (editor()) {
            case CHECK -> checked.get();
            case COLUMNS, CHOICES -> selection.isEmpty() ? null : List.copyOf(selection);
            default -> text.get() == null || text.get().isBlank() ? null : text.get();
        };
    }

    /**
     * @param value a parameter value as a step holds it
     * @return it as the text a field shows: lists comma-separated, whole numbers without ".0"
     */
    static String format(Object value) {
        if (value instanceof Collection<?> list) {
            return list.stream().map(ParameterField::format).collect(Collectors.joining(", "));
        }
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(value);
    }

    private static List<String> asTexts(Object value) {
        List<String> texts = new ArrayList<>();
        if (value instanceof Collection<?> list) {
            list.forEach(v -> texts.add(String.valueOf(v)));
        } else if (value != null && !value.toString().isBlank()) {
            for (String part : value.toString().split(",")) {
                texts.add(part.strip());
            }
        }
        return texts;
    }

    /** @return true when this field names input columns */
    boolean namesColumns() {
        return spec.type() == ParameterType.COLUMN || spec.type() == ParameterType.COLUMNS;
    }
}
