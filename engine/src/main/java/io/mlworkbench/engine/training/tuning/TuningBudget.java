package io.mlworkbench.engine.training.tuning;

import io.mlworkbench.engine.WorkbenchException;
import java.time.Duration;

/**
 * When tuning stops: after a number of trials or a length of time, whichever comes first. Trials running when
 * the time is up are finished.
 *
 * @param maxTrials trials at most, at least 1
 * @param maxTime wall-clock time at most
 */
public record TuningBudget(int maxTrials, Duration maxTime) {

    /** Checks the limits. */
    public TuningBudget {
        if (maxTrials < 1 || maxTime == null || maxTime.isNegative() || maxTime.isZero()) {
            throw new WorkbenchException("A tuning budget needs at least 1 trial and a positive time; got "
                    + maxTrials + " trials and " + maxTime);
        }
    }

    /**
     * @param trials trials at most
     * @return a budget of that many trials and no practical time limit
     */
    public static TuningBudget trials(int trials) {
        return new TuningBudget(trials, Duration.ofDays(365));
    }
}
