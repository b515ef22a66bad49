package io.mlworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.data.dataset.DatasetVersion;
import io.mlworkbench.engine.data.ingest.ImportOptions;
import io.mlworkbench.engine.features.FeatureSetVersion;
import io.mlworkbench.engine.features.PipelineDefinition;
import io.mlworkbench.engine.features.PipelineFitter;
import io.mlworkbench.engine.features.StepSpec;
import io.mlworkbench.engine.project.Project;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import io.mlworkbench.engine.training.run.TrainingRun;
import io.mlworkbench.engine.workspace.WorkspaceLocator;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code workbench features list|show|apply} and {@code workbench train --features}. */
class FeaturesCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path workspace;

    private static final Path CHURN_CSV = Path.of("..", "sample-datasets", "churn.csv");
    private static final PipelineDefinition DEFINITION = PipelineDefinition.of("churn", List.of(
            StepSpec.of("impute", "columns", List.of("total_charges"), "strategy", "median"),
            StepSpec.of("derive", "name", "charge_per_month", "expression", "total_charges / (tenure_months + 1)")));

    @BeforeEach
    void workspaceWithFeatureSets() {
        workspace = temp.resolve("ws");
        Actor ana = new Actor("ana");
        try (WorkspaceSession session = WorkspaceSession.open(workspace, ana, Clock.systemUTC())) {
            Project churn = session.projects().create(ana, "churn", "");
            Project bank = session.projects().create(ana, "bank", "");
            session.featurePipelines().create(ana, churn.id(), "telco basics", "impute and ratio",
                    List.of("telco", "baseline"), DEFINITION);
            long shared = session.featurePipelines().create(new Actor("bob"), bank.id(), "shared", "", List.of(),
                    DEFINITION).featureSetId();
            session.featurePipelines().saveDefinition(ana, shared, DEFINITION.firstSteps(1));
            session.featurePipelines().create(ana, churn.id(), "shared", "", List.of(), DEFINITION);
            DatasetVersion customers = session.datasets().importFile(ana, "churn", "customers", CHURN_CSV,
                    ImportOptions.defaults(), ProgressListener.ignoring(), CancellationToken.never()).version();
            session.datasets().importFile(ana, "bank", "customers-2026", CHURN_CSV, ImportOptions.defaults(),
                    ProgressListener.ignoring(), CancellationToken.never());
            Table rows = session.datasets().loadTable(customers.id());
            long fitted = session.featurePipelines().create(ana, churn.id(), "fitted basics", "", List.of(),
                    DEFINITION).featureSetId();
            session.featurePipelines().saveFitted(ana, fitted, new PipelineFitter(session.stepCatalog())
                    .fit(DEFINITION, rows, 42).pipeline(), customers.id());
        }
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CliContext context = new CliContext(new CliOutput(out, err),
                new WorkspaceLocator(Map.of(), temp.resolve("home")), directory -> ExitCode.OK);
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = workspace.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return new WorkbenchCli(context).run(all);
    }

    @Test
    void listsFeatureSetsOfEveryProject() {
        assertThat(run("features", "list")).isZero();
        assertThat(out.toString().lines()).hasSize(5);
        assertThat(out.toString()).startsWith("NAME ")
                .containsPattern("telco basics +churn +ana +v1 +telco,baseline +impute and ratio")
                .containsPattern("shared +bank +bob +v2");
    }

    @Test
    void searchesByNameTagOrOwner() {
        assertThat(run("features", "list", "--search", "TELCO")).isZero();
        assertThat(out.toString().lines()).hasSize(2).last().asString().startsWith("telco basics");
        out.getBuffer().setLength(0);
        run("features", "list", "--search", "bob");
        assertThat(out.toString().lines()).hasSize(2).last().asString().contains("bank");
        out.getBuffer().setLength(0);
        run("features", "list", "--search", "nothing");
        assertThat(out.toString()).isEqualTo("No feature set matches 'nothing'." + System.lineSeparator());
    }

    @Test
    void showsStepsAndWhereUsed() {
        assertThat(run("features", "show", "telco basics")).isZero();
        assertThat(out.toString())
                .contains("Feature set:  telco basics", "Project:      churn", "Tags:         telco, baseline",
                        "Version:      1 of 1, saved by ana", "Target:       churn",
                        "Fitted on:    not fitted (a definition only)",
                        "  1. impute  columns=total_charges  strategy=median",
                        "  2. derive  name=charge_per_month  expression=total_charges / (tenure_months + 1)",
                        "Where used: nowhere yet");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void showsAChosenVersionOfASetInAChosenProject() {
        assertThat(run("features", "show", "shared@1", "--project", "bank")).isZero();
        assertThat(out.toString()).contains("Version:      1 of 2, saved by bob", "  2. derive");
        out.getBuffer().setLength(0);
        assertThat(run("features", "show", "shared", "--project", "bank")).isZero();
        assertThat(out.toString()).contains("Version:      2 of 2").doesNotContain("  2. derive");
    }

    @Test
    void anAmbiguousNameAsksForTheProject() {
        assertThat(run("features", "show", "shared")).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).isEqualTo("workbench: Feature set 'shared' exists in projects [bank, churn]; choose"
                + " one with --project" + System.lineSeparator());
    }

    @Test
    void unknownNamesAndVersionsSayWhatExists() {
        assertThat(run("features", "show", "nope")).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains("No feature set named 'nope'; the feature sets are ",
                "telco basics (churn)");
        err.getBuffer().setLength(0);
        assertThat(run("features", "show", "telco basics@7")).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains("Feature set 'telco basics' has no version 7; its versions are 1 to 1");
        err.getBuffer().setLength(0);
        assertThat(run("features", "show", "telco basics@x")).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains("Invalid feature set version 'x'");
    }

    @Test
    void showsWhatAFittedVersionWasFittedOn() {
        assertThat(run("features", "show", "fitted basics")).isZero();
        assertThat(out.toString()).contains("Version:      2 of 2",
                "Fitted on:    customers v1 of project churn, 5,000 training rows, seed 42",
                "Output:       16 columns: customer_id, ", "signup_date, charge_per_month");
    }

    @Test
    void appliesTheNewestFittedVersionToADatasetOnce() {
        assertThat(run("features", "apply", "fitted basics", "--dataset", "customers")).isZero();
        assertThat(out.toString()).isEqualTo("Materialised feature set fitted basics v2 on customers v1 (project"
                + " churn): 5,000 rows in feature table #1" + System.lineSeparator());
        out.getBuffer().setLength(0);
        assertThat(run("features", "apply", "fitted basics@2", "--dataset", "customers@1")).isZero();
        assertThat(out.toString()).startsWith("Already materialised feature set fitted basics v2 on customers v1");
        out.getBuffer().setLength(0);
        run("features", "show", "fitted basics");
        assertThat(out.toString()).contains("  feature table #1 in project churn (v2)");
    }

    @Test
    void appliesASetToAnotherProjectsDataset() {
        assertThat(run("features", "apply", "fitted basics", "--dataset", "customers-2026", "--project", "bank"))
                .isZero();
        assertThat(out.toString()).contains("on customers-2026 v1 (project bank): 5,000 rows");
        out.getBuffer().setLength(0);
        run("features", "show", "fitted basics");
        assertThat(out.toString()).contains("in project bank (v2)");
    }

    @Test
    void applyRefusesUnfittedVersionsAndUnknownDatasets() {
        assertThat(run("features", "apply", "telco basics", "--dataset", "customers")).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains("Feature set 'telco basics' has no fitted version yet");
        err.getBuffer().setLength(0);
        assertThat(run("features", "apply", "fitted basics@1", "--dataset", "customers"))
                .isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains("Version 1 of feature set 'fitted basics' is not fitted");
        err.getBuffer().setLength(0);
        assertThat(run("features", "apply", "fitted basics", "--dataset", "nope")).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains("No dataset named 'nope' in project 'churn'; its datasets are [customers]");
        err.getBuffer().setLength(0);
        assertThat(run("features", "apply", "fitted basics", "--dataset", "customers@9"))
                .isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains("Dataset 'customers' has no version '9'; its versions are 1 to 1");
        assertThat(run("features", "apply", "fitted basics")).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void trainsOnAFittedFeatureSetAndRecordsBothVersionsInTheRunsLineage() {
        assertThat(run("train", "customers@1", "--features", "fitted basics", "--target", "churn",
                "--algorithm", "logistic_regression")).as(err::toString).isZero();
        assertThat(err.toString()).contains("training on customers@v1 + fitted basics v2 (5000 rows × 17 columns)");
        assertThat(run("runs")).isZero();
        assertThat(out.toString()).contains("customers@v1 + fitted basics v2 → churn");
        // reopening the workspace after materialising and training in one session (H2 compaction on close broke it)
        assertThat(run("runs", "show", "1")).as(err::toString).isZero();
        assertThat(out.toString()).contains("Data:       customers@v1 (project churn)", "Features:   fitted basics v2");
        try (WorkspaceSession session = WorkspaceSession.open(workspace)) {
            TrainingRun recorded = session.training().run(1);
            FeatureSetVersion version = session.featurePipelines().version(recorded.pipelineVersionId().orElseThrow());
            assertThat(version.versionNo()).isEqualTo(2);
            assertThat(recorded.datasetVersionId()).isEqualTo(version.fittedOnDatasetVersionId());
            assertThat(session.featureStore().list(version.featureSetId())).hasSize(1);
        }
        assertThat(run("runs", "reproduce", "1")).isZero();
        assertThat(out.toString()).contains("Run 1 reproduced as run 2").contains("identical");
    }

    @Test
    void trainRefusesUnknownOrUnfittedSetsAndATargetMissingFromTheFeatureTable() {
        assertThat(run("train", "customers", "--features", "nope", "--target", "churn",
                "--algorithm", "logistic_regression")).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains("No feature set named 'nope'", "fitted basics (churn)");
        assertThat(run("train", "customers", "--features", "telco basics", "--target", "churn",
                "--algorithm", "logistic_regression")).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains("Feature set 'telco basics' has no fitted version yet");
        assertThat(run("train", "customers", "--features", "fitted basics@1", "--target", "churn",
                "--algorithm", "logistic_regression")).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains("Version 1 of feature set 'fitted basics' is not fitted");
        assertThat(run("train", "customers", "--features", "fitted basics", "--target", "churned",
                "--algorithm", "logistic_regression")).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains("--target 'churned' is not a column of feature set fitted basics v2"
                + " applied to customers@v1; its columns are [customer_id", "charge_per_month", "nothing was trained");
        assertThat(run("runs")).isZero();
        assertThat(out.toString()).doesNotContain("logistic_regression");
    }

    @Test
    void featuresWithoutACommandIsAUsageError() {
        assertThat(run("features")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("workbench features list");
    }
}
