package io.mlworkbench.engine.validation;

/**
 * The declaration of one rule parameter: the rule editor builds its form from these, and
 * {@link ExpectationCatalog#check} checks arguments against them.
 *
 * @param name the GX keyword name, e.g. {@code min_value}
 * @param type the kind of value
 * @param required whether a rule must give it
 * @param defaultValue the value used when absent (null when there is none)
 * @param description one sentence for the form's tooltip
 */
public record ParameterSpec(String name, ParameterType type, boolean required, Object defaultValue,
                            String description) {

    /**
     * @param name the keyword name
     * @param type the kind of value
     * @param description one sentence
     * @return a required parameter
     */
    public static ParameterSpec required(String name, ParameterType type, String description) {
        return new ParameterSpec(name, type, true, null, description);
    }

    /**
     * @param name the keyword name
     * @param type the kind of value
     * @param defaultValue the value when absent, or null
     * @param description one sentence
     * @return an optional parameter
     */
    public static ParameterSpec optional(String name, ParameterType type, Object defaultValue, String description) {
        return new ParameterSpec(name, type, false, defaultValue, description);
    }
}
