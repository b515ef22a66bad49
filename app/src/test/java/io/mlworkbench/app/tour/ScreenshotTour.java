package io.mlworkbench.app.tour;

import io.mlworkbench.app.desktop.DesktopShell;
import io.mlworkbench.app.dialog.RecordingDialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.importing.ColumnSettingRow;
import io.mlworkbench.app.importing.ColumnProfileRow;
import io.mlworkbench.app.preferences.DesktopPreferences;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.shell.MainWindowViewModel;
import io.mlworkbench.app.task.JavaFxTaskExecutor;
import io.mlworkbench.app.validation.RuleResultRow;
import io.mlworkbench.app.validation.SuggestionRow;
import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.dataset.DatasetVersion;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Takes the Import, profile and Validate screenshots of {@code docs/screenshots/} on the shared Adult data, by
 * driving the real window through its buttons (a scripted dialog service answers the file chooser). Not a test:
 * run it by hand, headless, from the repository root:
 *
 * <pre>{@code
 * mvn -o -q -pl app -am test-compile dependency:build-classpath \
 *   -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1600x1000-32 \
 *   -cp app/target/test-classes:app/target/classes:$(cat app/target/test-classpath.txt) \
 *   io.mlworkbench.app.tour.ScreenshotTour /tmp/ws-tour ../shared/datasets/adult/adult.data docs/screenshots
 * }</pre>
 */
public final class ScreenshotTour {

    private static final List<String> ADULT_COLUMNS = List.of("age", "workclass", "fnlwgt", "education",
            "education-num", "marital-status", "occupation", "relationship", "race", "sex", "capital-gain",
            "capital-loss", "hours-per-week", "native-country", "income");

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Path output;
    private JavaFxTaskExecutor executor;
    private Stage stage;
    private MainWindowViewModel window;

    private ScreenshotTour(Path output) {
        this.output = output;
    }

    /**
     * @param args the workspace folder (made afresh), the Adult {@code adult.data} file, the output folder
     * @throws Exception when a step fails
     */
    public static void main(String[] args) throws Exception {
        Path workspace = Path.of(args[0]);
        Path adult = Path.of(args[1]);
        ScreenshotTour tour = new ScreenshotTour(Path.of(args[2]));
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        WorkspaceSession session = WorkspaceSession.open(workspace);
        try {
            tour.run(session, adult, workspace);
        } finally {
            tour.onFx(() -> {
                tour.executor.close();
                tour.stage.close();
                return null;
            });
            session.close();
            Platform.exit();
        }
    }

    private void run(WorkspaceSession session, Path adult, Path workspace) throws Exception {
        onFx(() -> {
            executor = new JavaFxTaskExecutor(2);
            stage = new Stage();
            DesktopShell shell = new DesktopShell(Messages.load(Locale.ENGLISH),
                    new DesktopPreferences(workspace.resolve("desktop.properties")), executor, dialogs,
                    WorkspaceSession::open);
            window = shell.show(stage, session);
            stage.setWidth(1400);
            stage.setHeight(900);
            window.selectByShortcut(LifecycleStep.IMPORT.shortcutDigit());
            return null;
        });
        settle();
        dialogs.chooseNextFile(adult);
        fire("#chooseButton");
        onFx(() -> {
            List<ColumnSettingRow> columns = this.<ColumnSettingRow>table("#columnTable").getItems();
            for (int i = 0; i < columns.size() && i < ADULT_COLUMNS.size(); i++) {
                columns.get(i).nameProperty().set(ADULT_COLUMNS.get(i));
            }
            columns.get(columns.size() - 1).roleProperty().set(ColumnRole.TARGET);
            columns.get(columns.size() - 1).normaliseLabelProperty().set(true);
            return null;
        });
        snapshot("import.png");
        selectTab("#tabs", 1);
        snapshot("import-columns.png");
        fire("#importButton");
        fire("#profileButton");
        onFx(() -> {
            TableView<ColumnProfileRow> profile = table("#profileTable");
            profile.getSelectionModel().select(profile.getItems().stream()
                    .filter(r -> r.name().equals("age")).findFirst().orElseThrow());
            return null;
        });
        snapshot("profile.png");
        fire("#validateButton");
        fire("#suggestButton");
        onFx(() -> {
            TableView<SuggestionRow> suggestions = table("#suggestionTable");
            for (int i = 0; i < 6; i++) {
                suggestions.getSelectionModel().select(i);
                ((Button) lookup(i == 3 ? "#rejectButton" : "#acceptButton")).fire();
            }
            suggestions.getSelectionModel().select(7);
            ((Button) lookup("#editSuggestionButton")).fire();
            return null;
        });
        snapshot("validate.png");
        onFx(() -> {
            ((Button) lookup("#cancelRuleButton")).fire();
            ((Button) lookup("#acceptAllButton")).fire();
            return null;
        });
        fire("#runButton");
        importBrokenCopy(session, adult, workspace);
        onFx(() -> {
            window.selectByShortcut(LifecycleStep.IMPORT.shortcutDigit());
            window.selectByShortcut(LifecycleStep.VALIDATE.shortcutDigit());
            return null;
        });
        settle();
        onFx(() -> {
            ((ComboBox<?>) lookup("#versionChoice")).getSelectionModel().select(0);
            return null;
        });
        settle();
        fire("#runButton");
        onFx(() -> {
            TableView<RuleResultRow> results = table("#resultTable");
            results.getSelectionModel().select(results.getItems().stream()
                    .filter(r -> !r.success() && !r.failingRows().isEmpty())
                    .findFirst().orElseThrow());
            ((Button) lookup("#failingRowsButton")).fire();
            return null;
        });
        snapshot("validate-results.png");
    }

    /** A copy of Adult with three impossible ages and a new workclass, imported as version 2 of the dataset. */
    private void importBrokenCopy(WorkspaceSession session, Path adult, Path workspace) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(adult, StandardCharsets.UTF_8));
        for (int row : new int[] {12, 345, 6789}) {
            String[] fields = lines.get(row - 1).split(", ", -1);
            fields[0] = "150";
            fields[1] = "Space-agency";
            lines.set(row - 1, String.join(", ", fields));
        }
        Path broken = Files.write(workspace.resolve("adult-broken.data"), lines, StandardCharsets.UTF_8);
        DatasetVersion v1 = session.datasets().listVersions(session.allDatasets().get(0).id()).get(0);
        session.datasets().importFile(session.actor(), v1.projectName(), v1.datasetName(), broken,
                session.datasets().importOptions(v1), ProgressListener.ignoring(), CancellationToken.never());
    }

    private Node lookup(String query) {
        Node node = stage.getScene().lookup(query);
        if (node == null) {
            throw new IllegalStateException("No node " + query + " on screen");
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private <R> TableView<R> table(String query) {
        return (TableView<R>) lookup(query);
    }

    private void fire(String query) throws Exception {
        onFx(() -> {
            ((Button) lookup(query)).fire();
            return null;
        });
        settle();
    }

    private void selectTab(String query, int index) throws Exception {
        onFx(() -> {
            TabPane tabs = (TabPane) lookup(query);
            Tab tab = tabs.getTabs().get(index);
            tabs.getSelectionModel().select(tab);
            return null;
        });
        settle();
    }

    private void snapshot(String name) throws Exception {
        settle();
        Files.createDirectories(output);
        onFx(() -> ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png",
                output.resolve(name).toFile()));
    }

    /** Waits until no background task runs and the JavaFX thread has handled what they posted. */
    private void settle() throws Exception {
        do {
            Thread.sleep(300);
        } while (onFx(() -> executor.runningCount().get()) > 0);
        onFx(() -> null);
        Thread.sleep(300);
        onFx(() -> null);
    }

    private <T> T onFx(Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(2, TimeUnit.MINUTES);
    }
}
