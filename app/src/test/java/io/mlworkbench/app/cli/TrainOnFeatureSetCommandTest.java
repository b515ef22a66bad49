package io.mlworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.data.dataset.DatasetVersion;
import io.mlworkbench.engine.data.ingest.ImportOptions;
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

/** {@code workbench train DATASET --features NAME[@VERSION]}: training on a fitted feature set's table. */
class TrainOnFeatureSetCommandTest {

    private static final Path CHURN_CSV = Path.of("..", "sample-datasets", "churn.csv");
    private static final PipelineDefinition DEFINITION = PipelineDefinition.of("churn", List.of(
            StepSpec.of("impute", "columns", List.of("total_charges"), "strategy", "median"),
            StepSpec.of("derive", "name", "charge_per_month", "expression", "total_charges / (tenure_months + 1)")));
    private static final PipelineDefinition DROPS_GENDER = PipelineDefinition.of("churn", List.of(
            StepSpec.of("drop", "columns", List.of("gender"))));

    @TempDir
    Path temp;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
    private Path workspace;

    @BeforeEach
    void workspaceWithAFittedFeatureSet() {
        workspace = temp.resolve("ws");
        Actor ana = new Actor("ana");
        try (WorkspaceSession session = WorkspaceSession.open(workspace, ana, Clock.systemUTC())) {
            Project churn = session.projects().create(ana, "churn", "");
            DatasetVersion customers = session.datasets().importFile(ana, "churn", "customers", CHURN_CSV,
                    ImportOptions.defaults(), ProgressListener.ignoring(), CancellationToken.never()).version();
            PipelineFitter fitter = new PipelineFitter(session.stepCatalog());
            var rows = session.datasets().loadTable(customers.id());
            long basics = session.featurePipelines().create(ana, churn.id(), "basics", "", List.of(), DEFINITION)
                    .featureSetId();
            session.featurePipelines().saveFitted(ana, basics, fitter.fit(DEFINITION, rows, 42).pipeline(),
                    customers.id());
            long dropper = session.featurePipelines().create(ana, churn.id(), "no gender", "", List.of(),
                    DROPS_GENDER).featureSetId();
            session.featurePipelines().saveFitted(ana, dropper, fitter.fit(DROPS_GENDER, rows, 42).pipeline(),
                    customers.id());
            session.featurePipelines().create(ana, churn.id(), "unfitted", "", List.of(), DEFINITION);
        }
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = new CliContext(new CliOutput(out, err),
                new WorkspaceLocator(Map.of(), temp.resolve("home")), directory -> ExitCode.OK);
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = workspace.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return new WorkbenchCli(context).run(all);
    }

    @Test
    void trainsOnTheFeatureTableAndRecordsBothVersionsInTheRunsLineage() {
        assertThat(run("train", "customers@1", "--features", "basics", "--target", "churn",
                "--algorithm", "logistic_regression")).isZero();
        assertThat(err.toString()).contains("training on customers@v1 + basics v2 (5000 rows × 17 columns)");

        assertThat(run("runs")).isZero();
        assertThat(out.toString()).contains("customers@v1 + basics v2 → churn");
        assertThat(run("runs", "show", "1")).as(err::toString).isZero();
        assertThat(out.toString()).contains("Data:       customers@v1 (project churn)", "Features:   basics v2");
        try (WorkspaceSession session = WorkspaceSession.open(workspace)) {
            TrainingRun recorded = session.training().run(1);
            assertThat(recorded.pipelineVersionId()).isPresent();
            assertThat(session.featurePipelines().version(recorded.pipelineVersionId().get()).versionNo()).isEqualTo(2);
            assertThat(recorded.datasetVersionId()).isPresent();
            assertThat(session.featureStore().list(session.featurePipelines().version(
                    recorded.pipelineVersionId().get()).featureSetId())).hasSize(1);
        }

        assertThat(run("runs", "reproduce", "1")).isZero();
        assertThat(out.toString()).contains("Run 1 reproduced as run 2").contains("identical");
    }

    @Test
    void refusesUnknownOrUnfittedSetsAndATargetThePipelineDrops() {
        assertThat(run("train", "customers", "--features", "nope", "--target", "churn",
                "--algorithm", "logistic_regression")).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains("No feature set named 'nope'", "basics (churn)");

        assertThat(run("train", "customers", "--features", "unfitted", "--target", "churn",
                "--algorithm", "logistic_regression")).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains("Feature set 'unfitted' has no fitted version yet");

        assertThat(run("train", "customers", "--features", "basics@1", "--target", "churn",
                "--algorithm", "logistic_regression")).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains("Version 1 of feature set 'basics' is not fitted");

        assertThat(run("train", "customers", "--features", "no gender", "--target", "gender",
                "--algorithm", "logistic_regression")).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains("--target 'gender' is not a column of feature set no gender v2 applied to"
                + " customers@v1", "nothing was trained");

        assertThat(run("runs")).isZero();
        assertThat(out.toString()).doesNotContain("logistic_regression");
    }
}
