package io.mlworkbench.engine.features.step;

import io.mlworkbench.engine.WorkbenchException;

/**
 * A pipeline step cannot be defined, fitted or bound: a bad parameter, a missing column, a column of the wrong
 * type. Carries the 0-based index of the offending step so the GUI can mark it.
 */
public final class FeatureStepException extends WorkbenchException {

    private static final long serialVersionUID = 1L;

    private final int stepIndex;

    /**
     * @param stepIndex the 0-based index of the step in its pipeline
     * @param kind the step's kind, e.g. {@code impute}
     * @param problem what is wrong and what was expected
     * @param cause the underlying failure, or null
     */
    public FeatureStepException(int stepIndex, String kind, String problem, Throwable cause) {
        super("Step " + (stepIndex + 1) + " (" + kind + "): " + problem, cause);
        this.stepIndex = stepIndex;
    }

    /** @return the 0-based index of the offending step */
    public int stepIndex() {
        return stepIndex;
    }
}
