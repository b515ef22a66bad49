package io.mlworkbench.engine.features;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlworkbench.engine.WorkbenchException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** SQL for feature sets ({@code feature_pipeline}) and their versions ({@code feature_pipeline_version}). */
public final class FeaturePipelineRepository {

    private static final String SET_COLUMNS = "f.id, f.project_id, p.name AS project_name, f.name, f.description,"
            + " f.owner_login, f.tags_json, f.created_at FROM feature_pipeline f JOIN project p ON p.id = f.project_id";
    private static final String VERSION_COLUMNS = "id, pipeline_id, version_no, definition_json, fitted_state_json,"
            + " fitted_on_dataset_version_id, created_by, created_at FROM feature_pipeline_version";

    /**
     * A stored version, with its JSON as text.
     *
     * @param id the version id
     * @param pipelineId the feature set
     * @param versionNo the version number
     * @param definitionJson the definition
     * @param fittedStateJson the fitted state, or null
     * @param fittedOnDatasetVersionId the dataset version fitted on, or null
     * @param createdBy who saved it
     * @param createdAt when
     */
    public record VersionRow(long id, long pipelineId, int versionNo, String definitionJson, String fittedStateJson,
                             Long fittedOnDatasetVersionId, String createdBy, Instant createdAt) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> TAGS = new TypeReference<>() { };

    private final Jdbi jdbi;

    /** @param jdbi the registry's Jdbi */
    public FeaturePipelineRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    static String tagsJson(List<String> tags) {
        try {
            return JSON.writeValueAsString(tags);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write tags as JSON", e);
        }
    }

    private static List<String> tags(String json) {
        try {
            return JSON.readValue(json, TAGS);
        } catch (JsonProcessingException e) {
            throw new WorkbenchException("The registry holds invalid feature-set tags '" + json + "'", e);
        }
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    long insertSet(long projectId, String name, String description, String owner, String tagsJson, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO feature_pipeline (project_id, name, description,"
                        + " owner_login, tags_json, created_at) VALUES (:project, :name, :description, :owner, :tags, :at)")
                .bind("project", projectId).bind("name", name).bind("description", description).bind("owner", owner)
                .bind("tags", tagsJson).bind("at", utc(at))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    boolean updateDetails(long id, String description, String tagsJson) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE feature_pipeline SET description = :d, tags_json = :t"
                + " WHERE id = :id").bind("d", description).bind("t", tagsJson).bind("id", id).execute()) == 1;
    }

    /**
     * @param id a feature set id
     * @return the feature set, if any
     */
    public Optional<FeatureSet> findSet(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + SET_COLUMNS + " WHERE f.id = :id").bind("id", id)
                .map((rs, ctx) -> mapSet(rs)).findOne());
    }

    /**
     * @param projectId a project
     * @param name a feature set name
     * @return the feature set of that name in that project, if any
     */
    public Optional<FeatureSet> findSet(long projectId, String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + SET_COLUMNS
                        + " WHERE f.project_id = :project AND f.name = :name")
                .bind("project", projectId).bind("name", name).map((rs, ctx) -> mapSet(rs)).findOne());
    }

    /**
     * @param query name part and owner are matched in SQL, the tag in Java
     * @return matching feature sets of every project, by name
     */
    public List<FeatureSet> search(FeatureSetQuery query) {
        StringBuilder sql = new StringBuilder("SELECT " + SET_COLUMNS + " WHERE 1 = 1");
        query.nameContains().ifPresent(v -> sql.append(" AND LOWER(f.name) LIKE :name ESCAPE '!'"));
        query.owner().ifPresent(v -> sql.append(" AND f.owner_login = :owner"));
        sql.append(" ORDER BY f.name, p.name");
        List<FeatureSet> sets = jdbi.withHandle(h -> {
            var q = h.createQuery(sql.toString());
            query.nameContains().ifPresent(v -> q.bind("name", "%" + v.toLowerCase(java.util.Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%"));
            query.owner().ifPresent(v -> q.bind("owner", v));
            return q.map((rs, ctx) -> mapSet(rs)).list();
        });
        return query.tag().map(t -> sets.stream().filter(s -> s.tags().contains(t)).toList()).orElse(sets);
    }

    int nextVersionNo(long pipelineId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(version_no), 0) + 1 FROM feature_pipeline_version"
                + " WHERE pipeline_id = :id").bind("id", pipelineId).mapTo(Integer.class).one());
    }

    long insertVersion(long pipelineId, int versionNo, String definitionJson, String fittedStateJson,
                       Long datasetVersionId, String createdBy, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO feature_pipeline_version (pipeline_id, version_no,"
                        + " definition_json, fitted_state_json, fitted_on_dataset_version_id, created_by, created_at)"
                        + " VALUES (:p, :n, :d, :f, :dv, :by, :at)")
                .bind("p", pipelineId).bind("n", versionNo).bind("d", definitionJson).bind("f", fittedStateJson)
                .bind("dv", datasetVersionId).bind("by", createdBy).bind("at", utc(at))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /**
     * @param versionId a version id
     * @return the stored version, if any
     */
    public Optional<VersionRow> findVersion(long versionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + VERSION_COLUMNS + " WHERE id = :id").bind("id", versionId)
                .map((rs, ctx) -> mapVersion(rs)).findOne());
    }

    /**
     * @param pipelineId a feature set
     * @return its versions, newest first
     */
    public List<VersionRow> versions(long pipelineId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + VERSION_COLUMNS
                        + " WHERE pipeline_id = :id ORDER BY version_no DESC").bind("id", pipelineId)
                .map((rs, ctx) -> mapVersion(rs)).list());
    }

    /**
     * @param pipelineId a feature set
     * @return the training runs and feature tables that use any of its versions, newest first
     */
    public List<FeatureSetUsage> usages(long pipelineId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT 'training_run' AS kind, r.id, p.name AS project_name,"
                        + " v.version_no, r.started_at AS at FROM training_run r"
                        + " JOIN feature_pipeline_version v ON v.id = r.pipeline_version_id"
                        + " JOIN experiment e ON e.id = r.experiment_id JOIN project p ON p.id = e.project_id"
                        + " WHERE v.pipeline_id = :id"
                        + " UNION ALL SELECT 'feature_table' AS kind, t.id, p.name AS project_name, v.version_no,"
                        + " t.created_at AS at FROM feature_table t"
                        + " JOIN feature_pipeline_version v ON v.id = t.pipeline_version_id"
                        + " JOIN dataset_version dv ON dv.id = t.dataset_version_id"
                        + " JOIN dataset d ON d.id = dv.dataset_id JOIN project p ON p.id = d.project_id"
                        + " WHERE v.pipeline_id = :id ORDER BY at DESC, id DESC")
                .bind("id", pipelineId)
                .map((rs, ctx) -> new FeatureSetUsage(rs.getString("kind"), rs.getLong("id"),
                        rs.getString("project_name"), rs.getInt("version_no"),
                        rs.getObject("at", OffsetDateTime.class).toInstant())).list());
    }

    private FeatureSet mapSet(ResultSet rs) throws SQLException {
        return new FeatureSet(rs.getLong("id"), rs.getLong("project_id"), rs.getString("project_name"),
                rs.getString("name"), rs.getString("description"), rs.getString("owner_login"),
                tags(rs.getString("tags_json")), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static VersionRow mapVersion(ResultSet rs) throws SQLException {
        long dv = rs.getLong("fitted_on_dataset_version_id");
        Long datasetVersion = rs.wasNull() ? null : dv;
        return new VersionRow(rs.getLong("id"), rs.getLong("pipeline_id"), rs.getInt("version_no"),
                rs.getString("definition_json"), rs.getString("fitted_state_json"), datasetVersion,
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
