package io.mlworkbench.engine.training.tuning;

import io.mlworkbench.engine.training.algorithm.AlgorithmSpec;
import io.mlworkbench.engine.training.algorithm.HyperParameter;
import io.mlworkbench.engine.training.algorithm.InvalidParameterException;
import io.mlworkbench.engine.training.algorithm.ParameterValues;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a tuning run varies: some of an algorithm's declared parameters, over their declared ranges; the others
 * keep fixed values.
 *
 * @param algorithm the algorithm's declaration
 * @param tuned the parameters varied
 * @param fixed values of every parameter, used for those not varied
 */
public record SearchSpace(AlgorithmSpec algorithm, List<HyperParameter> tuned, ParameterValues fixed) {

    /** Copies the list. */
    public SearchSpace {
        tuned = List.copyOf(tuned);
    }

    /**
     * @param algorithm the algorithm
     * @param names the parameters to vary; empty for all
     * @param fixed values for the rest (defaults where missing)
     * @return the space
     * @throws InvalidParameterException for an unknown parameter name
     */
    public static SearchSpace of(AlgorithmSpec algorithm, List<String> names, Map<String, ?> fixed) {
        List<HyperParameter> tuned = names.isEmpty() ? algorithm.parameters() : names.stream()
                .map(n -> algorithm.parameter(n).orElseThrow(() -> new InvalidParameterException("Algorithm '"
                        + algorithm.id() + "' has no parameter '" + n + "' to tune; its parameters are "
                        + algorithm.parameters().stream().map(HyperParameter::name).toList())))
                .toList();
        return new SearchSpace(algorithm, tuned, algorithm.resolve(fixed));
    }

    /**
     * @param varied values of (some of) the tuned parameters
     * @return complete, validated values: {@code varied} over the fixed ones
     */
    public ParameterValues with(Map<String, Object> varied) {
        Map<String, Object> all = new HashMap<>(fixed.values());
        all.putAll(varied);
        return algorithm.resolve(all);
    }
}
