package io.mlworkbench.engine.data.dataset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/** SQL for {@link Dataset}s. */
public final class DatasetRepository {

    private static final String SELECT = "SELECT d.id, p.name AS project_name, d.name, d.description, d.created_by,"
            + " d.created_at, (SELECT COALESCE(MAX(v.version_no), 0) FROM dataset_version v WHERE v.dataset_id = d.id)"
            + " AS latest FROM dataset d JOIN project p ON p.id = d.project_id";

    private final Jdbi jdbi;

    /** @param jdbi the registry's Jdbi */
    public DatasetRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * @param projectId the project
     * @param name the dataset's name
     * @param createdBy who creates it
     * @param at when
     * @return the new dataset's id
     */
    public long insert(long projectId, String name, String createdBy, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO dataset (project_id, name, created_by, created_at)"
                        + " VALUES (:project, :name, :by, :at)")
                .bind("project", projectId).bind("name", name).bind("by", createdBy)
                .bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /**
     * @param projectId the project
     * @param name a dataset name
     * @return that dataset, if it exists
     */
    public Optional<Dataset> find(long projectId, String name) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE d.project_id = :project AND d.name = :name")
                .bind("project", projectId).bind("name", name).map((rs, ctx) -> map(rs)).findOne());
    }

    /**
     * @param id a dataset id
     * @return that dataset, if it exists
     */
    public Optional<Dataset> findById(long id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE d.id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    /**
     * @param projectName a project, or null for all projects
     * @return the datasets, by project and name
     */
    public List<Dataset> findAll(String projectName) {
        return jdbi.withHandle(h -> {
            Query query = h.createQuery(SELECT + (projectName == null ? "" : " WHERE p.name = :project")
                    + " ORDER BY p.name, d.name");
            if (projectName != null) {
                query.bind("project", projectName);
            }
            return query.map((rs, ctx) -> map(rs)).list();
        });
    }

    private static Dataset map(ResultSet rs) throws SQLException {
        return new Dataset(rs.getLong("id"), rs.getString("project_name"), rs.getString("name"),
                rs.getString("description"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getInt("latest"));
    }
}
