package io.mlworkbench.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.app.compare.CompareView;
import io.mlworkbench.app.compare.CompareViewModel;
import io.mlworkbench.app.compare.MetricComparison;
import io.mlworkbench.app.compare.RunCatalog;
import io.mlworkbench.app.dialog.RecordingDialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.shell.NavigationEntry;
import io.mlworkbench.app.task.SynchronousTaskExecutor;
import io.mlworkbench.app.view.ViewLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Train and Compare views, headless: loads, trains two fast models, compares them, shows field errors. */
class TrainUiTest {

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Messages messages = Messages.load(Locale.ENGLISH);
    private WorkspaceSession session;
    private TrainViewModel viewModel;
    private Stage stage;

    @BeforeEach
    void showTrainView() throws Exception {
        FxToolkit.registerPrimaryStage();
        session = WorkspaceSession.open(temp.resolve("ws"));
        session.projects().create(session.actor(), "churn", "");
        viewModel = new TrainViewModel(session, SmallTables.serving(SmallTables.binary(240, 3)),
                new SynchronousTaskExecutor(), dialogs, messages, new NavigationEntry(LifecycleStep.TRAIN, "Train"),
                Runnable::run);
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            Parent root = new TrainView(viewModel, new ViewLoader(messages), messages, dialogs).root();
            viewModel.refresh();
            io.mlworkbench.app.theme.Theme.LIGHT.apply();
            Scene scene = new Scene(root, 1300, 1000);
            scene.getStylesheets().add(TrainView.class.getResource("/css/workbench.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> stage.close());
        session.close();
    }

    @Test
    void trainsTwoModelsAndShowsTheirResults() throws Exception {
        robot.interact(() -> viewModel.algorithms().forEach(o -> o.selectedProperty().set(
                o.spec().id().equals("logistic_regression") || o.spec().id().equals("decision_tree"))));
        robot.interact(() -> viewModel.settings().cvFoldsProperty().set("3"));
        robot.interact(() -> robot.lookup("#startButton").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> viewModel.selectedRunProperty().set(viewModel.runs().get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#cvSummary").queryAs(Label.class).getText())
                .startsWith(viewModel.runs().get(0).primaryMetric() + ": mean ").contains("folds: ");

        TableView<RunRow> runs = robot.lookup("#runTable").queryTableView();
        assertThat(runs.getItems()).hasSize(2);
        assertThat(robot.lookup("#detailsCard").query().isVisible()).isTrue();
        assertThat(robot.lookup(".chart-panel").queryAll()).hasSizeGreaterThanOrEqualTo(3);
        snapshot("train.png");

        CompareViewModel compare = new CompareViewModel(new RunCatalog(session.projects(), session.training()),
                session.training(), new SynchronousTaskExecutor(), dialogs, messages,
                new NavigationEntry(LifecycleStep.COMPARE, "Compare"));
        robot.interact(() -> {
            stage.getScene().setRoot(new CompareView(compare, new ViewLoader(messages), messages, dialogs).root());
            compare.refresh();
            compare.runs().forEach(r -> r.selectedProperty().set(true));
        });
        robot.clickOn("#compareButton");
        robot.interact(() -> robot.lookup("#testButton").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<MetricComparison> metrics = robot.lookup("#metricTable").queryTableView();
        assertThat(metrics.getItems()).extracting(MetricComparison::metric).contains("roc_auc", "accuracy");
        assertThat(compare.tests()).isNotEmpty();
        // ROC, precision-recall and the metric bars of the runs just compared (the bars read the metric rows)
        javafx.scene.layout.FlowPane charts = robot.lookup("#chartPane").queryAs(javafx.scene.layout.FlowPane.class);
        assertThat(charts.getChildren()).hasSize(3);
        javafx.scene.Node bars = ((ChartPanel) charts.getChildren().get(2)).getChildren().get(0);
        assertThat(bars.getAccessibleText()).isEqualTo(messages.text("compare.chart.bars"));
        snapshot("compare.png");

        String firstAlgorithm = compare.runs().get(0).algorithmName();
        robot.interact(() -> compare.filterProperty().set(firstAlgorithm.toUpperCase(java.util.Locale.ROOT)));
        assertThat(compare.visibleRuns()).isNotEmpty()
                .allSatisfy(run -> assertThat(run.algorithmName()).isEqualTo(firstAlgorithm));
        assertThat(compare.visibleRuns()).hasSizeLessThan(compare.runs().size());
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void invalidParameterIsMarkedBesideItsField() {
        robot.interact(() -> viewModel.algorithms().forEach(o -> o.selectedProperty().set(
                o.spec().id().equals("decision_tree"))));
        TextField depth = robot.lookup("#param-decision_tree-maxDepth").queryAs(TextField.class);
        robot.interact(() -> depth.setText("500"));

        assertThat(depth.getStyleClass()).contains("danger");
        assertThat(robot.lookup("#startButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#problemLabel").queryAs(Label.class).getText()).contains("Decision tree");
    }

    @Test
    void featuresShowRawColumnsWhenNoFeatureSetIsChosen() {
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<FeatureSetChoice> features =
                robot.lookup("#featureChoice").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(features.getValue()).isNotNull();
        assertThat(features.getValue()).isEqualTo(features.getItems().get(0));
        assertThat(viewModel.featureSetProperty().get()).isEqualTo(features.getItems().get(0));
    }

    @Test
    void cancelAllIsOnlyEnabledWhileTraining() {
        assertThat(robot.lookup("#cancelButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#startButton").queryButton().isDisabled()).isFalse();
    }

    private void snapshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage> image =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> image.set(((javafx.scene.control.ScrollPane) stage.getScene().getRoot()).getContent()
                .snapshot(null, null)));
        ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", dir.resolve(name).toFile());
    }
}
