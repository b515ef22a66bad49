package io.mlworkbench.app.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.app.dialog.RecordingDialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.shell.NavigationEntry;
import io.mlworkbench.app.task.SynchronousTaskExecutor;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.dataset.DatasetVersion;
import io.mlworkbench.engine.data.ingest.ImportOptions;
import io.mlworkbench.engine.project.Project;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Train step's data over the workspace's imported dataset versions. */
class WorkspaceTrainingDataTest {

    @TempDir
    Path temp;

    private final Messages messages = Messages.load(Locale.ENGLISH);
    private WorkspaceSession session;
    private WorkspaceTrainingData data;
    private Project project;

    @BeforeEach
    void openWorkspace() {
        session = WorkspaceSession.open(temp.resolve("ws"));
        project = session.projects().create(session.actor(), "default", "");
        data = new WorkspaceTrainingData(session, messages, SmallTables.serving(SmallTables.binary(40, 1)));
    }

    @AfterEach
    void close() {
        session.close();
    }

    private DatasetVersion importCsv(String name, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("x1,x2,colour,label\n");
        for (int i = 0; i < rows; i++) {
            double x1 = random.nextGaussian();
            double x2 = random.nextGaussian();
            String colour = random.nextBoolean() ? "red" : "blue";
            csv.append(String.format(Locale.ROOT, "%.4f,%.4f,%s,%s%n", x1, x2, colour,
                    x1 + 0.5 * x2 + 0.3 * random.nextGaussian() > 0 ? "yes" : "no"));
        }
        Path file = temp.resolve(name + seed + ".csv");
        Files.writeString(file, csv);
        return session.datasets().importFile(session.actor(), project.name(), name, file, ImportOptions.defaults(),
                ProgressListener.ignoring(), CancellationToken.never()).version();
    }

    @Test
    void listsImportedVersionsNewestFirstWithRowsAndColumns() throws IOException {
        DatasetVersion first = importCsv("points", 50, 1);
        DatasetVersion second = importCsv("points", 60, 2);

        List<DatasetChoice> choices = data.choices(project);

        assertThat(choices).extracting(DatasetChoice::label)
                .containsExactly("points@v2 (60 rows × 4 columns)", "points@v1 (50 rows × 4 columns)");
        assertThat(choices).extracting(c -> c.versionId().orElseThrow()).containsExactly(second.id(), first.id());
        assertThat(data.load(choices.get(1)).rowCount()).isEqualTo(50);
    }

    @Test
    void offersTheFallbackWhenTheProjectHasNoDataset() {
        assertThat(data.choices(project)).extracting(DatasetChoice::label).containsExactly("small");
    }

    @Test
    void unknownVersionIsAnError() {
        assertThatThrownBy(() -> data.loadVersion(9999)).isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("9999");
    }

    @Test
    void runsRecordTheirDatasetVersionAndReproduceFromIt() throws IOException {
        DatasetVersion version = importCsv("points", 200, 3);
        TrainViewModel viewModel = new TrainViewModel(session, data, new SynchronousTaskExecutor(),
                new RecordingDialogService(), messages, new NavigationEntry(LifecycleStep.TRAIN, "Train"),
                Runnable::run);
        viewModel.refresh();
        assertThat(viewModel.datasetProperty().get().versionId()).contains(version.id());
        assertThat(viewModel.targetProperty().get()).isEqualTo("label");
        viewModel.algorithms().forEach(o -> o.selectedProperty().set(o.spec().id().equals("logistic_regression")));

        viewModel.start();

        assertThat(viewModel.runs()).hasSize(1);
        long runId = viewModel.runs().get(0).runId();
        assertThat(session.training().run(runId).datasetVersionId()).contains(version.id());
        viewModel.selectedRunProperty().set(viewModel.runs().get(0));
        viewModel.reproduce();
        assertThat(viewModel.reproduceResultProperty().get()).contains("identical");
    }
}
