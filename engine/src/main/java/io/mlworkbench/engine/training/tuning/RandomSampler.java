package io.mlworkbench.engine.training.tuning;

import io.mlworkbench.engine.training.algorithm.HyperParameter;
import io.mlworkbench.engine.training.algorithm.ParameterValues;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** Draws each tuned parameter independently and uniformly over its range (log-uniform where declared). */
public final class RandomSampler implements ParameterSampler {

    private final SearchSpace space;
    private final Random random;

    /**
     * @param space the search space
     * @param seed the seed
     */
    public RandomSampler(SearchSpace space, long seed) {
        this.space = space;
        this.random = new Random(seed);
    }

    @Override
    public Optional<ParameterValues> next(List<Trial> history) {
        Map<String, Object> values = new HashMap<>();
        for (HyperParameter p : space.tuned()) {
            values.put(p.name(), p.fromUnit(random.nextDouble()));
        }
        return Optional.of(space.with(values));
    }
}
