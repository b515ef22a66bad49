package io.mlworkbench.engine.features;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.features.step.BoundStep;
import io.mlworkbench.engine.features.step.FeatureStepException;
import io.mlworkbench.engine.features.step.FitContext;
import io.mlworkbench.engine.features.step.FitOutcome;
import io.mlworkbench.engine.features.step.FittedStep;
import io.mlworkbench.engine.features.step.ParameterSpec;
import io.mlworkbench.engine.features.step.ParameterType;
import io.mlworkbench.engine.features.step.RowBuffer;
import io.mlworkbench.engine.features.step.StepCatalog;
import io.mlworkbench.engine.features.step.StepParameters;
import io.mlworkbench.engine.features.step.StepType;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Fits pipeline definitions: each step learns its state from the training rows only, as transformed by the steps
 * before it. Rows outside the training selection are never read, so validation and test rows cannot leak into
 * any fitted statistic.
 */
public final class PipelineFitter {

    private final StepCatalog catalog;

    /** @param catalog the step types definitions may use */
    public PipelineFitter(StepCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Checks every step's kind and parameters without fitting (for the editor).
     *
     * @param definition the definition
     * @throws FeatureStepException naming the first bad step
     */
    public void check(PipelineDefinition definition) {
        for (int i = 0; i < definition.steps().size(); i++) {
            checkedParameters(definition, i);
        }
    }

    /**
     * Fits on all rows of a training table.
     *
     * @param definition the pipeline definition
     * @param training the training rows, with the target column when the definition names one
     * @param seed the random seed (fold assignment of out-of-fold target encoding)
     * @return the fitted pipeline and the transformed training rows
     */
    public FitResult fit(PipelineDefinition definition, Table training, long seed) {
        return fit(definition, training, IntStream.range(0, training.rowCount()).toArray(), seed,
                ProgressListener.ignoring(), CancellationToken.never());
    }

    /**
     * Fits on selected rows of a table (the training split); the other rows are not read.
     *
     * @param definition the pipeline definition
     * @param table the whole table
     * @param trainingRows the 0-based indices of the training rows
     * @param seed the random seed
     * @param progress receives steps done / total
     * @param cancel checked before each step
     * @return the fitted pipeline and the transformed training rows
     */
    public FitResult fit(PipelineDefinition definition, Table table, int[] trainingRows, long seed,
                         ProgressListener progress, CancellationToken cancel) {
        if (trainingRows.length == 0) {
            throw new WorkbenchException("A pipeline needs at least one training row to learn from");
        }
        Table training = TableRows.select(table, trainingRows);
        Column target = null;
        if (definition.target() != null) {
            if (training.schema().indexOf(definition.target()) < 0) {
                throw new WorkbenchException("The target column '" + definition.target() + "' is not in the table; its"
                        + " columns are " + training.schema().names());
            }
            target = training.column(definition.target());
        }
        Table current = withoutColumn(training, definition.target());
        DatasetSchema inputSchema = current.schema();
        List<FittedStep> fitted = new ArrayList<>();
        int total = definition.steps().size();
        for (int i = 0; i < total; i++) {
            cancel.throwIfCancelled("fitting the feature pipeline");
            String kind = definition.steps().get(i).kind();
            progress.progress(i, total, "Fitting step " + (i + 1) + " of " + total + " (" + kind + ")");
            StepParameters parameters = checkedParameters(definition, i);
            try {
                FitOutcome outcome = catalog.find(kind).fit(parameters, new FitContext(current, target, seed));
                BoundStep bound = outcome.fitted().bind(current.schema());
                current = transformWith(bound, current);
                for (Map.Entry<String, double[]> e : outcome.trainingOverrides().entrySet()) {
                    current = TableRows.replaceNumbers(current, e.getKey(), e.getValue());
                }
                fitted.add(outcome.fitted());
            } catch (FeatureStepException e) {
                throw e;
            } catch (WorkbenchException e) {
                throw new FeatureStepException(i, kind, e.getMessage(), e);
            }
        }
        progress.progress(total, total, "Fitted " + total + " steps");
        FittedPipelineState state = new FittedPipelineState(FittedPipelineState.CURRENT_FORMAT, definition,
                inputSchema.columns().stream().map(FeatureColumn::of).toList(),
                target == null ? null : FeatureColumn.of(target.schema()), seed, trainingRows.length, fitted);
        Table transformed = target == null ? current : TableRows.append(current, target);
        return new FitResult(new FittedPipeline(state), transformed);
    }

    private StepParameters checkedParameters(PipelineDefinition definition, int index) {
        StepSpec spec = definition.steps().get(index);
        try {
            StepType type = catalog.find(spec.kind());
            StepParameters parameters = StepParameters.check(type.parameters(), spec.params());
            if (definition.target() != null) {
                for (ParameterSpec p : type.parameters()) {
                    boolean names = p.type() == ParameterType.COLUMN
                            ? definition.target().equals(parameters.optionalText(p.name()).orElse(null))
                            : p.type() == ParameterType.COLUMNS && parameters.texts(p.name())
                            .contains(definition.target());
                    if (names) {
                        throw new WorkbenchException("column '" + definition.target() + "' is the pipeline's target;"
                                + " steps cannot read or change it (it is passed through unchanged)");
                    }
                }
            }
            return parameters;
        } catch (FeatureStepException e) {
            throw e;
        } catch (WorkbenchException e) {
            throw new FeatureStepException(index, spec.kind(), e.getMessage(), e);
        }
    }

    private static Table transformWith(BoundStep step, Table table) {
        TableRows.Reader reader = new TableRows.Reader(table, table.schema());
        TableRows.Writer writer = new TableRows.Writer(step.output(), table.rowCount());
        RowBuffer in =
                new RowBuffer(table.schema().size());
        RowBuffer out =
                new RowBuffer(step.output().size());
        for (int r = 0; r < table.rowCount(); r++) {
            reader.read(r, in);
            step.apply(in, out);
            writer.write(out);
        }
        return writer.build();
    }

    private static Table withoutColumn(Table table, String name) {
        if (name == null) {
            return table;
        }
        List<ColumnSchema> schemas = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < table.schema().size(); i++) {
            if (!table.schema().column(i).name().equals(name)) {
                schemas.add(table.schema().column(i));
                columns.add(table.column(i));
            }
        }
        return new Table(new DatasetSchema(schemas), columns);
    }
}
