package io.mlworkbench.engine.training.algorithm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The declaration of one algorithm: what it is called, which task it solves and its hyperparameters.
 *
 * @param id a stable identifier used in run records and on the command line, e.g. {@code random_forest}
 * @param displayName the name shown to users
 * @param task classification or regression
 * @param description one or two sentences for the GUI
 * @param parameters the hyperparameters, in display order
 * @param scalesInputs true when numeric inputs should be standardised for it (linear models, k-NN)
 * @param needsNonNegativeInputs true when it only accepts non-negative inputs (multinomial naive Bayes)
 */
public record AlgorithmSpec(String id, String displayName, TaskType task, String description,
                            List<HyperParameter> parameters, boolean scalesInputs, boolean needsNonNegativeInputs) {

    /** Copies the parameter list. */
    public AlgorithmSpec {
        parameters = List.copyOf(parameters);
    }

    /**
     * @param name a parameter name
     * @return the declaration, if this algorithm has such a parameter
     */
    public Optional<HyperParameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** @return every parameter at its default */
    public ParameterValues defaults() {
        return resolve(Map.of());
    }

    /**
     * Validates user-given values and fills in defaults for the rest.
     *
     * @param given parameter name to value (numbers, or text as typed)
     * @return the complete, validated values
     * @throws InvalidParameterException naming an unknown parameter or a bad value
     */
    public ParameterValues resolve(Map<String, ?> given) {
        for (String name : given.keySet()) {
            if (parameter(name).isEmpty()) {
                throw new InvalidParameterException("Algorithm '" + id + "' has no parameter '" + name
                        + "'; its parameters are " + parameters.stream().map(HyperParameter::name).toList());
            }
        }
        Map<String, Object> values = new HashMap<>();
        for (HyperParameter p : parameters) {
            Object v = given.get(p.name());
            values.put(p.name(), v == null ? p.defaultValue() : p.validate(v));
        }
        return new ParameterValues(values);
    }
}
