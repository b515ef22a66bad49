package io.mlworkbench.engine.features.step;

import java.util.Map;

/**
 * What fitting a step produced.
 *
 * @param fitted the learned state
 * @param trainingOverrides output columns whose values for the training rows differ from what {@link
 *                          FittedStep#bind bound} state computes (out-of-fold target encoding), by column name, one
 *                          value per training row; empty for most steps
 */
public record FitOutcome(FittedStep fitted, Map<String, double[]> trainingOverrides) {

    /** Copies the overrides map. */
    public FitOutcome {
        trainingOverrides = Map.copyOf(trainingOverrides);
    }

    /**
     * @param fitted the learned state
     * @return an outcome without training overrides
     */
    public static FitOutcome of(FittedStep fitted) {
        return new FitOutcome(fitted, Map.of());
    }
}
