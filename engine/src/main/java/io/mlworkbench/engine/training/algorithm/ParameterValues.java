package io.mlworkbench.engine.training.algorithm;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Validated hyperparameter values of one algorithm, every declared parameter present, sorted by name.
 *
 * @param values parameter name to value (Integer, Double or String)
 */
public record ParameterValues(Map<String, Object> values) {

    /** Copies the map into a sorted, unmodifiable one. */
    public ParameterValues {
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /**
     * @param name a parameter name
     * @return its value as an int
     */
    public int intValue(String name) {
        return ((Number) require(name)).intValue();
    }

    /**
     * @param name a parameter name
     * @return its value as a double
     */
    public double doubleValue(String name) {
        return ((Number) require(name)).doubleValue();
    }

    /**
     * @param name a parameter name
     * @return its value as text
     */
    public String stringValue(String name) {
        return String.valueOf(require(name));
    }

    private Object require(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("No value for parameter " + name + " in " + values);
        }
        return v;
    }
}
