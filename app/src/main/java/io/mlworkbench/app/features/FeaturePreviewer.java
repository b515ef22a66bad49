package io.mlworkbench.app.features;

import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.StringColumn;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.features.FitResult;
import io.mlworkbench.engine.features.FittedPipeline;
import io.mlworkbench.engine.features.PipelineDefinition;
import io.mlworkbench.engine.features.PipelineFitter;
import io.mlworkbench.engine.features.step.FeatureStepException;
import io.mlworkbench.engine.features.step.FittedStep;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Computes the editor's preview off the UI thread: fits the steps on the training rows only (the engine never
 * reads the other rows), transforms the first rows, and records the columns before each step. When a step cannot
 * be fitted, the preview covers the steps before it and carries the failure.
 */
final class FeaturePreviewer {

    /** How many leading rows the preview table shows. */
    static final int HEAD_ROWS = 25;

    private final PipelineFitter fitter;

    /** @param fitter fits definitions */
    FeaturePreviewer(PipelineFitter fitter) {
        this.fitter = fitter;
    }

    /**
     * @param table the dataset version's rows
     * @param split the training rows
     * @param definition the steps and target
     * @param progress receives fitting progress
     * @param cancel checked per step
     * @return the preview
     * @throws io.mlworkbench.engine.WorkbenchException when the pipeline cannot be fitted at all (e.g. the target
     *     is not in the table)
     */
    PipelinePreview preview(Table table, TrainingSplit split, PipelineDefinition definition, ProgressListener progress,
                            CancellationToken cancel) {
        long started = System.nanoTime();
        Optional<FeatureStepException> failure = Optional.empty();
        PipelineDefinition covered = definition;
        FitResult fit;
        try {
            fit = fitter.fit(definition, table, split.rows(), split.seed(), progress, cancel);
        } catch (FeatureStepException e) {
            failure = Optional.of(e);
            covered = definition.firstSteps(e.stepIndex());
            fit = fitter.fit(covered, table, split.rows(), split.seed(), progress, cancel);
        }
        FittedPipeline pipeline = fit.pipeline();
        List<List<String>> inputs = new ArrayList<>();
        // the columns before each covered step, then after the last one (the input of the failing or next step)
        DatasetSchema layout = pipeline.inputSchema();
        for (FittedStep step : pipeline.state().steps()) {
            inputs.add(layout.names());
            layout = step.bind(layout).output();
        }
        inputs.add(layout.names());
        Table head = pipeline.transform(head(table, HEAD_ROWS), ProgressListener.ignoring(), cancel);
        return new PipelinePreview(inputs, failure, covered.steps().size(), head, table, split, fit.training(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * @param table a table
     * @param rows how many leading rows to keep
     * @return its first rows
     */
    static Table head(Table table, int rows) {
        int n = Math.min(rows, table.rowCount());
        List<Column> columns = new ArrayList<>();
        for (Column column : table.columns()) {
            if (column instanceof NumericColumn numbers) {
                columns.add(new NumericColumn(numbers.schema(), numbers.toArray(), n));
            } else {
                StringColumn strings = (StringColumn) column;
                int[] codes = new int[n];
                for (int r = 0; r < n; r++) {
                    codes[r] = strings.code(r);
                }
                columns.add(new StringColumn(strings.schema(), codes, strings.dictionary(), n));
            }
        }
        return new Table(table.schema(), columns);
    }
}
