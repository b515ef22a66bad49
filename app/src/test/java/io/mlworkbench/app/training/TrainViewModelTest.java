package io.mlworkbench.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.app.dialog.RecordingDialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.shell.NavigationEntry;
import io.mlworkbench.app.task.SynchronousTaskExecutor;
import io.mlworkbench.engine.training.algorithm.AlgorithmSpec;
import io.mlworkbench.engine.training.algorithm.HyperParameter;
import io.mlworkbench.engine.training.algorithm.TaskType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Train step's view model with a synchronous executor on a small table in a temporary workspace. */
class TrainViewModelTest {

    @TempDir
    Path temp;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<Runnable> afterUi = new ArrayList<>();
    private WorkspaceSession session;
    private TrainViewModel viewModel;

    @BeforeEach
    void openWorkspace() {
        session = WorkspaceSession.open(temp.resolve("ws"));
        session.projects().create(session.actor(), "churn", "");
        Executor ui = action -> {
            action.run();
            afterUi.forEach(Runnable::run);
        };
        viewModel = new TrainViewModel(session, SmallTables.serving(SmallTables.binary(240, 3)),
                new SynchronousTaskExecutor(), dialogs, Messages.load(Locale.ENGLISH),
                new NavigationEntry(LifecycleStep.TRAIN, "Train"), ui);
        viewModel.refresh();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private void choose(String... ids) {
        for (AlgorithmOption option : viewModel.algorithms()) {
            option.selectedProperty().set(List.of(ids).contains(option.spec().id()));
        }
    }

    private AlgorithmOption option(String id) {
        return viewModel.algorithms().stream().filter(o -> o.spec().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void infersClassificationFromTheTargetRole() {
        assertThat(viewModel.targetProperty().get()).isEqualTo("label");
        assertThat(viewModel.taskProperty().get()).isEqualTo(TaskType.CLASSIFICATION);
        assertThat(viewModel.algorithms()).extracting(o -> o.spec().id())
                .containsExactlyElementsOf(session.training().catalog().specs(TaskType.CLASSIFICATION).stream()
                        .map(AlgorithmSpec::id).toList());
    }

    @Test
    void buildsEachFormFromTheDeclarationWithDefaults() {
        for (AlgorithmOption option : viewModel.algorithms()) {
            assertThat(option.fields()).extracting(f -> f.parameter().name())
                    .containsExactlyElementsOf(option.spec().parameters().stream().map(HyperParameter::name).toList());
            for (ParameterField field : option.fields()) {
                assertThat(field.textProperty().get()).isEqualTo(String.valueOf(field.parameter().defaultValue()));
                assertThat(field.isValid()).isTrue();
            }
            assertThat(option.values()).isEmpty();
        }
    }

    @Test
    void invalidParameterShowsItsErrorAndBlocksStart() {
        choose("decision_tree");
        ParameterField field = option("decision_tree").fields().stream()
                .filter(f -> !(f.parameter() instanceof io.mlworkbench.engine.training.algorithm.ChoiceParameter))
                .findFirst().orElseThrow();
        field.textProperty().set("not a number");

        assertThat(field.errorProperty().get()).contains(field.parameter().name());
        assertThat(viewModel.problemProperty().get()).contains("Decision tree");
        viewModel.start();
        assertThat(viewModel.progressRows()).isEmpty();

        field.textProperty().set(String.valueOf(field.parameter().defaultValue()));
        assertThat(viewModel.problemProperty().get()).isEmpty();
    }

    @Test
    void badSplitSettingBlocksStart() {
        viewModel.settings().testFractionProperty().set("0.9");
        assertThat(viewModel.problemProperty().get()).contains("Test share");
    }

    @Test
    void streamsEachFinishedRunAndHighlightsTheBest() {
        choose("logistic_regression", "decision_tree");
        viewModel.start();

        assertThat(viewModel.runs()).hasSize(2);
        assertThat(viewModel.runs()).extracting(RunRow::primaryMetric).containsOnly("roc_auc");
        RunRow best = viewModel.runs().stream().max(java.util.Comparator.comparingDouble(RunRow::primary))
                .orElseThrow();
        assertThat(viewModel.bestRunIdProperty().get()).isEqualTo(best.runId());
        assertThat(viewModel.progressRows()).allSatisfy(row -> {
            assertThat(row.runningProperty().get()).isFalse();
            assertThat(row.statusProperty().get()).startsWith("Done: roc_auc");
        });
        assertThat(viewModel.selectedRunProperty().get()).isEqualTo(viewModel.runs().get(0));
        assertThat(viewModel.evaluationProperty().get()).isNotNull();
        assertThat(dialogs.notifications()).containsExactly("2 of 2 models trained");
        assertThat(viewModel.runningProperty().get()).isFalse();
    }

    @Test
    void changedParameterReachesTheRecordedRun() {
        choose("decision_tree");
        ParameterField depth = option("decision_tree").fields().stream()
                .filter(f -> f.parameter().name().equals("maxDepth")).findFirst().orElseThrow();
        depth.textProperty().set("2");
        viewModel.start();

        long runId = viewModel.runs().get(0).runId();
        assertThat(session.training().run(runId).paramsJson()).contains("\"maxDepth\":2");
    }

    @Test
    void cancellingOneModelSkipsItAndTrainsTheRest() {
        choose("logistic_regression", "decision_tree");
        afterUi.add(() -> {
            if (!viewModel.progressRows().isEmpty()) {
                viewModel.progressRows().get(0).cancel();
            }
        });
        viewModel.start();

        assertThat(viewModel.progressRows().get(0).statusProperty().get()).isEqualTo("Cancelled");
        assertThat(viewModel.progressRows().get(1).statusProperty().get()).startsWith("Done");
        assertThat(viewModel.runs()).extracting(RunRow::algorithm).containsExactly("Decision tree (CART)");
    }

    @Test
    void tuningStreamsTrialsWithARisingBestSoFar() {
        choose("decision_tree");
        option("decision_tree").tuneProperty().set(true);
        viewModel.settings().trialsProperty().set("4");
        viewModel.start();

        assertThat(viewModel.trials()).isNotEmpty().hasSizeLessThanOrEqualTo(4);
        double previous = Double.NEGATIVE_INFINITY;
        for (TrialPoint t : viewModel.trials()) {
            if (!Double.isNaN(t.bestSoFar())) {
                assertThat(t.bestSoFar()).isGreaterThanOrEqualTo(previous);
                previous = t.bestSoFar();
            }
        }
        assertThat(viewModel.runs()).singleElement().satisfies(run -> assertThat(run.tuned()).isTrue());
    }

    @Test
    void reproducingARunReportsIdenticalMetrics() {
        choose("decision_tree");
        viewModel.start();
        viewModel.reproduce();

        long original = viewModel.runs().get(0).runId();
        assertThat(viewModel.reproduceResultProperty().get()).contains("identical").contains("Run " + original);
        assertThat(viewModel.runs()).hasSize(2); // the reproduction is listed beside the original
        assertThat(viewModel.runs().get(1).primary()).isEqualTo(viewModel.runs().get(0).primary());
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void choosingAnotherTableClearsTheLastBatchProgress() {
        choose("decision_tree");
        viewModel.start();
        assertThat(viewModel.progressRows()).isNotEmpty();

        viewModel.datasetProperty().set(null);

        assertThat(viewModel.progressRows()).isEmpty();
        assertThat(viewModel.trials()).isEmpty();
    }

    @Test
    void noProjectMeansNothingToStart() {
        session.projects().archive(session.actor(), "churn");
        viewModel.refresh();
        assertThat(viewModel.noProjectsProperty().get()).isTrue();
        assertThat(viewModel.problemProperty().get()).contains("project");
    }

    @Test
    void aFreshViewModelOverTheSameWorkspaceListsTheEarlierRuns() {
        choose("logistic_regression");
        viewModel.start();
        RunRow trained = viewModel.runs().get(0);

        TrainViewModel reopened = new TrainViewModel(session, SmallTables.serving(SmallTables.binary(240, 3)),
                new SynchronousTaskExecutor(), dialogs, Messages.load(Locale.ENGLISH),
                new NavigationEntry(LifecycleStep.TRAIN, "Train"), Runnable::run);
        reopened.refresh();

        assertThat(reopened.runs()).extracting(RunRow::runId).containsExactly(trained.runId());
        RunRow earlier = reopened.runs().get(0);
        assertThat(earlier.algorithm()).isEqualTo(trained.algorithm());
        assertThat(earlier.primaryMetric()).isEqualTo(trained.primaryMetric());
        assertThat(earlier.primary()).isEqualTo(trained.primary());
        assertThat(reopened.bestRunIdProperty().get()).isEqualTo(trained.runId());

        reopened.selectedRunProperty().set(earlier);
        assertThat(reopened.evaluationProperty().get()).isNotNull();
        assertThat(dialogs.errors()).isEmpty();
    }
}
