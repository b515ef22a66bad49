package io.mlworkbench.engine.features;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.features.step.BoundStep;
import io.mlworkbench.engine.features.step.FeatureStepException;
import io.mlworkbench.engine.features.step.FittedStep;
import io.mlworkbench.engine.features.step.RowBuffer;
import java.util.ArrayList;
import java.util.List;

/** The fitted steps bound one after another, from the input layout to the output layout. Immutable. */
final class BoundPipeline {

    private final DatasetSchema input;
    private final List<BoundStep> steps;

    BoundPipeline(DatasetSchema input, List<FittedStep> fitted, List<StepSpec> specs) {
        this.input = input;
        List<BoundStep> bound = new ArrayList<>();
        DatasetSchema layout = input;
        for (int i = 0; i < fitted.size(); i++) {
            try {
                BoundStep b = fitted.get(i).bind(layout);
                bound.add(b);
                layout = b.output();
            } catch (FeatureStepException e) {
                throw e;
            } catch (WorkbenchException e) {
                throw new FeatureStepException(i, i < specs.size() ? specs.get(i).kind() : "?", e.getMessage(), e);
            }
        }
        this.steps = List.copyOf(bound);
    }

    DatasetSchema input() {
        return input;
    }

    DatasetSchema output() {
        return steps.isEmpty() ? input : steps.get(steps.size() - 1).output();
    }

    /** @return one buffer per layout (input, then each step's output), for one thread's use */
    RowBuffer[] newBuffers() {
        RowBuffer[] buffers = new RowBuffer[steps.size() + 1];
        buffers[0] = new RowBuffer(input.size());
        for (int i = 0; i < steps.size(); i++) {
            buffers[i + 1] = new RowBuffer(steps.get(i).output().size());
        }
        return buffers;
    }

    /**
     * Runs every step on the row in {@code buffers[0]}.
     *
     * @param buffers from {@link #newBuffers()}
     * @return the buffer holding the output row
     */
    RowBuffer run(RowBuffer[] buffers) {
        for (int i = 0; i < steps.size(); i++) {
            steps.get(i).apply(buffers[i], buffers[i + 1]);
        }
        return buffers[steps.size()];
    }
}
