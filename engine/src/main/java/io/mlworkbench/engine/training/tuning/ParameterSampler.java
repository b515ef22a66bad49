package io.mlworkbench.engine.training.tuning;

import io.mlworkbench.engine.training.algorithm.ParameterValues;
import java.util.List;
import java.util.Optional;

/** Chooses the next trial's hyperparameters from the trials so far. Called from one thread at a time. */
public interface ParameterSampler {

    /**
     * @param history the trials finished so far, in finishing order
     * @return the next values, or empty when the sampler has nothing left to try (a finished grid)
     */
    Optional<ParameterValues> next(List<Trial> history);
}
