package io.mlworkbench.app.cli;

import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.data.dataset.DatasetVersion;
import io.mlworkbench.engine.data.profile.DatasetProfile;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.validation.Rule;
import io.mlworkbench.engine.validation.SuggestedRule;
import io.mlworkbench.engine.validation.SuiteSuggester;
import io.mlworkbench.engine.validation.SuiteVersion;
import io.mlworkbench.engine.validation.TableValidator;
import io.mlworkbench.engine.validation.ValidationJson;
import io.mlworkbench.engine.validation.ValidationReport;
import io.mlworkbench.engine.validation.ValidationService;
import io.mlworkbench.engine.validation.ValidationSuite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code workbench validate}: runs a suite on a dataset version and exits 1 when a rule fails, for pipelines.
 * A stored suite's result is stored; a suite from a file or from suggestions is stored (with its result) only when
 * {@code --save-suite} names it.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Validate a dataset version against a suite of rules (Great Expectations names).",
            "Prints failed rules first, with counts, failing rows and sample values.",
            "Exit code 0 when every rule holds, 1 when a rule fails (or on an error)."},
        footer = {"", "Examples:",
            "  workbench validate adult --suggest --save-suite adult-checks",
            "  workbench validate adult@2 --suite adult-checks",
            "  workbench validate bank --suite-file bank-suite.json"})
public final class ValidateCommand implements Callable<Integer> {

    private final CliContext context;

    @ParentCommand
    private WorkbenchCommand root;

    @Parameters(paramLabel = "DATASET", description = "NAME, PROJECT/NAME, with @VERSION or @latest (default).")
    private String dataset;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private SuiteChoice suite;

    @Option(names = "--save-suite", paramLabel = "NAME",
            description = "Save the rules (from --suite-file or --suggest) as a new version of this suite first.")
    private String saveSuite;

    /** Where the rules come from: exactly one of these. */
    static final class SuiteChoice {

        @Option(names = "--suite", paramLabel = "NAME", required = true,
                description = "The newest version of a stored suite of the dataset's project.")
        private String name;

        @Option(names = "--suite-file", paramLabel = "FILE", required = true,
                description = "A suite JSON file ({\"expectations\": [...]}, as Great Expectations writes them).")
        private Path file;

        @Option(names = "--suggest", required = true, description = "Rules suggested from the version's profile.")
        private boolean suggest;
    }

    /** @param context where to write */
    public ValidateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (saveSuite != null && suite.name != null) {
            throw new WorkbenchException("--save-suite saves rules from --suite-file or --suggest; --suite "
                    + suite.name + " is stored already");
        }
        ValidationReport report;
        try (WorkspaceSession session = WorkspaceSession.open(root.workspaceDirectory())) {
            DatasetVersion version = DatasetReference.parse(dataset).resolve(session);
            Table table = session.datasets().loadTable(version.id());
            long projectId = session.projects().findOrCreate(session.actor(), version.projectName()).id();
            ValidationService validation = session.validation();
            CliProgress progress = new CliProgress(context.output());
            if (suite.name != null) {
                ValidationSuite stored = validation.findSuite(projectId, suite.name).orElseThrow(() ->
                        noSuchSuite(validation, projectId, version, suite.name));
                report = run(session, validation.latestVersion(stored.id()), version, table, progress);
            } else {
                List<Rule> rules = suite.file != null ? readSuiteFile(suite.file) : suggest(session, version, table);
                if (saveSuite != null) {
                    Optional<ValidationSuite> existing = validation.findSuite(projectId, saveSuite);
                    SuiteVersion saved = existing.isPresent()
                            ? validation.saveVersion(session.actor(), existing.get().id(), rules)
                            : validation.createSuite(session.actor(), projectId, saveSuite, rules);
                    context.output().line("Saved suite " + saved.suiteName() + " version " + saved.versionNo()
                            + " (" + rules.size() + " rules)");
                    report = run(session, saved, version, table, progress);
                } else {
                    report = new TableValidator(validation.catalog()).validate(table, rules, progress,
                            CancellationToken.never());
                    new ValidationReportPrinter(context.output()).print(version.uri() + " with "
                            + (suite.file != null ? suite.file.toString() : "the suggested suite")
                            + " (not stored)", report);
                }
            }
        }
        return report.success() ? ExitCode.OK : ExitCode.FAILURE;
    }

    private ValidationReport run(WorkspaceSession session, SuiteVersion suiteVersion, DatasetVersion version,
                                 Table table, CliProgress progress) {
        ValidationReport report = session.validation().run(session.actor(), suiteVersion.id(), version.id(), table,
                progress, CancellationToken.never()).report();
        new ValidationReportPrinter(context.output()).print(version.uri() + " with suite " + suiteVersion.suiteName()
                + " v" + suiteVersion.versionNo(), report);
        return report;
    }

    private List<Rule> suggest(WorkspaceSession session, DatasetVersion version, Table table) {
        DatasetProfile profile = session.profiles().profileOf(session.actor(), version.id(), table,
                new CliProgress(context.output()), CancellationToken.never());
        List<SuggestedRule> suggested = new SuiteSuggester().suggest(profile);
        context.output().line("Suggested " + suggested.size() + " rules from the profile of " + version.uri() + ":");
        for (int i = 0; i < suggested.size(); i++) {
            SuggestedRule s = suggested.get(i);
            context.output().line(String.format(Locale.ROOT, "  %2d. %s%s - %s", i + 1,
                    s.rule().expectationType(), s.column() == null ? "" : " column=" + s.column(), s.reason()));
        }
        return suggested.stream().map(SuggestedRule::rule).toList();
    }

    private static List<Rule> readSuiteFile(Path file) {
        try {
            return new ValidationJson().readRules(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new WorkbenchException("Cannot read suite file " + file + ": " + e.getMessage(), e);
        }
    }

    private static WorkbenchException noSuchSuite(ValidationService validation, long projectId, DatasetVersion v,
                                                  String name) {
        List<String> names = validation.listSuites(projectId).stream().map(ValidationSuite::name).toList();
        return new WorkbenchException("No suite named '" + name + "' in project '" + v.projectName() + "'; "
                + (names.isEmpty() ? "make one with --suggest --save-suite NAME" : "its suites are " + names));
    }
}
