package io.mlworkbench.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.app.desktop.DesktopShell;
import io.mlworkbench.app.dialog.RecordingDialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.overview.ProjectRow;
import io.mlworkbench.app.preferences.DesktopPreferences;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.task.SynchronousTaskExecutor;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The main window, headless, on a temporary workspace: navigation, creating a project, and a bad name. */
class MainWindowUiTest {

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private Stage stage;
    private MainWindowViewModel window;

    @BeforeEach
    void openMainWindow() throws Exception {
        FxToolkit.registerPrimaryStage();
        Messages messages = Messages.load(Locale.ENGLISH);
        WorkspaceSession session = WorkspaceSession.open(temp.resolve("workspace"));
        DesktopShell shell = new DesktopShell(messages, new DesktopPreferences(temp.resolve("prefs.properties")),
                new SynchronousTaskExecutor(), dialogs, WorkspaceSession::open);
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            window = shell.show(stage, session);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeMainWindow() throws Exception {
        FxToolkit.setupFixture(() -> {
            stage.close();
            window.closeSession();
        });
    }

    @Test
    void visitsEveryNavigationEntryThatExists() {
        ListView<NavigationEntry> navigation = robot.lookup("#navigation").queryListView();
        assertThat(navigation.getItems()).isNotEmpty();
        StackPane content = robot.lookup("#content").queryAs(StackPane.class);
        for (NavigationEntry entry : navigation.getItems()) {
            robot.clickOn(entry.title());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(window.selectedProperty().get()).isEqualTo(entry);
            assertThat(content.getChildren()).hasSize(1);
            assertThat(content.getChildren().get(0).isVisible()).isTrue();
        }
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        assertThat(window.selectedProperty().get().step()).isEqualTo(LifecycleStep.OVERVIEW);
    }

    @Test
    void listsOnlyStepsThatAreBuilt() {
        ListView<NavigationEntry> navigation = robot.lookup("#navigation").queryListView();
        assertThat(navigation.getItems()).extracting(NavigationEntry::step)
                .containsExactly(LifecycleStep.OVERVIEW, LifecycleStep.IMPORT, LifecycleStep.VALIDATE,
                        LifecycleStep.FEATURES, LifecycleStep.TRAIN, LifecycleStep.COMPARE, LifecycleStep.REGISTRY);
    }

    @Test
    void createsProjectFromTheOverview() {
        robot.clickOn("#projectName").write("churn");
        robot.clickOn("#projectDescription").write("Who leaves next quarter");
        robot.clickOn("#createButton");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<ProjectRow> projects = robot.lookup("#projectTable").queryTableView();
        assertThat(projects.getItems()).extracting(ProjectRow::name).containsExactly("churn");
        assertThat(robot.lookup("#projectName").queryTextInputControl().getText()).isEmpty();
        assertThat(dialogs.notifications()).containsExactly("Project churn created");
        TableView<?> audit = robot.lookup("#auditTable").queryTableView();
        assertThat(audit.getItems()).hasSize(1);
    }

    @Test
    void invalidProjectNameShowsAnErrorBesideTheField() {
        robot.clickOn("#projectName").write("!!bad");
        robot.clickOn("#createButton");
        WaitForAsyncUtils.waitForFxEvents();

        Label error = robot.lookup("#nameError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("Invalid project name '!!bad'");
        assertThat(robot.lookup("#projectTable").queryTableView().getItems()).isEmpty();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void statusBarShowsWorkspaceAndIdleTasks() {
        Set<Node> labels = robot.lookup("#workspacePath").queryAll();
        assertThat(labels).hasSize(1);
        assertThat(robot.lookup("#workspacePath").queryLabeled().getText())
                .isEqualTo(temp.resolve("workspace").toAbsolutePath().normalize().toString());
        assertThat(robot.lookup("#taskButton").queryButton().getText()).isEqualTo("No background tasks");
    }
}
