package io.mlworkbench.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.app.desktop.DesktopFixture;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.task.SynchronousTaskExecutor;
import io.mlworkbench.app.task.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Import step in the main window, headless: empty state, the main path, an error, cancel. */
class ImportUiTest {

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private DesktopFixture desktop;

    private void open(TaskExecutor executor) throws Exception {
        WorkspaceSession session = WorkspaceSession.open(temp.resolve("ws"));
        desktop = DesktopFixture.open(session, executor, temp.resolve("prefs.properties"), LifecycleStep.IMPORT);
    }

    @AfterEach
    void close() throws Exception {
        desktop.close();
    }

    private void click(String query) {
        robot.clickOn(query);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void opensOnTheEmptyStateWithItsActions() throws Exception {
        open(new SynchronousTaskExecutor());
        assertThat(robot.lookup("#emptyState").query().isVisible()).isTrue();
        assertThat(robot.lookup("#sampleButton").queryButton().isVisible()).isTrue();
        assertThat(robot.lookup("#workArea").query().isVisible()).isFalse();
    }

    @Test
    void previewsAChosenFileAndImportsIt() throws Exception {
        open(new SynchronousTaskExecutor());
        desktop.dialogs().chooseNextFile(CsvFiles.customers(temp.resolve("customers.csv"), 120, 1));
        click("#chooseButton");

        TableView<?> preview = robot.lookup("#previewTable").queryTableView();
        assertThat(preview.getItems()).hasSize(100);
        assertThat(preview.getColumns()).hasSize(5);
        assertThat(robot.lookup("#columnTable").queryTableView().getItems()).hasSize(5);
        click("#importButton");

        assertThat(text("#outcomeHeadline")).isEqualTo("Imported customers version 1");
        click("#profileButton");
        assertThat(robot.lookup("#profileTable").queryTableView().getItems()).hasSize(5);
        click("#validateButton");
        assertThat(desktop.window().selectedProperty().get().step()).isEqualTo(LifecycleStep.VALIDATE);
    }

    @Test
    void showsARaggedRowErrorAndSkipsSuchRowsOnRequest() throws Exception {
        open(new SynchronousTaskExecutor());
        desktop.dialogs().chooseNextFile(CsvFiles.write(temp.resolve("ragged.csv"),
                List.of("a,b,c", "1,2,3", "4,5,6", "7,8", "9,10,11")));
        click("#chooseButton");
        click("#importButton");

        assertThat(robot.lookup("#errorPane").query().isVisible()).isTrue();
        assertThat(text("#errorLabel")).contains("ragged.csv:4");
        click("#skipRaggedButton");
        assertThat(robot.lookup("#errorPane").query().isVisible()).isFalse();
        assertThat(text("#outcomeHeadline")).isEqualTo("Imported ragged version 1");
    }

    @Test
    void cancellingTheImportSaysNothingWasStored() throws Exception {
        open(new SynchronousTaskExecutor(title -> title.startsWith("Importing")));
        desktop.dialogs().chooseNextFile(CsvFiles.customers(temp.resolve("customers.csv"), 50, 2));
        click("#chooseButton");
        click("#importButton");
        assertThat(text("#errorLabel")).isEqualTo("Import cancelled: nothing was stored.");
        assertThat(robot.lookup("#outcomePane").query().isVisible()).isFalse();
    }
}
