package io.mlworkbench.engine.features.step;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The declaration of one step parameter: everything a form, a validator and the documentation need, written once
 * per step type.
 *
 * @param name the parameter's key in a step's parameter map, snake_case
 * @param type the kind of value
 * @param required true when the user must give a value (no default exists)
 * @param defaultValue the value used when none is given, if there is one
 * @param choices the allowed values of a CHOICE or CHOICES parameter, empty otherwise
 * @param min the smallest allowed INTEGER or DECIMAL value (negative infinity when unbounded)
 * @param max the largest allowed INTEGER or DECIMAL value (positive infinity when unbounded)
 * @param description one sentence a user reads next to the field
 */
public record ParameterSpec(String name, ParameterType type, boolean required, Optional<Object> defaultValue,
                            List<String> choices, double min, double max, String description) {

    /** Copies the choices. */
    public ParameterSpec {
        choices = List.copyOf(choices);
    }

    /**
     * @param name the key
     * @param description what the columns are for
     * @return a required list of input columns
     */
    public static ParameterSpec columns(String name, String description) {
        return new ParameterSpec(name, ParameterType.COLUMNS, true, Optional.empty(), List.of(),
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, description);
    }

    /**
     * @param name the key
     * @param description what the column is for
     * @return a required single input column
     */
    public static ParameterSpec column(String name, String description) {
        return new ParameterSpec(name, ParameterType.COLUMN, true, Optional.empty(), List.of(),
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, description);
    }

    /**
     * @param name the key
     * @param defaultValue the default, one of the choices
     * @param description what the choice means
     * @param choices the allowed values
     * @return a single-choice parameter
     */
    public static ParameterSpec choice(String name, String defaultValue, String description, String... choices) {
        return new ParameterSpec(name, ParameterType.CHOICE, false, Optional.of(defaultValue), Arrays.asList(choices),
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, description);
    }

    /**
     * @param name the key
     * @param defaultValue the default selection
     * @param description what the choices mean
     * @param choices the allowed values
     * @return a multiple-choice parameter
     */
    public static ParameterSpec choices(String name, List<String> defaultValue, String description,
                                        String... choices) {
        return new ParameterSpec(name, ParameterType.CHOICES, false, Optional.of(List.copyOf(defaultValue)),
                Arrays.asList(choices), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, description);
    }

    /**
     * @param name the key
     * @param defaultValue the default
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @param description what the number means
     * @return an optional whole-number parameter
     */
    public static ParameterSpec integer(String name, int defaultValue, int min, int max, String description) {
        return new ParameterSpec(name, ParameterType.INTEGER, false, Optional.of(defaultValue), List.of(), min, max,
                description);
    }

    /**
     * @param name the key
     * @param defaultValue the default
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @param description what the number means
     * @return an optional decimal parameter
     */
    public static ParameterSpec decimal(String name, double defaultValue, double min, double max,
                                        String description) {
        return new ParameterSpec(name, ParameterType.DECIMAL, false, Optional.of(defaultValue), List.of(), min, max,
                description);
    }

    /**
     * @param name the key
     * @param defaultValue the default
     * @param description what the switch does
     * @return an optional boolean parameter
     */
    public static ParameterSpec bool(String name, boolean defaultValue, String description) {
        return new ParameterSpec(name, ParameterType.BOOLEAN, false, Optional.of(defaultValue), List.of(),
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, description);
    }

    /**
     * @param name the key
     * @param required true when a value must be given
     * @param description what the text is
     * @return a text parameter without default
     */
    public static ParameterSpec text(String name, boolean required, String description) {
        return new ParameterSpec(name, ParameterType.TEXT, required, Optional.empty(), List.of(),
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, description);
    }

    /**
     * @param name the key
     * @param type {@link ParameterType#DECIMALS} or {@link ParameterType#TEXTS}
     * @param description what the list holds
     * @return an optional list parameter without default
     */
    public static ParameterSpec list(String name, ParameterType type, String description) {
        return new ParameterSpec(name, type, false, Optional.empty(), List.of(),
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, description);
    }

    /**
     * @param name the key
     * @param description what the expression computes
     * @return a required expression parameter
     */
    public static ParameterSpec expression(String name, String description) {
        return new ParameterSpec(name, ParameterType.EXPRESSION, true, Optional.empty(), List.of(),
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, description);
    }
}
