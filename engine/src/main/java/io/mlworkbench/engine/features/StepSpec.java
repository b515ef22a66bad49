package io.mlworkbench.engine.features;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One step of a pipeline definition, as the user configured it: its kind and its parameter values (checked
 * against the kind's declarations when the pipeline is fitted).
 *
 * @param kind the step kind, e.g. {@code impute}
 * @param params the parameter values by name: strings, numbers, booleans or lists of them
 */
public record StepSpec(String kind, Map<String, Object> params) {

    /** Copies the parameters, keeping their order. */
    public StepSpec {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params == null ? Map.of() : params));
    }

    /**
     * @param kind the step kind
     * @param keysAndValues alternating parameter names and values
     * @return the step
     */
    public static StepSpec of(String kind, Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come in name/value pairs");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            params.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new StepSpec(kind, params);
    }
}
