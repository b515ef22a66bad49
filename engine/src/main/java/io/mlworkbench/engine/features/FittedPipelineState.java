package io.mlworkbench.engine.features;

import io.mlworkbench.engine.features.step.FittedStep;
import java.util.List;

/**
 * Everything a fitted pipeline learned, as plain data: what is stored as {@code fitted_state_json}.
 *
 * @param format the JSON format version ({@link #CURRENT_FORMAT})
 * @param definition the definition it was fitted from
 * @param inputColumns the columns it reads (the training table's columns without the target), in order
 * @param target the target column, null when the pipeline has none
 * @param seed the random seed used when fitting
 * @param trainingRows how many training rows it learned from
 * @param steps the fitted state of each step, in order
 */
public record FittedPipelineState(int format, PipelineDefinition definition, List<FeatureColumn> inputColumns,
                                  FeatureColumn target, long seed, long trainingRows, List<FittedStep> steps) {

    /** The format this build writes and reads. */
    public static final int CURRENT_FORMAT = 1;

    /** Copies the lists. */
    public FittedPipelineState {
        inputColumns = List.copyOf(inputColumns);
        steps = List.copyOf(steps);
    }
}
