package io.mlworkbench.engine.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlworkbench.engine.WorkbenchException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads the training side of a model version: the run, its project and experiment, dataset version,
 * feature pipeline version, metrics and model blob. The training engine writes these rows; the registry
 * only reads them.
 */
public final class LineageRepository {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String DATASET_COLUMNS = "dv.id AS dv_id, d.name AS dataset_name, dv.version_no AS dv_no,"
            + " dv.content_hash, dv.row_count";
    private static final String DATASET_JOINS = " LEFT JOIN dataset_version dv ON dv.id = r.dataset_version_id"
            + " LEFT JOIN dataset d ON d.id = dv.dataset_id";

    private final Jdbi jdbi;

    /** @param jdbi the registry's Jdbi */
    public LineageRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * @param runId a training run
     * @return its status, whether it stored a model, its algorithm and its dataset version; empty when there is no
     *         such run
     */
    Optional<RunFacts> findRunFacts(long runId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT r.id, r.status, r.model_blob_id, r.algorithm, "
                        + DATASET_COLUMNS
                        + " FROM training_run r" + DATASET_JOINS + " WHERE r.id = :run")
                .bind("run", runId)
                .map((rs, ctx) -> {
                    rs.getLong("model_blob_id");
                    boolean hasModel = !rs.wasNull();
                    return new RunFacts(rs.getLong("id"), rs.getString("status"), hasModel, rs.getString("algorithm"),
                            dataset(rs));
                }).findOne());
    }

    /**
     * Assembles a version's lineage.
     *
     * @param version a registered version
     * @return its lineage
     * @throws WorkbenchException when the version has no run or the run's stored hyperparameters are not JSON
     */
    public ModelLineage find(ModelVersion version) {
        long runId = version.runId().orElseThrow(() -> new WorkbenchException("Version " + version.uri()
                + " records no training run, so it has no lineage to show"));
        return jdbi.withHandle(h -> {
            List<RunMetric> metrics = h.createQuery("SELECT split_name, metric_name, step_no, metric_value"
                            + " FROM run_metric WHERE run_id = :run ORDER BY split_name, metric_name, step_no")
                    .bind("run", runId)
                    .map((rs, ctx) -> new RunMetric(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getDouble(4)))
                    .list();
            return h.createQuery("SELECT r.id, r.algorithm, r.params_json, r.seed, r.provenance_json, r.created_by,"
                            + " r.started_at, r.finished_at, e.name AS experiment_name, p.name AS project_name, "
                            + DATASET_COLUMNS + ", pv.id AS pv_id, fp.name AS pipeline_name, pv.version_no AS pv_no,"
                            + " b.sha256 AS model_sha256"
                            + " FROM training_run r JOIN experiment e ON e.id = r.experiment_id"
                            + " JOIN project p ON p.id = e.project_id" + DATASET_JOINS
                            + " LEFT JOIN feature_pipeline_version pv ON pv.id = r.pipeline_version_id"
                            + " LEFT JOIN feature_pipeline fp ON fp.id = pv.pipeline_id"
                            + " LEFT JOIN blob b ON b.id = r.model_blob_id WHERE r.id = :run")
                    .bind("run", runId)
                    .map((rs, ctx) -> lineage(rs, version, metrics))
                    .findOne()
                    .orElseThrow(() -> new WorkbenchException("Version " + version.uri() + " refers to training run "
                            + runId + ", which no longer exists"));
        });
    }

    /**
     * @param runId a training run
     * @param split a split, e.g. {@code test}
     * @param metric a metric name
     * @return the metric's final value (highest step), if the run stored it
     */
    public OptionalDouble findMetric(long runId, String split, String metric) {
        return jdbi.withHandle(h -> h.createQuery("SELECT metric_value FROM run_metric WHERE run_id = :run"
                        + " AND split_name = :split AND metric_name = :metric ORDER BY step_no DESC LIMIT 1")
                .bind("run", runId).bind("split", split).bind("metric", metric)
                .mapTo(Double.class).findOne()
                .map(OptionalDouble::of).orElse(OptionalDouble.empty()));
    }

    /**
     * @param runId a training run
     * @param preference metric names, most preferred first
     * @return the first of them the run stored on the {@code test} split, with its final value
     */
    public Optional<MetricValue> findTestMetric(long runId, List<String> preference) {
        for (String name : preference) {
            OptionalDouble value = findMetric(runId, PromotionPolicy.SPLIT, name);
            if (value.isPresent()) {
                return Optional.of(new MetricValue(name, value.getAsDouble()));
            }
        }
        return Optional.empty();
    }

    private static ModelLineage lineage(ResultSet rs, ModelVersion version, List<RunMetric> metrics)
            throws SQLException {
        long runId = rs.getLong("id");
        long pipelineId = rs.getLong("pv_id");
        Optional<PipelineVersionRef> pipeline = rs.wasNull() ? Optional.empty()
                : Optional.of(new PipelineVersionRef(pipelineId, rs.getString("pipeline_name"), rs.getInt("pv_no")));
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new ModelLineage(version, runId, rs.getString("project_name"), rs.getString("experiment_name"),
                rs.getString("algorithm"), hyperparameters(runId, rs.getString("params_json")), rs.getLong("seed"),
                dataset(rs), pipeline, metrics, Optional.ofNullable(rs.getString("provenance_json")),
                Optional.ofNullable(rs.getString("model_sha256")), rs.getString("created_by"),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(finished).map(OffsetDateTime::toInstant));
    }

    private static Optional<DatasetVersionRef> dataset(ResultSet rs) throws SQLException {
        long id = rs.getLong("dv_id");
        if (rs.wasNull()) {
            return Optional.empty();
        }
        return Optional.of(new DatasetVersionRef(id, rs.getString("dataset_name"), rs.getInt("dv_no"),
                rs.getString("content_hash"), rs.getLong("row_count")));
    }

    private static Map<String, String> hyperparameters(long runId, String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new WorkbenchException("Training run " + runId + " stores hyperparameters that are not JSON"
                    + " (params_json): " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new WorkbenchException("Training run " + runId + " stores hyperparameters as "
                    + (root == null ? "nothing" : root.getNodeType().toString().toLowerCase(Locale.ROOT))
                    + " (params_json): expected a JSON object of name to value");
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            params.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
        }
        return params;
    }
}
