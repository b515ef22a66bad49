package io.mlworkbench.engine.features;

import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.features.step.StepCatalog;
import java.util.List;
import java.util.Map;

/** Fits one step (and the target, if given) on a table, for step tests. */
public final class StepHarness {

    private StepHarness() {
    }

    /**
     * @param table the training rows
     * @param target the target column or null
     * @param step the step
     * @return the fit result
     */
    public static FitResult fit(Table table, String target, StepSpec step) {
        return new PipelineFitter(StepCatalog.standard()).fit(PipelineDefinition.of(target, List.of(step)), table, 11);
    }

    /**
     * @param table the training rows
     * @param step the step
     * @param row a serving row
     * @return the transformed row
     */
    public static Map<String, Object> row(Table table, StepSpec step, Map<String, ?> row) {
        return fit(table, null, step).pipeline().transformRow(row);
    }
}
