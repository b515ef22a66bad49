package io.mlworkbench.engine.training.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** SQL for {@link Experiment}s. */
public final class ExperimentRepository {

    private static final String COLUMNS = "id, project_id, name, created_by, created_at";

    private final Jdbi jdbi;

    /** @param jdbi the registry's Jdbi */
    public ExperimentRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * @param projectId the project
     * @param name the experiment's name
     * @param createdBy who creates it
     * @param at when
     * @return the stored experiment
     */
    public Experiment insert(long projectId, String name, String createdBy, Instant at) {
        long id = jdbi.withHandle(h -> h.createUpdate("INSERT INTO experiment (project_id, name, created_by, created_at)"
                        + " VALUES (:project, :name, :by, :at)")
                .bind("project", projectId).bind("name", name).bind("by", createdBy)
                .bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new Experiment(id, projectId, name, createdBy, at);
    }

    /**
     * @param projectId the project
     * @param name an experiment name
     * @return the experiment, if any
     */
    public Optional<Experiment> findByName(long projectId, String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM experiment WHERE project_id = :project AND name = :name")
                .bind("project", projectId).bind("name", name).map((rs, ctx) -> map(rs)).findOne());
    }

    /**
     * @param id an experiment id
     * @return the experiment, if any
     */
    public Optional<Experiment> findById(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM experiment WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> map(rs)).findOne());
    }

    /**
     * @param projectId the project
     * @return its experiments by name
     */
    public List<Experiment> findByProject(long projectId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM experiment WHERE project_id = :project ORDER BY name")
                .bind("project", projectId).map((rs, ctx) -> map(rs)).list());
    }

    private static Experiment map(ResultSet rs) throws SQLException {
        return new Experiment(rs.getLong("id"), rs.getLong("project_id"), rs.getString("name"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
