package io.mlworkbench.engine.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** SQL for {@link ModelVersion}s and their tags. */
public final class ModelVersionRepository {

    private static final String SELECT = "SELECT v.id, v.model_id, m.name AS model_name, v.version_no, v.run_id,"
            + " v.status, v.description, v.created_by, v.created_at"
            + " FROM model_version v JOIN registered_model m ON m.id = v.model_id";

    private final Jdbi jdbi;

    /** @param jdbi the registry's Jdbi */
    public ModelVersionRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * @param modelId a model
     * @return the next free version number (1 for a model without versions); call with the model row locked
     */
    public int nextVersionNo(long modelId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(version_no), 0) + 1 FROM model_version"
                + " WHERE model_id = :m").bind("m", modelId).mapTo(Integer.class).one());
    }

    /**
     * Inserts a version and its tags.
     *
     * @param model the model
     * @param versionNo its number
     * @param runId the run whose model it is
     * @param listing what the version list shows about that run, stored on the version row
     * @param description free text
     * @param tags tags by name
     * @param createdBy who registers it
     * @param at when
     * @return the stored version
     */
    public ModelVersion insert(RegisteredModel model, int versionNo, long runId, VersionListing listing,
                               String description, Map<String, String> tags, String createdBy, Instant at) {
        return jdbi.withHandle(h -> {
            long id = h.createUpdate("INSERT INTO model_version (model_id, version_no, run_id, status, description,"
                            + " created_by, created_at, algorithm, test_metric_name, test_metric_value)"
                            + " VALUES (:m, :v, :run, 'active', :d, :by, :at, :algorithm, :metric, :metricValue)")
                    .bind("m", model.id()).bind("v", versionNo).bind("run", runId).bind("d", description)
                    .bind("by", createdBy).bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                    .bind("algorithm", listing.algorithm())
                    .bind("metric", listing.testMetric().map(MetricValue::name).orElse(null))
                    .bindByType("metricValue", listing.testMetric().map(MetricValue::value).orElse(null), Double.class)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            tags.forEach((name, text) -> h.createUpdate("INSERT INTO model_version_tag (version_id, tag_name,"
                    + " tag_text) VALUES (:id, :n, :t)").bind("id", id).bind("n", name).bind("t", text).execute());
            return new ModelVersion(id, model.id(), model.name(), versionNo, OptionalLong.of(runId),
                    VersionStatus.ACTIVE, description, createdBy, at, tags);
        });
    }

    /**
     * @param modelName a model
     * @param versionNo a version number
     * @return that version, if it exists
     */
    public Optional<ModelVersion> find(String modelName, int versionNo) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE m.name = :name AND v.version_no = :v")
                .bind("name", modelName).bind("v", versionNo)
                .map((rs, ctx) -> map(rs)).findOne().map(v -> withTags(h, v)));
    }

    /**
     * @param modelName a model
     * @return its newest active version, if any
     */
    public Optional<ModelVersion> findLatestActive(String modelName) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE m.name = :name AND v.status = 'active'"
                        + " ORDER BY v.version_no DESC LIMIT 1")
                .bind("name", modelName).map((rs, ctx) -> map(rs)).findOne().map(v -> withTags(h, v)));
    }

    /**
     * @param versionId a version's row id
     * @return that version, if it exists
     */
    public Optional<ModelVersion> findById(long versionId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE v.id = :id").bind("id", versionId)
                .map((rs, ctx) -> map(rs)).findOne().map(v -> withTags(h, v)));
    }

    /**
     * @param modelName a model
     * @return its versions, newest first, without tags
     */
    public List<ModelVersion> findByModel(String modelName) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE m.name = :name ORDER BY v.version_no DESC")
                .bind("name", modelName).map((rs, ctx) -> map(rs)).list());
    }

    /**
     * @param modelId a model
     * @return its highest version number, if it has versions
     */
    public OptionalInt highestVersionNo(long modelId) {
        Integer highest = jdbi.withHandle(h -> h.createQuery("SELECT MAX(version_no) FROM model_version"
                + " WHERE model_id = :m").bind("m", modelId).mapTo(Integer.class).one());
        return highest == null ? OptionalInt.empty() : OptionalInt.of(highest);
    }

    /**
     * @param versionId a version
     * @param status its new status
     * @return true when the row changed
     */
    public boolean updateStatus(long versionId, VersionStatus status) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE model_version SET status = :s WHERE id = :id")
                .bind("s", status.storedName()).bind("id", versionId).execute()) == 1;
    }

    /**
     * Sets a tag, replacing its text when the tag exists.
     *
     * @param versionId a version
     * @param name the tag name
     * @param text the tag text
     */
    public void putTag(long versionId, String name, String text) {
        jdbi.useHandle(h -> {
            int updated = h.createUpdate("UPDATE model_version_tag SET tag_text = :t WHERE version_id = :id"
                    + " AND tag_name = :n").bind("id", versionId).bind("n", name).bind("t", text).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO model_version_tag (version_id, tag_name, tag_text) VALUES (:id, :n, :t)")
                        .bind("id", versionId).bind("n", name).bind("t", text).execute();
            }
        });
    }

    /**
     * @param versionId a version
     * @param name the tag name
     * @return true when the tag existed
     */
    public boolean removeTag(long versionId, String name) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM model_version_tag WHERE version_id = :id"
                + " AND tag_name = :n").bind("id", versionId).bind("n", name).execute()) == 1;
    }

    /**
     * @param versionId a version
     * @return how many logged predictions and drift reports refer to it (they forbid deleting it)
     */
    public long countServingRecords(long versionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT (SELECT COUNT(*) FROM prediction_log WHERE"
                        + " model_version_id = :id) + (SELECT COUNT(*) FROM drift_report WHERE model_version_id = :id)")
                .bind("id", versionId).mapTo(Long.class).one());
    }

    /**
     * Deletes a version and its tags.
     *
     * @param versionId a version no alias points at
     * @return true when it was deleted
     */
    public boolean delete(long versionId) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM model_version WHERE id = :id")
                .bind("id", versionId).execute()) == 1;
    }

    private static ModelVersion withTags(Handle h, ModelVersion v) {
        Map<String, String> tags = new TreeMap<>();
        h.createQuery("SELECT tag_name, tag_text FROM model_version_tag WHERE version_id = :id").bind("id", v.id())
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> tags.put(e.getKey(), e.getValue()));
        return new ModelVersion(v.id(), v.modelId(), v.modelName(), v.version(), v.runId(), v.status(),
                v.description(), v.createdBy(), v.createdAt(), tags);
    }

    private static ModelVersion map(ResultSet rs) throws SQLException {
        long runId = rs.getLong("run_id");
        OptionalLong run = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(runId);
        return new ModelVersion(rs.getLong("id"), rs.getLong("model_id"), rs.getString("model_name"),
                rs.getInt("version_no"), run, VersionStatus.fromStored(rs.getString("status")),
                rs.getString("description"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), Map.of());
    }
}
