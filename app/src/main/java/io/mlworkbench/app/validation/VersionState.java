package io.mlworkbench.app.validation;

import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.data.dataset.DatasetVersion;
import io.mlworkbench.engine.validation.Rule;
import io.mlworkbench.engine.validation.ValidationResult;
import io.mlworkbench.engine.validation.ValidationResultSummary;
import io.mlworkbench.engine.validation.ValidationService;
import io.mlworkbench.engine.validation.ValidationSuite;
import java.util.List;
import java.util.Optional;

/**
 * What the Validate step reads when a dataset version is chosen: its rows, its project's suites, the rules of the
 * suite named like the dataset (if there is one) and the version's last validation result.
 *
 * @param table the version's rows
 * @param projectId its project
 * @param suites the project's suites
 * @param suiteRules the newest rules of the suite named like the dataset, if it exists
 * @param lastResult the newest result of any suite on this version, if it was validated
 */
record VersionState(Table table, long projectId, List<ValidationSuite> suites, Optional<List<Rule>> suiteRules,
                    Optional<ValidationResult> lastResult) {

    /**
     * Reads everything; slow (it loads every row), so call it off the UI thread.
     *
     * @param session the open workspace
     * @param v the dataset version
     * @return its state
     */
    static VersionState load(WorkspaceSession session, DatasetVersion v) {
        Table table = session.datasets().loadTable(v.id());
        long project = session.projects().findOrCreate(session.actor(), v.projectName()).id();
        ValidationService validation = session.validation();
        List<ValidationSuite> suites = validation.listSuites(project);
        Optional<List<Rule>> rules = validation.findSuite(project, v.datasetName())
                .map(s -> validation.latestVersion(s.id()).rules());
        Optional<ValidationResult> last = validation.listResultsForDatasetVersion(v.id()).stream().findFirst()
                .map(ValidationResultSummary::id).map(validation::result);
        return new VersionState(table, project, suites, rules, last);
    }

    /**
     * Reads only whether a version's newest validation passed; quick (no rows are loaded).
     *
     * @param session the open workspace
     * @param v the dataset version
     * @return true when it passed, false when it failed, empty when it was never validated
     */
    static Optional<Boolean> lastOutcome(WorkspaceSession session, DatasetVersion v) {
        return session.validation().listResultsForDatasetVersion(v.id()).stream().findFirst()
                .map(ValidationResultSummary::success);
    }

    /**
     * A version and how its newest validation went, for the sidebar.
     *
     * @param version the dataset version
     * @param passed true when it passed, false when it failed, empty when it was never validated
     */
    record Outcome(DatasetVersion version, Optional<Boolean> passed) {
    }
}
