package io.mlworkbench.engine.project;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** SQL for {@link Project}s. */
public final class ProjectRepository {

    private static final String COLUMNS = "id, name, description, created_by, created_at, archived_at";

    private final Jdbi jdbi;

    /** @param jdbi the registry's Jdbi */
    public ProjectRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * @param name the new project's name
     * @param description free text
     * @param createdBy who creates it
     * @param at when
     * @return the stored project
     */
    public Project insert(String name, String description, String createdBy, Instant at) {
        long id = jdbi.withHandle(h -> h.createUpdate("INSERT INTO project (name, description, created_by, created_at) "
                        + "VALUES (:name, :description, :by, :at)")
                .bind("name", name).bind("description", description).bind("by", createdBy)
                .bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new Project(id, name, description, createdBy, at, Optional.empty());
    }

    /**
     * @param name a project name
     * @return the project of that name, if any
     */
    public Optional<Project> findByName(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM project WHERE name = :name")
                .bind("name", name).map((rs, ctx) -> map(rs)).findOne());
    }

    /**
     * @param id a project id
     * @return the project, if any
     */
    public Optional<Project> findById(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM project WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> map(rs)).findOne());
    }

    /** @return every project, active ones first, then by name */
    public List<Project> findAll() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM project ORDER BY CASE WHEN archived_at IS NULL THEN 0 ELSE 1 END, name")
                .map((rs, ctx) -> map(rs)).list());
    }

    /**
     * @param id the project to archive
     * @param at when
     * @return true when a project was archived now
     */
    public boolean archive(long id, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE project SET archived_at = :at WHERE id = :id AND archived_at IS NULL")
                .bind("id", id).bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).execute()) == 1;
    }

    /** @return how many projects there are */
    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM project").mapTo(Long.class).one());
    }

    private static Project map(ResultSet rs) throws SQLException {
        OffsetDateTime archived = rs.getObject("archived_at", OffsetDateTime.class);
        return new Project(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(archived).map(OffsetDateTime::toInstant));
    }
}
