package io.mlworkbench.engine.serving;

import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.features.FittedPipeline;
import io.mlworkbench.engine.registry.ModelVersion;
import io.mlworkbench.engine.registry.bundle.InputField;
import io.mlworkbench.engine.training.TrainedModel;
import io.mlworkbench.engine.training.TrainedModel.RowPrediction;
import io.mlworkbench.engine.training.algorithm.TaskType;
import io.mlworkbench.engine.training.encoding.EncodedColumn;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A registered version loaded for scoring: its Tribuo model with the fitted encoding and, when it was trained on a
 * feature set, the fitted feature pipeline that runs first. Immutable and safe to call from many threads, so a
 * server loads it once per deployment and keeps it.
 *
 * <p>Input columns: the pipeline's input columns when there is a pipeline, else the encoded columns (numbers as
 * DECIMAL, the rest CATEGORICAL). Missing values and unseen categories are scored as {@code docs/features.md}
 * describes; only an absent column (in a table) or a value of the wrong kind is refused.
 */
public final class LoadedModel {

    private final ModelVersion version;
    private final TrainedModel model;
    private final Optional<FittedPipeline> pipeline;
    private final DatasetSchema inputs;

    /**
     * @param version the registered version
     * @param model its model and encoding
     * @param pipeline the fitted feature pipeline it was trained behind, if any
     */
    public LoadedModel(ModelVersion version, TrainedModel model, Optional<FittedPipeline> pipeline) {
        this.version = version;
        this.model = model;
        this.pipeline = pipeline;
        this.inputs = pipeline.map(FittedPipeline::inputSchema).orElseGet(() -> new DatasetSchema(
                model.encoding().columns().stream().map(LoadedModel::column).toList()));
    }

    private static ColumnSchema column(EncodedColumn c) {
        return ColumnSchema.feature(c.name(), c.kind() == EncodedColumn.Kind.NUMERIC ? ColumnType.DECIMAL
                : ColumnType.CATEGORICAL);
    }

    /** @return the version this model is */
    public ModelVersion version() {
        return version;
    }

    /** @return classification or regression */
    public TaskType task() {
        return model.encoding().task();
    }

    /** @return for classification the class labels in sorted order (the keys of every prediction's scores) */
    public List<String> classLabels() {
        return model.encoding().classLabels();
    }

    /** @return the target column's name (the name of what is predicted) */
    public String target() {
        return model.encoding().target();
    }

    /** @return the columns a caller supplies, with their types, in the model's order */
    public DatasetSchema inputSchema() {
        return inputs;
    }

    /**
     * @return the input columns as a bundle manifest states them; categories are listed for a model without a
     *     feature pipeline (with one, the pipeline's steps decide what happens to each value)
     */
    public List<InputField> inputFields() {
        if (pipeline.isEmpty()) {
            return model.encoding().columns().stream().map(InputField::of).toList();
        }
        return inputs.columns().stream().map(c -> InputField.raw(c.name(), c.type())).toList();
    }

    /** @return the fitted feature pipeline that runs before the model, if any */
    public Optional<FittedPipeline> pipeline() {
        return pipeline;
    }

    /**
     * Scores every row of a table.
     *
     * @param table rows holding every input column (extra columns, e.g. the target, are ignored)
     * @return one prediction per row, in order
     * @throws ScoringInputException naming an absent column, or the row and column of a value of the wrong kind
     */
    public List<RowPrediction> score(Table table) {
        return predict(ScoringInput.conform(inputs, table, version.uri().toString()));
    }

    /**
     * Scores serving rows (what JSON requests carry).
     *
     * @param rows field name to value; an absent or null field is a missing value, unknown fields are ignored
     * @return one prediction per row, in order
     * @throws ScoringInputException naming the row and column of a value of the wrong kind
     */
    public List<RowPrediction> scoreRows(List<? extends Map<String, ?>> rows) {
        return predict(ScoringInput.fromRows(inputs, rows));
    }

    private List<RowPrediction> predict(Table conformed) {
        Table features = pipeline.map(p -> p.transform(conformed)).orElse(conformed);
        return model.predict(features, IntStream.range(0, features.rowCount()).toArray());
    }
}
