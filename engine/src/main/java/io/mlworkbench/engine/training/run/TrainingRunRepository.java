package io.mlworkbench.engine.training.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** SQL for {@link TrainingRun}s, their {@link RunMetric}s and {@link RunArtifact}s. */
public final class TrainingRunRepository {

    private static final String COLUMNS = "id, experiment_id, parent_run_id, status, dataset_version_id, "
            + "pipeline_version_id, algorithm, params_json, seed, provenance_json, model_blob_id, error_text, "
            + "created_by, started_at, finished_at";

    private final Jdbi jdbi;

    /** @param jdbi the registry's Jdbi */
    public TrainingRunRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Inserts a run in status {@code running}.
     *
     * @param experimentId the experiment
     * @param parentRunId the parent run, if any
     * @param datasetVersionId the dataset version, if known
     * @param pipelineVersionId the pipeline version, if any
     * @param algorithm the algorithm id
     * @param paramsJson the training spec as JSON
     * @param seed the seed
     * @param createdBy who starts it
     * @param at when
     * @return the new run's id
     */
    public long insertRunning(long experimentId, Optional<Long> parentRunId, Optional<Long> datasetVersionId,
                              Optional<Long> pipelineVersionId, String algorithm, String paramsJson, long seed,
                              String createdBy, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO training_run (experiment_id, parent_run_id, status, "
                        + "dataset_version_id, pipeline_version_id, algorithm, params_json, seed, created_by, started_at)"
                        + " VALUES (:experiment, :parent, 'running', :dataset, :pipeline, :algorithm, :params, :seed,"
                        + " :by, :at)")
                .bind("experiment", experimentId).bind("parent", parentRunId.orElse(null))
                .bind("dataset", datasetVersionId.orElse(null)).bind("pipeline", pipelineVersionId.orElse(null))
                .bind("algorithm", algorithm).bind("params", paramsJson).bind("seed", seed).bind("by", createdBy)
                .bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /**
     * Marks a running run finished.
     *
     * @param runId the run
     * @param provenanceJson Tribuo's provenance as JSON
     * @param modelBlobId the stored model
     * @param at when
     */
    public void finish(long runId, String provenanceJson, long modelBlobId, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE training_run SET status = 'finished', provenance_json = :prov, "
                        + "model_blob_id = :blob, finished_at = :at WHERE id = :id AND status = 'running'")
                .bind("prov", provenanceJson).bind("blob", modelBlobId)
                .bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).bind("id", runId).execute());
    }

    /**
     * Marks a running run failed or cancelled.
     *
     * @param runId the run
     * @param status {@link RunStatus#FAILED} or {@link RunStatus#CANCELLED}
     * @param errorText why
     * @param at when
     */
    public void stop(long runId, RunStatus status, String errorText, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE training_run SET status = :status, error_text = :error, "
                        + "finished_at = :at WHERE id = :id AND status = 'running'")
                .bind("status", status.dbValue()).bind("error", errorText)
                .bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).bind("id", runId).execute());
    }

    /**
     * @param runId a run id
     * @return the run, if any
     */
    public Optional<TrainingRun> find(long runId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM training_run WHERE id = :id")
                .bind("id", runId).map((rs, ctx) -> map(rs)).findOne());
    }

    /**
     * @param experimentId an experiment
     * @return its runs, oldest first
     */
    public List<TrainingRun> findByExperiment(long experimentId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM training_run WHERE experiment_id = :experiment ORDER BY id")
                .bind("experiment", experimentId).map((rs, ctx) -> map(rs)).list());
    }

    /**
     * @param runId the run
     * @param metrics metric values to add
     */
    public void addMetrics(long runId, List<RunMetric> metrics) {
        jdbi.useHandle(h -> {
            PreparedBatch batch = h.prepareBatch("INSERT INTO run_metric (run_id, split_name, metric_name, step_no, "
                    + "metric_value) VALUES (:run, :split, :name, :step, :value)");
            for (RunMetric m : metrics) {
                batch.bind("run", runId).bind("split", m.split()).bind("name", m.name()).bind("step", m.step())
                        .bind("value", m.value()).add();
            }
            if (!metrics.isEmpty()) {
                batch.execute();
            }
        });
    }

    /**
     * @param runId the run
     * @return its metrics, ordered by split, name and step
     */
    public List<RunMetric> metrics(long runId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT split_name, metric_name, step_no, metric_value "
                        + "FROM run_metric WHERE run_id = :run ORDER BY split_name, metric_name, step_no")
                .bind("run", runId).map((rs, ctx) -> new RunMetric(rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getDouble(4))).list());
    }

    /**
     * @param runId the run
     * @param artifact the artifact to attach
     */
    public void addArtifact(long runId, RunArtifact artifact) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO run_artifact (run_id, name, media_type, blob_id) "
                        + "VALUES (:run, :name, :type, :blob)")
                .bind("run", runId).bind("name", artifact.name()).bind("type", artifact.mediaType())
                .bind("blob", artifact.blobId()).execute());
    }

    /**
     * @param runId the run
     * @return its artifacts by name
     */
    public List<RunArtifact> artifacts(long runId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT name, media_type, blob_id FROM run_artifact "
                        + "WHERE run_id = :run ORDER BY name")
                .bind("run", runId).map((rs, ctx) -> new RunArtifact(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list());
    }

    private static TrainingRun map(ResultSet rs) throws SQLException {
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new TrainingRun(rs.getLong("id"), rs.getLong("experiment_id"), optionalLong(rs, "parent_run_id"),
                RunStatus.fromDb(rs.getString("status")), optionalLong(rs, "dataset_version_id"),
                optionalLong(rs, "pipeline_version_id"), rs.getString("algorithm"), rs.getString("params_json"),
                rs.getLong("seed"), Optional.ofNullable(rs.getString("provenance_json")),
                optionalLong(rs, "model_blob_id"), Optional.ofNullable(rs.getString("error_text")),
                rs.getString("created_by"), rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(finished).map(OffsetDateTime::toInstant));
    }

    private static Optional<Long> optionalLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }
}
