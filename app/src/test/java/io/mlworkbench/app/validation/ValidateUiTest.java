package io.mlworkbench.app.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.app.desktop.DesktopFixture;
import io.mlworkbench.app.importing.CsvFiles;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.task.SynchronousTaskExecutor;
import io.mlworkbench.engine.data.dataset.DatasetVersion;
import io.mlworkbench.engine.data.ingest.ImportOptions;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import io.mlworkbench.engine.validation.SuggestedRule;
import io.mlworkbench.engine.validation.SuiteSuggester;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Validate step in the main window, headless: empty state, suggest and run, a failing version, the editor. */
class ValidateUiTest {

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private DesktopFixture desktop;
    private WorkspaceSession session;

    private void open() throws Exception {
        desktop = DesktopFixture.open(session, new SynchronousTaskExecutor(), temp.resolve("prefs.properties"),
                LifecycleStep.VALIDATE);
    }

    private DatasetVersion importFile(Path file) {
        return session.datasets().importFile(session.actor(), "default", "customers", file, ImportOptions.defaults(),
                ProgressListener.ignoring(), CancellationToken.never()).version();
    }

    @AfterEach
    void close() throws Exception {
        desktop.close();
    }

    private void click(String query) {
        robot.clickOn(query);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void withoutDatasetsSaysToImportFirst() throws Exception {
        session = WorkspaceSession.open(temp.resolve("ws"));
        open();
        assertThat(robot.lookup("#emptyState").query().isVisible()).isTrue();
        assertThat(robot.lookup("#runButton").queryButton().isDisabled()).isTrue();
    }

    @Test
    void suggestsAcceptsAndRunsASuite() throws Exception {
        session = WorkspaceSession.open(temp.resolve("ws"));
        importFile(CsvFiles.customers(temp.resolve("customers.csv"), 150, 4));
        open();
        click("#suggestButton");
        TableView<?> suggestions = robot.lookup("#suggestionTable").queryTableView();
        assertThat(suggestions.getItems()).isNotEmpty();
        click("#acceptAllButton");
        assertThat(robot.lookup("#ruleTable").queryTableView().getItems()).hasSameSizeAs(suggestions.getItems());
        click("#runButton");

        assertThat(robot.lookup("#resultSummary").queryAs(Label.class).getText())
                .isEqualTo("All " + suggestions.getItems().size() + " rules passed on 150 rows");
    }

    @Test
    void aBrokenVersionFailsAndItsRowsCanBeListed() throws Exception {
        session = WorkspaceSession.open(temp.resolve("ws"));
        Path customers = CsvFiles.customers(temp.resolve("customers.csv"), 150, 4);
        DatasetVersion clean = importFile(customers);
        var rules = new SuiteSuggester().suggest(session.profiles().profileOf(session.actor(), clean.id(),
                session.datasets().loadTable(clean.id()))).stream().map(SuggestedRule::rule).toList();
        long project = session.projects().findOrCreate(session.actor(), "default").id();
        session.validation().createSuite(session.actor(), project, "customers", rules);
        importFile(CsvFiles.brokenCopy(customers, temp.resolve("broken.csv"), 5));
        open();
        click("#runButton");

        TableView<RuleResultRow> results = robot.lookup("#resultTable").queryTableView();
        assertThat(results.getItems().get(0).status()).isEqualTo("Failed");
        robot.interact(() -> results.getSelectionModel().select(results.getItems().stream()
                .filter(r -> r.column().equals("age") && !r.success()).findFirst().orElseThrow()));
        click("#failingRowsButton");
        TableView<?> rows = robot.lookup("#failingRowsTable").queryTableView();
        assertThat(rows.getItems()).hasSize(1);
        assertThat(rows.getColumns().get(0).getText()).isEqualTo("Row");
    }

    @Test
    void theRuleEditorShowsAParameterErrorOnItsField() throws Exception {
        session = WorkspaceSession.open(temp.resolve("ws"));
        importFile(CsvFiles.customers(temp.resolve("customers.csv"), 30, 4));
        open();
        click("#addRuleButton");
        robot.interact(() -> robot.lookup("#expectationChoice").<io.mlworkbench.engine.validation.Expectation>
                queryComboBox().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#parameter-column").write("age");
        robot.clickOn("#parameter-min_value").write("abc");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#parameter-min_value").queryAs(TextField.class).getText()).isEqualTo("abc");
        assertThat(robot.lookup(".field-error").queryAllAs(Label.class)).anySatisfy(label ->
                assertThat(label.getText()).contains("got \"abc\""));
    }
}
