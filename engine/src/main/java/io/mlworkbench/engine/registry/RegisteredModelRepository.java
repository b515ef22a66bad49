package io.mlworkbench.engine.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** SQL for {@link RegisteredModel}s. */
public final class RegisteredModelRepository {

    private static final String COLUMNS = "id, name, description, created_by, created_at";

    private final Jdbi jdbi;

    /** @param jdbi the registry's Jdbi */
    public RegisteredModelRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * @param name a model name
     * @return the model, if registered
     */
    public Optional<RegisteredModel> findByName(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM registered_model WHERE name = :name")
                .bind("name", name).map((rs, ctx) -> map(rs)).findOne());
    }

    /**
     * Reads a model and locks its row until the transaction ends. Every change to a model's versions or
     * aliases takes this lock first, so concurrent registrations get distinct numbers and concurrent alias
     * moves happen one after the other.
     *
     * @param name a model name
     * @return the model, if registered
     */
    public Optional<RegisteredModel> lockByName(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM registered_model WHERE name = :name"
                        + " FOR UPDATE")
                .bind("name", name).map((rs, ctx) -> map(rs)).findOne());
    }

    /**
     * @param name the new model's name
     * @param description free text
     * @param createdBy who registers it
     * @param at when
     * @return the stored model
     */
    public RegisteredModel insert(String name, String description, String createdBy, Instant at) {
        long id = jdbi.withHandle(h -> h.createUpdate("INSERT INTO registered_model (name, description, created_by,"
                        + " created_at) VALUES (:name, :description, :by, :at)")
                .bind("name", name).bind("description", description).bind("by", createdBy)
                .bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new RegisteredModel(id, name, description, createdBy, at);
    }

    /**
     * Deletes a model that has no versions (and so no aliases) left.
     *
     * @param id the model's id
     * @return true when it was deleted
     */
    public boolean delete(long id) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM registered_model WHERE id = :id")
                .bind("id", id).execute()) == 1;
    }

    private static RegisteredModel map(ResultSet rs) throws SQLException {
        return new RegisteredModel(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
