package io.mlworkbench.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.app.dialog.RecordingDialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.shell.NavigationEntry;
import io.mlworkbench.app.task.SynchronousTaskExecutor;
import io.mlworkbench.engine.data.dataset.DatasetVersion;
import io.mlworkbench.engine.data.ingest.ImportOptions;
import io.mlworkbench.engine.features.PipelineDefinition;
import io.mlworkbench.engine.features.PipelineFitter;
import io.mlworkbench.engine.features.StepSpec;
import io.mlworkbench.engine.project.Project;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import io.mlworkbench.engine.training.run.TrainingRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Train step's Features combo: training on a fitted feature set's table records its version on the run. */
class TrainOnFeatureSetViewModelTest {

    private static final Path CHURN_CSV = Path.of("..", "sample-datasets", "churn.csv");
    private static final PipelineDefinition DEFINITION = PipelineDefinition.of("churn", List.of(
            StepSpec.of("impute", "columns", List.of("total_charges"), "strategy", "median"),
            StepSpec.of("derive", "name", "charge_per_month", "expression", "total_charges / (tenure_months + 1)")));

    @TempDir
    Path temp;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Messages messages = Messages.load(Locale.ENGLISH);
    private WorkspaceSession session;
    private TrainViewModel viewModel;
    private long pipelineVersionId;

    @BeforeEach
    void workspaceWithAFittedFeatureSet() {
        session = WorkspaceSession.open(temp.resolve("ws"));
        Project churn = session.projects().create(session.actor(), "churn", "");
        DatasetVersion customers = session.datasets().importFile(session.actor(), "churn", "customers", CHURN_CSV,
                ImportOptions.defaults(), ProgressListener.ignoring(), CancellationToken.never()).version();
        long set = session.featurePipelines().create(session.actor(), churn.id(), "basics", "", List.of(),
                DEFINITION).featureSetId();
        pipelineVersionId = session.featurePipelines().saveFitted(session.actor(), set,
                new PipelineFitter(session.stepCatalog()).fit(DEFINITION,
                        session.datasets().loadTable(customers.id()), 42).pipeline(), customers.id()).id();
        viewModel = new TrainViewModel(session, new WorkspaceTrainingData(session, messages,
                SmallTables.serving(SmallTables.binary(40, 1))), new SynchronousTaskExecutor(), dialogs, messages,
                new NavigationEntry(LifecycleStep.TRAIN, "Train"), Runnable::run);
        viewModel.refresh();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private FeatureSetChoice basics() {
        return viewModel.featureSets().stream().filter(f -> !f.isRaw()).findFirst().orElseThrow();
    }

    @Test
    void listsRawColumnsAndTheFittedVersionWithWhatItWasFittedOn() {
        assertThat(viewModel.featureSets()).extracting(FeatureSetChoice::label)
                .containsExactly("Raw columns (no feature set)", "basics v2 (fitted on customers@v1)");
        assertThat(basics().tooltip()).contains("fitted on its own training split of customers@v1");
        assertThat(viewModel.featureSetProperty().get().isRaw()).isTrue();
        assertThat(viewModel.columns()).doesNotContain("charge_per_month");
    }

    @Test
    void choosingAFeatureSetTrainsOnItsTableAndRecordsItsVersion() {
        viewModel.targetProperty().set("churn");
        viewModel.featureSetProperty().set(basics());

        assertThat(viewModel.columns()).contains("charge_per_month", "churn");
        assertThat(viewModel.targetProperty().get()).isEqualTo("churn");
        viewModel.algorithms().forEach(o -> o.selectedProperty().set(o.spec().id().equals("logistic_regression")));
        viewModel.start();

        assertThat(dialogs.errors()).isEmpty();
        assertThat(viewModel.runs()).hasSize(1);
        TrainingRun run = session.training().run(viewModel.runs().get(0).runId());
        assertThat(run.pipelineVersionId()).contains(pipelineVersionId);
        assertThat(run.datasetVersionId()).isEqualTo(viewModel.datasetProperty().get().versionId());
        assertThat(session.training().experiments(viewModel.projectProperty().get().id()))
                .anyMatch(e -> e.id() == run.experimentId() && e.name().endsWith(" + basics v2 → churn"));

        viewModel.selectedRunProperty().set(viewModel.runs().get(0));
        viewModel.reproduce();
        assertThat(dialogs.errors()).isEmpty();
        assertThat(viewModel.reproduceResultProperty().get()).endsWith("identical.");

        viewModel.featureSetProperty().set(viewModel.featureSets().get(0));
        assertThat(viewModel.columns()).doesNotContain("charge_per_month");
    }
}
