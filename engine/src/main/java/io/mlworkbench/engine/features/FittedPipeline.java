package io.mlworkbench.engine.features;

import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.features.step.RowBuffer;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A pipeline fitted on training rows, ready to transform. The batch path ({@link #transform(Table)}) and the
 * serving path ({@link #transformRow(Map)}) run the same bound steps row by row, so they give identical values.
 * Immutable and thread-safe: each call uses its own row buffers.
 *
 * <p>Output: the feature columns in the order the steps leave them (columns keep their roles; new columns are
 * FEATUREs), then, in the batch path, the target column unchanged when the input table has it.
 */
public final class FittedPipeline {

    /** Rows transformed between two cancellation checks and progress reports. */
    static final int ROW_GROUP = 16_384;

    private final FittedPipelineState state;
    private final BoundPipeline bound;

    /**
     * @param state the learned state (e.g. read from JSON)
     * @throws io.mlworkbench.engine.features.step.FeatureStepException when a step does not fit its input layout
     */
    public FittedPipeline(FittedPipelineState state) {
        this.state = state;
        DatasetSchema input = new DatasetSchema(state.inputColumns().stream().map(FeatureColumn::toSchema).toList());
        this.bound = new BoundPipeline(input, state.steps(), state.definition().steps());
    }

    /** @return the learned state, as stored */
    public FittedPipelineState state() {
        return state;
    }

    /** @return the columns the pipeline reads (without the target) */
    public DatasetSchema inputSchema() {
        return bound.input();
    }

    /** @return the feature columns it writes (without the target) */
    public DatasetSchema outputSchema() {
        return bound.output();
    }

    /** @return the target column, if the pipeline has one */
    public Optional<ColumnSchema> target() {
        return Optional.ofNullable(state.target()).map(FeatureColumn::toSchema);
    }

    /**
     * Transforms a whole table.
     *
     * @param table rows with (at least) the input columns; extra columns are ignored, the target is passed through
     * @return the transformed rows
     */
    public Table transform(Table table) {
        return transform(table, ProgressListener.ignoring(), CancellationToken.never());
    }

    /**
     * Transforms a whole table in row groups, reporting progress and checking for cancellation per group.
     *
     * @param table rows with (at least) the input columns
     * @param progress receives rows done / total
     * @param cancel checked per row group
     * @return the transformed rows
     */
    public Table transform(Table table, ProgressListener progress, CancellationToken cancel) {
        TableRows.Reader reader = new TableRows.Reader(table, bound.input());
        int n = table.rowCount();
        TableRows.Writer writer = new TableRows.Writer(bound.output(), n);
        RowBuffer[] buffers = bound.newBuffers();
        for (int start = 0; start < n; start += ROW_GROUP) {
            cancel.throwIfCancelled("feature transform");
            int end = Math.min(n, start + ROW_GROUP);
            for (int r = start; r < end; r++) {
                reader.read(r, buffers[0]);
                writer.write(bound.run(buffers));
            }
            progress.progress(end, n, "Transformed " + end + " of " + n + " rows");
        }
        Table out = writer.build();
        if (state.target() != null && table.schema().indexOf(state.target().name()) >= 0) {
            out = TableRows.append(out, table.column(state.target().name()));
        }
        return out;
    }

    /**
     * Transforms a stream of row groups one at a time, so memory stays bounded by the group size whatever the
     * number of rows.
     *
     * @param groups the input row groups
     * @param sink receives each transformed group, in order
     * @param progress receives rows done so far (total unknown: -1)
     * @param cancel checked per group
     * @return the number of rows transformed
     */
    public long transformGroups(Iterator<Table> groups, Consumer<Table> sink, ProgressListener progress,
                                CancellationToken cancel) {
        long done = 0;
        while (groups.hasNext()) {
            cancel.throwIfCancelled("feature transform");
            Table group = groups.next();
            sink.accept(transform(group, ProgressListener.ignoring(), cancel));
            done += group.rowCount();
            progress.progress(done, -1, "Transformed " + done + " rows");
        }
        return done;
    }

    /**
     * Transforms one serving row. Never fails for missing fields or unseen categories (each step defines their
     * result); fails only for a value of the wrong kind (text where a number is needed).
     *
     * @param row field name to value; absent or null fields are missing, unknown fields ignored
     * @return the feature values by output column, in output order (numbers as Double, labels as String, missing
     *         as null)
     */
    public Map<String, Object> transformRow(Map<String, ?> row) {
        RowBuffer[] buffers = bound.newBuffers();
        RowValues.fill(bound.input(), row, buffers[0]);
        return RowValues.toMap(bound.output(), bound.run(buffers));
    }
}
