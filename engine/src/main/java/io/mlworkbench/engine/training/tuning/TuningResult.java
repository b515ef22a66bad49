package io.mlworkbench.engine.training.tuning;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a tuning run found.
 *
 * @param trials every trial, in finishing order
 * @param best the complete trial with the highest score, if any completed
 * @param elapsed wall-clock time of the search
 */
public record TuningResult(List<Trial> trials, Optional<Trial> best, Duration elapsed) {

    /** Copies the list. */
    public TuningResult {
        trials = List.copyOf(trials);
    }
}
