package io.mlworkbench.engine.validation;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.store.RegistryDatabase;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.mlworkbench.engine.task.OperationCancelledException;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import java.util.regex.Pattern;

/**
 * Validation suites and results: create a suite, save new versions of it, run a version on a dataset version and
 * store the result, list all of these. Every change is audited in the same transaction; rules are checked against
 * the catalog before anything is stored.
 */
public final class ValidationService {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,199}");

    private final RegistryDatabase database;
    private final ValidationSuiteRepository suites;
    private final ValidationResultRepository results;
    private final AuditLogRepository audit;
    private final ExpectationCatalog catalog;
    private final ValidationJson json;
    private final Clock clock;

    /**
     * @param database the registry
     * @param suites suite SQL
     * @param results result SQL
     * @param audit the audit log
     * @param catalog the known expectations
     * @param json JSON for audit details
     * @param clock the clock
     */
    public ValidationService(RegistryDatabase database, ValidationSuiteRepository suites,
                             ValidationResultRepository results, AuditLogRepository audit, ExpectationCatalog catalog,
                             ValidationJson json, Clock clock) {
        this.database = database;
        this.suites = suites;
        this.results = results;
        this.audit = audit;
        this.catalog = catalog;
        this.json = json;
        this.clock = clock;
    }

    /** @return the expectations suites may use, for rule editors */
    public ExpectationCatalog catalog() {
        return catalog;
    }

    /**
     * Creates a suite with its first version.
     *
     * @param actor who creates it
     * @param projectId the project it belongs to
     * @param name its name: letters, digits, space, '.', '_' or '-', 1-200 characters, unique in the project
     * @param rules the rules of version 1
     * @return version 1
     * @throws InvalidRuleException when a rule does not fit its expectation; nothing is stored then
     */
    public SuiteVersion createSuite(Actor actor, long projectId, String name, List<Rule> rules) {
        String trimmed = name == null ? "" : name.strip();
        if (!NAME.matcher(trimmed).matches()) {
            throw new WorkbenchException("Invalid suite name '" + name + "': expected 1-200 letters, digits, spaces,"
                    + " '.', '_' or '-', starting with a letter or digit");
        }
        catalog.checkAll(rules);
        return database.inTransaction(h -> {
            if (!suites.projectExists(projectId)) {
                throw new WorkbenchException("No project with id " + projectId + " in this workspace");
            }
            if (suites.findSuite(projectId, trimmed).isPresent()) {
                throw new WorkbenchException("The project already has a suite named '" + trimmed
                        + "'; save a new version of it instead");
            }
            Instant now = clock.instant();
            long suiteId = suites.insertSuite(projectId, trimmed, actor.login(), now);
            SuiteVersion version = insertVersion(actor, suiteId, trimmed, 1, rules, now);
            audit.append(actor, "validation.suite.create", "validation_suite", Long.toString(suiteId),
                    details("name", trimmed, "version", 1, "rules", rules.size()));
            return version;
        });
    }

    /**
     * Saves the rules as the suite's next version; earlier versions stay as they were.
     *
     * @param actor who saves
     * @param suiteId the suite
     * @param rules the new version's rules
     * @return the new version
     * @throws InvalidRuleException when a rule does not fit its expectation; nothing is stored then
     */
    public SuiteVersion saveVersion(Actor actor, long suiteId, List<Rule> rules) {
        catalog.checkAll(rules);
        return database.inTransaction(h -> {
            ValidationSuite suite = suite(suiteId);
            int no = suites.nextVersionNo(suiteId);
            SuiteVersion version = insertVersion(actor, suiteId, suite.name(), no, rules, clock.instant());
            audit.append(actor, "validation.suite.save", "validation_suite", Long.toString(suiteId),
                    details("name", suite.name(), "version", no, "rules", rules.size()));
            return version;
        });
    }

    /**
     * @param projectId a project
     * @return its suites, by name
     */
    public List<ValidationSuite> listSuites(long projectId) {
        return suites.listSuites(projectId);
    }

    /**
     * @param projectId a project
     * @param name a suite name
     * @return the suite, if the project has one of that name
     */
    public Optional<ValidationSuite> findSuite(long projectId, String name) {
        return suites.findSuite(projectId, name.strip());
    }

    /**
     * @param suiteId a suite
     * @return its versions, oldest first
     */
    public List<SuiteVersion> listVersions(long suiteId) {
        suite(suiteId);
        return suites.listVersions(suiteId);
    }

    /**
     * @param suiteId a suite
     * @return its newest version
     */
    public SuiteVersion latestVersion(long suiteId) {
        List<SuiteVersion> versions = listVersions(suiteId);
        return versions.get(versions.size() - 1);
    }

    /**
     * @param suiteVersionId a suite version id
     * @return that version
     */
    public SuiteVersion version(long suiteVersionId) {
        return suites.findVersion(suiteVersionId).orElseThrow(() -> new WorkbenchException(
                "No validation suite version with id " + suiteVersionId + " in this workspace"));
    }

    /**
     * Runs a suite version on a dataset version's data and stores the result (audited as {@code validation.run}).
     *
     * @param actor who runs it
     * @param suiteVersionId the suite version
     * @param datasetVersionId the dataset version the table holds
     * @param table the dataset version's data
     * @param progress receives the fraction of rules done
     * @param cancelRequested polled before each rule
     * @return the stored result; {@code success()} false means the data broke at least one rule
     * @throws WorkbenchException when the suite or dataset version does not exist, or the table's row count is not
     *     the dataset version's
     * @throws OperationCancelledException when cancelled; nothing is stored then
     */
    public ValidationResult run(Actor actor, long suiteVersionId, long datasetVersionId, Table table,
                                ProgressListener progress, CancellationToken cancelRequested) {
        SuiteVersion version = version(suiteVersionId);
        long rows = results.datasetVersionRowCount(datasetVersionId).orElseThrow(() -> new WorkbenchException(
                "No dataset version with id " + datasetVersionId + " in this workspace"));
        if (rows != table.rowCount()) {
            throw new WorkbenchException("The table has " + table.rowCount() + " rows but dataset version "
                    + datasetVersionId + " has " + rows + "; validate the version's own data");
        }
        ValidationReport report = new TableValidator(catalog).validate(table, version.rules(), progress,
                cancelRequested);
        return database.inTransaction(h -> {
            ValidationResult result = results.insert(suiteVersionId, datasetVersionId, report, actor.login(),
                    clock.instant());
            audit.append(actor, "validation.run", "validation_result", Long.toString(result.id()),
                    details("suite", version.suiteName(), "version", version.versionNo(), "dataset_version",
                            datasetVersionId, "success", report.success(), "failed",
                            report.statistics().unsuccessfulExpectations()));
            return result;
        });
    }

    /**
     * {@link #run(Actor, long, long, Table, ProgressListener, CancellationToken)} without progress or cancellation.
     *
     * @param actor who runs it
     * @param suiteVersionId the suite version
     * @param datasetVersionId the dataset version the table holds
     * @param table the dataset version's data
     * @return the stored result
     */
    public ValidationResult run(Actor actor, long suiteVersionId, long datasetVersionId, Table table) {
        return run(actor, suiteVersionId, datasetVersionId, table, ProgressListener.ignoring(), CancellationToken.never());
    }

    /**
     * @param suiteId a suite
     * @return the results of all its versions, newest first
     */
    public List<ValidationResultSummary> listResults(long suiteId) {
        suite(suiteId);
        return results.listForSuite(suiteId);
    }

    /**
     * @param datasetVersionId a dataset version
     * @return the results of every suite run on it, newest first
     */
    public List<ValidationResultSummary> listResultsForDatasetVersion(long datasetVersionId) {
        return results.listForDatasetVersion(datasetVersionId);
    }

    /**
     * @param resultId a result id
     * @return the result with its full report
     */
    public ValidationResult result(long resultId) {
        return results.find(resultId).orElseThrow(() -> new WorkbenchException(
                "No validation result with id " + resultId + " in this workspace"));
    }

    private SuiteVersion insertVersion(Actor actor, long suiteId, String name, int no, List<Rule> rules, Instant at) {
        long id = suites.insertVersion(suiteId, no, rules, actor.login(), at);
        return new SuiteVersion(id, suiteId, name, no, rules, actor.login(), at);
    }

    private ValidationSuite suite(long suiteId) {
        return suites.findSuite(suiteId).orElseThrow(() -> new WorkbenchException(
                "No validation suite with id " + suiteId + " in this workspace"));
    }

    private String details(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return json.object(map);
    }
}
