package io.mlworkbench.engine.validation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** SQL for stored validation results; the report is stored as a JSON document. */
public final class ValidationResultRepository {

    private static final String SUMMARY_SELECT = "SELECT r.id, s.id AS suite_id, s.name, r.suite_version_id, "
            + "v.version_no, r.dataset_version_id, r.success, r.created_by, r.created_at "
            + "FROM validation_result r JOIN validation_suite_version v ON v.id = r.suite_version_id "
            + "JOIN validation_suite s ON s.id = v.suite_id ";

    private final Jdbi jdbi;
    private final ValidationJson json;

    /**
     * @param jdbi the registry's Jdbi
     * @param json the report JSON reader/writer
     */
    public ValidationResultRepository(Jdbi jdbi, ValidationJson json) {
        this.jdbi = jdbi;
        this.json = json;
    }

    /**
     * @param suiteVersionId the suite version run
     * @param datasetVersionId the dataset version validated
     * @param report the report
     * @param createdBy who ran it
     * @param at when
     * @return the stored result
     */
    public ValidationResult insert(long suiteVersionId, long datasetVersionId, ValidationReport report,
                                   String createdBy, Instant at) {
        String text = json.writeReport(report);
        long id = jdbi.withHandle(h -> h.createUpdate("INSERT INTO validation_result (suite_version_id, "
                        + "dataset_version_id, success, result_json, created_by, created_at) "
                        + "VALUES (:sv, :dv, :ok, :json, :by, :at)")
                .bind("sv", suiteVersionId).bind("dv", datasetVersionId).bind("ok", report.success())
                .bind("json", text).bind("by", createdBy).bind("at", ValidationSuiteRepository.utc(at))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new ValidationResult(id, suiteVersionId, datasetVersionId, report.success(), report, createdBy, at);
    }

    /**
     * @param id a result id
     * @return the result with its report, if it exists
     */
    public Optional<ValidationResult> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, suite_version_id, dataset_version_id, success, "
                        + "result_json, created_by, created_at FROM validation_result WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new ValidationResult(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getBoolean(4), json.readReport(rs.getString(5), "validation result " + id),
                        rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant()))
                .findOne());
    }

    /**
     * @param suiteId a suite
     * @return the results of all its versions, newest first
     */
    public List<ValidationResultSummary> listForSuite(long suiteId) {
        return jdbi.withHandle(h -> h.createQuery(SUMMARY_SELECT + "WHERE s.id = :s ORDER BY r.id DESC")
                .bind("s", suiteId).map((rs, ctx) -> mapSummary(rs)).list());
    }

    /**
     * @param datasetVersionId a dataset version
     * @return the results of every suite run on it, newest first
     */
    public List<ValidationResultSummary> listForDatasetVersion(long datasetVersionId) {
        return jdbi.withHandle(h -> h.createQuery(SUMMARY_SELECT + "WHERE r.dataset_version_id = :d "
                        + "ORDER BY r.id DESC")
                .bind("d", datasetVersionId).map((rs, ctx) -> mapSummary(rs)).list());
    }

    /**
     * @param datasetVersionId a dataset version
     * @return its recorded row count, empty when there is no such version
     */
    public Optional<Long> datasetVersionRowCount(long datasetVersionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT row_count FROM dataset_version WHERE id = :id")
                .bind("id", datasetVersionId).mapTo(Long.class).findOne());
    }

    private static ValidationResultSummary mapSummary(ResultSet rs) throws SQLException {
        return new ValidationResultSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                rs.getInt(5), rs.getLong(6), rs.getBoolean(7), rs.getString(8),
                rs.getObject(9, OffsetDateTime.class).toInstant());
    }
}
