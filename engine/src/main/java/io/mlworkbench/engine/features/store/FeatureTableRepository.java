package io.mlworkbench.engine.features.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** SQL for materialised feature tables ({@code feature_table}), with lineage and freshness. */
public final class FeatureTableRepository {

    private static final String SELECT = "SELECT t.id, v.pipeline_id, f.name AS set_name, t.pipeline_version_id,"
            + " v.version_no AS pipeline_version_no, t.dataset_version_id, dv.version_no AS dataset_version_no,"
            + " t.row_count, t.created_by, t.created_at, t.data_blob_id,"
            + " (SELECT MAX(x.version_no) FROM dataset_version x WHERE x.dataset_id = dv.dataset_id) AS newest_data,"
            + " (SELECT MAX(y.version_no) FROM feature_pipeline_version y WHERE y.pipeline_id = v.pipeline_id"
            + " AND y.fitted_state_json IS NOT NULL) AS newest_fit"
            + " FROM feature_table t JOIN feature_pipeline_version v ON v.id = t.pipeline_version_id"
            + " JOIN feature_pipeline f ON f.id = v.pipeline_id JOIN dataset_version dv ON dv.id = t.dataset_version_id";

    /**
     * A feature table with the blob holding its rows.
     *
     * @param table the feature table
     * @param blobId the blob with its rows
     */
    public record Stored(FeatureTable table, long blobId) {
    }

    private final Jdbi jdbi;
    private final Clock clock;

    /**
     * @param jdbi the registry's Jdbi
     * @param clock measures freshness
     */
    public FeatureTableRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    long insert(long pipelineVersionId, long datasetVersionId, long blobId, long rowCount, String createdBy,
                Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO feature_table (pipeline_version_id, dataset_version_id,"
                        + " data_blob_id, row_count, created_by, created_at) VALUES (:p, :d, :b, :n, :by, :at)")
                .bind("p", pipelineVersionId).bind("d", datasetVersionId).bind("b", blobId).bind("n", rowCount)
                .bind("by", createdBy).bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /**
     * @param id a feature table id
     * @return it, if any
     */
    public Optional<Stored> find(long id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE t.id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    /**
     * @param pipelineVersionId a feature-set version
     * @param datasetVersionId a dataset version
     * @return the table that version computed from that dataset version, if any
     */
    public Optional<Stored> find(long pipelineVersionId, long datasetVersionId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE t.pipeline_version_id = :p"
                        + " AND t.dataset_version_id = :d").bind("p", pipelineVersionId).bind("d", datasetVersionId)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    /**
     * @param featureSetId a feature set
     * @return the tables its versions computed, newest first
     */
    public List<FeatureTable> list(long featureSetId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE v.pipeline_id = :s ORDER BY t.created_at DESC,"
                + " t.id DESC").bind("s", featureSetId).map((rs, ctx) -> map(rs).table()).list());
    }

    private Stored map(ResultSet rs) throws SQLException {
        Instant created = rs.getObject("created_at", OffsetDateTime.class).toInstant();
        Freshness freshness = new Freshness(rs.getInt("newest_data") > rs.getInt("dataset_version_no"),
                rs.getInt("newest_fit") > rs.getInt("pipeline_version_no"), Duration.between(created, clock.instant()));
        return new Stored(new FeatureTable(rs.getLong("id"), rs.getLong("pipeline_id"), rs.getString("set_name"),
                rs.getLong("pipeline_version_id"), rs.getInt("pipeline_version_no"), rs.getLong("dataset_version_id"),
                rs.getInt("dataset_version_no"), rs.getLong("row_count"), rs.getString("created_by"), created, freshness),
                rs.getLong("data_blob_id"));
    }
}
