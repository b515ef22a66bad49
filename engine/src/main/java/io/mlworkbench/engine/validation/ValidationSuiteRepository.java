package io.mlworkbench.engine.validation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** SQL for validation suites and their versions; the rules are stored as a suite JSON document. */
public final class ValidationSuiteRepository {

    private static final String SUITE_COLUMNS = "s.id, s.project_id, s.name, s.created_by, s.created_at, "
            + "(SELECT MAX(v.version_no) FROM validation_suite_version v WHERE v.suite_id = s.id) AS latest";
    private static final String VERSION_COLUMNS = "v.id, v.suite_id, s.name, v.version_no, v.rules_json, "
            + "v.created_by, v.created_at";
    private static final String VERSION_FROM = " FROM validation_suite_version v "
            + "JOIN validation_suite s ON s.id = v.suite_id ";

    private final Jdbi jdbi;
    private final ValidationJson json;

    /**
     * @param jdbi the registry's Jdbi
     * @param json the suite JSON reader/writer
     */
    public ValidationSuiteRepository(Jdbi jdbi, ValidationJson json) {
        this.jdbi = jdbi;
        this.json = json;
    }

    /**
     * @param projectId the project
     * @param name the suite's name
     * @param createdBy who creates it
     * @param at when
     * @return the new suite's id
     */
    public long insertSuite(long projectId, String name, String createdBy, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO validation_suite (project_id, name, created_by, "
                        + "created_at) VALUES (:p, :name, :by, :at)")
                .bind("p", projectId).bind("name", name).bind("by", createdBy).bind("at", utc(at))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /**
     * @param suiteId the suite
     * @param versionNo the version's number
     * @param rules its rules
     * @param createdBy who saves it
     * @param at when
     * @return the new version's id
     */
    public long insertVersion(long suiteId, int versionNo, List<Rule> rules, String createdBy, Instant at) {
        String text = json.writeRules(rules);
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO validation_suite_version (suite_id, version_no, "
                        + "rules_json, created_by, created_at) VALUES (:s, :no, :rules, :by, :at)")
                .bind("s", suiteId).bind("no", versionNo).bind("rules", text).bind("by", createdBy)
                .bind("at", utc(at))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /**
     * @param suiteId a suite
     * @return the number its next version gets
     */
    public int nextVersionNo(long suiteId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(version_no), 0) + 1 "
                        + "FROM validation_suite_version WHERE suite_id = :s")
                .bind("s", suiteId).mapTo(Integer.class).one());
    }

    /**
     * @param id a suite id
     * @return the suite, if it exists
     */
    public Optional<ValidationSuite> findSuite(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + SUITE_COLUMNS + " FROM validation_suite s "
                        + "WHERE s.id = :id")
                .bind("id", id).map((rs, ctx) -> mapSuite(rs)).findOne());
    }

    /**
     * @param projectId a project
     * @param name a suite name
     * @return the project's suite of that name, if any
     */
    public Optional<ValidationSuite> findSuite(long projectId, String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + SUITE_COLUMNS + " FROM validation_suite s "
                        + "WHERE s.project_id = :p AND s.name = :name")
                .bind("p", projectId).bind("name", name).map((rs, ctx) -> mapSuite(rs)).findOne());
    }

    /**
     * @param projectId a project
     * @return its suites, by name
     */
    public List<ValidationSuite> listSuites(long projectId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + SUITE_COLUMNS + " FROM validation_suite s "
                        + "WHERE s.project_id = :p ORDER BY s.name")
                .bind("p", projectId).map((rs, ctx) -> mapSuite(rs)).list());
    }

    /**
     * @param versionId a suite version id
     * @return the version, if it exists
     */
    public Optional<SuiteVersion> findVersion(long versionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + VERSION_COLUMNS + VERSION_FROM + "WHERE v.id = :id")
                .bind("id", versionId).map((rs, ctx) -> mapVersion(rs)).findOne());
    }

    /**
     * @param suiteId a suite
     * @return its versions, oldest first
     */
    public List<SuiteVersion> listVersions(long suiteId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + VERSION_COLUMNS + VERSION_FROM
                        + "WHERE v.suite_id = :s ORDER BY v.version_no")
                .bind("s", suiteId).map((rs, ctx) -> mapVersion(rs)).list());
    }

    /**
     * @param projectId a project id
     * @return true when the project exists
     */
    public boolean projectExists(long projectId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM project WHERE id = :id")
                .bind("id", projectId).mapTo(Integer.class).one()) > 0;
    }

    private static ValidationSuite mapSuite(ResultSet rs) throws SQLException {
        return new ValidationSuite(rs.getLong("id"), rs.getLong("project_id"), rs.getString("name"),
                rs.getInt("latest"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private SuiteVersion mapVersion(ResultSet rs) throws SQLException {
        String name = rs.getString(3);
        int no = rs.getInt(4);
        return new SuiteVersion(rs.getLong(1), rs.getLong(2), name, no,
                json.readRules(rs.getString(5), "suite '" + name + "' version " + no), rs.getString(6),
                rs.getObject(7, OffsetDateTime.class).toInstant());
    }

    static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
