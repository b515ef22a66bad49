package io.mlworkbench.engine.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** SQL for {@link ModelAlias}es: one row per (model, alias), pointing at one version. */
public final class ModelAliasRepository {

    private static final String SELECT = "SELECT m.name AS model_name, a.alias, v.version_no, a.version_id,"
            + " a.moved_by, a.moved_at, a.reason FROM model_alias a"
            + " JOIN registered_model m ON m.id = a.model_id JOIN model_version v ON v.id = a.version_id";

    private final Jdbi jdbi;

    /** @param jdbi the registry's Jdbi */
    public ModelAliasRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * @param modelId a model
     * @param alias an alias
     * @return where the alias points, if it exists
     */
    public Optional<ModelAlias> find(long modelId, AliasName alias) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE a.model_id = :m AND a.alias = :a")
                .bind("m", modelId).bind("a", alias.value()).map((rs, ctx) -> map(rs)).findOne());
    }

    /**
     * @param modelName a model
     * @return its aliases, by name
     */
    public List<ModelAlias> findByModel(String modelName) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE m.name = :name ORDER BY a.alias")
                .bind("name", modelName).map((rs, ctx) -> map(rs)).list());
    }

    /**
     * @param versionId a version
     * @return the aliases pointing at it, by name
     */
    public List<ModelAlias> findByVersion(long versionId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE a.version_id = :id ORDER BY a.alias")
                .bind("id", versionId).map((rs, ctx) -> map(rs)).list());
    }

    /**
     * Points an alias at a version, creating the alias when it does not exist.
     *
     * @param modelId the model
     * @param alias the alias
     * @param versionId the version it now points at
     * @param movedBy who moves it
     * @param at when
     * @param reason why
     */
    public void put(long modelId, AliasName alias, long versionId, String movedBy, Instant at, String reason) {
        OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        jdbi.useHandle(h -> {
            int updated = h.createUpdate("UPDATE model_alias SET version_id = :v, moved_by = :by, moved_at = :at,"
                            + " reason = :reason WHERE model_id = :m AND alias = :a")
                    .bind("m", modelId).bind("a", alias.value()).bind("v", versionId).bind("by", movedBy)
                    .bind("at", when).bind("reason", reason).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO model_alias (model_id, alias, version_id, moved_by, moved_at, reason)"
                                + " VALUES (:m, :a, :v, :by, :at, :reason)")
                        .bind("m", modelId).bind("a", alias.value()).bind("v", versionId).bind("by", movedBy)
                        .bind("at", when).bind("reason", reason).execute();
            }
        });
    }

    /**
     * @param modelId the model
     * @param alias the alias to remove
     * @return true when it existed
     */
    public boolean delete(long modelId, AliasName alias) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM model_alias WHERE model_id = :m AND alias = :a")
                .bind("m", modelId).bind("a", alias.value()).execute()) == 1;
    }

    private static ModelAlias map(ResultSet rs) throws SQLException {
        return new ModelAlias(rs.getString("model_name"), new AliasName(rs.getString("alias")),
                rs.getInt("version_no"), rs.getLong("version_id"), rs.getString("moved_by"),
                rs.getObject("moved_at", OffsetDateTime.class).toInstant(), rs.getString("reason"));
    }
}
