package io.mlworkbench.app.features;

import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.features.step.FeatureStepException;
import java.util.List;
import java.util.Optional;

/**
 * What the preview learned about the current steps: the columns before each step (for the column pickers), the
 * first rows transformed, and the training rows before and after (for the distributions). When a step fails to
 * fit, everything describes the steps before it and {@link #failure()} says what went wrong.
 *
 * @param stepInputs the column names before each covered step, then after the last one (before the failing or
 *     the next step)
 * @param failure why a step could not be fitted, if one could not
 * @param fittedSteps how many steps the preview covers
 * @param head the first rows transformed by those steps
 * @param raw the table as it came (with the target)
 * @param split the training rows
 * @param training the training rows transformed by those steps
 * @param millis how long fitting and transforming took
 */
record PipelinePreview(List<List<String>> stepInputs, Optional<FeatureStepException> failure, int fittedSteps,
                       Table head, Table raw, TrainingSplit split, Table training, long millis) {

    /** Copies the lists. */
    PipelinePreview {
        stepInputs = stepInputs.stream().map(List::copyOf).toList();
    }
}
