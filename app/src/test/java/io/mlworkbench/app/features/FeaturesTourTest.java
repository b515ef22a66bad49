package io.mlworkbench.app.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.app.desktop.DesktopShell;
import io.mlworkbench.app.dialog.RecordingDialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.preferences.DesktopPreferences;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.MainWindowViewModel;
import io.mlworkbench.app.task.SynchronousTaskExecutor;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.StringColumn;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.data.dataset.DatasetService;
import io.mlworkbench.engine.data.dataset.ImportSource;
import io.mlworkbench.engine.data.ingest.ImportOptions;
import io.mlworkbench.engine.features.FeatureSet;
import io.mlworkbench.engine.features.FeatureSetQuery;
import io.mlworkbench.engine.features.FeatureSetUsage;
import io.mlworkbench.engine.features.FittedPipeline;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "done when", tried as a user would in the whole window: on Adult and Bank Marketing, build a pipeline
 * with imputation, encoding, scaling and a derived column, see the preview, save it as a feature set, reuse it from
 * a second project, and get the same values from the single-row path as from the batch path. Runs only when the
 * shared datasets are present and screenshots are asked for ({@code -Dmlwb.screenshots=DIR}).
 */
class FeaturesTourTest {

    private static final List<String> ADULT = List.of("age", "workclass", "fnlwgt", "education", "education-num",
            "marital-status", "occupation", "relationship", "race", "sex", "capital-gain", "capital-loss",
            "hours-per-week", "native-country", "income");

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private Stage stage;
    private MainWindowViewModel window;
    private WorkspaceSession session;

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            FxToolkit.setupFixture(() -> {
                stage.close();
                window.closeSession();
            });
        }
    }

    @Test
    void buildsSavesAndReusesPipelinesOnAdultAndBankMarketing() throws Exception {
        Path shared = Stream.of("../../shared/datasets", "../shared/datasets").map(Path::of)
                .filter(p -> Files.isDirectory(p.resolve("adult"))).findFirst().orElse(null);
        Assumptions.assumeTrue(shared != null, "shared datasets not present");
        Assumptions.assumeTrue(System.getProperty("mlwb.screenshots") != null, "screenshots not asked for");
        Path workspace = Path.of(System.getProperty("mlwb.tour.workspace", temp.resolve("ws").toString()));
        session = WorkspaceSession.open(workspace, new Actor("ana"), Clock.systemUTC());
        importData(session.datasets(), shared);
        show();

        robot.clickOn("Features");
        choose("#projectChoice", "census");
        waitUntil(() -> !robot.lookup("#targetChoice").queryComboBox().getItems().isEmpty());
        addStep("impute");
        check("columns", "workclass", "occupation", "native-country");
        interact(() -> robot.lookup("#field-strategy").<ChoiceBox<String>>query().setValue("most_frequent"));
        interact(() -> robot.lookup(".form-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        robot.clickOn("#field-add_indicator");
        addStep("derive");
        robot.clickOn("#field-name").write("capital_net");
        type("expression", "`capital-gain` - `capital-loss`");
        addStep("one_hot");
        check("columns", "workclass", "education", "marital-status", "occupation", "relationship", "race", "sex",
                "native-country");
        type("top_k", "8");
        addStep("scale");
        check("columns", "age", "fnlwgt", "hours-per-week", "capital_net");
        waitForPreview("Fitted 4 steps on 26,049 training rows");
        robot.clickOn("#field-columns");
        robot.clickOn("#field-columns");
        interact(() -> robot.lookup("#stepList").queryListView().getSelectionModel().select(3));
        fill("census basics", "Adult census: imputed, encoded, scaled, with capital_net", "census, baseline");
        ScreenshotSupport.saveIfRequested(stage.getScene(), "features.png");
        save();

        choose("#projectChoice", "census-2026");
        waitUntil(() -> robot.lookup("#versionChoice").queryComboBox().getValue() != null);
        robot.clickOn("Feature store");
        robot.clickOn("#search").write("census");
        waitUntil(() -> robot.lookup("#setTable").queryTableView().getItems().size() == 1);
        robot.clickOn("#useButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#linkNote").queryAs(Label.class).getText())
                .isEqualTo("Saving adds a fitted version to feature set census basics of project census.");
        waitForPreview("Fitted 4 steps on 13,025 training rows");
        save();

        choose("#projectChoice", "bank");
        waitUntil(() -> "y".equals(robot.lookup("#targetChoice").queryComboBox().getValue()));
        interact(() -> ((ListView<?>) robot.lookup("#stepList").query()).getSelectionModel().select(0));
        for (int i = 0; i < 4; i++) {
            robot.clickOn("#removeButton");
        }
        addStep("impute");
        check("columns", "balance", "duration");
        interact(() -> robot.lookup("#field-strategy").<ChoiceBox<String>>query().setValue("median"));
        addStep("derive");
        robot.clickOn("#field-name").write("contacted_before");
        type("expression", "pdays != -1");
        addStep("one_hot");
        check("columns", "job", "marital", "education", "contact", "month", "poutcome");
        addStep("ordinal");
        check("columns", "default", "housing", "loan");
        addStep("scale");
        check("columns", "age", "balance", "duration", "campaign");
        interact(() -> robot.lookup("#field-method").<ChoiceBox<String>>query().setValue("robust"));
        waitForPreview("Fitted 5 steps on 36,169 training rows");
        fill("bank basics", "Bank marketing calls: encoded, robust-scaled, with contacted_before", "bank, marketing");
        save();

        robot.clickOn("Feature store");
        interact(() -> robot.lookup("#search").queryAs(TextField.class).setText(""));
        waitUntil(() -> robot.lookup("#setTable").queryTableView().getItems().size() == 2);
        interact(() -> robot.lookup("#setTable").queryTableView().getSelectionModel().select(1));
        waitUntil(() -> robot.lookup("#usageTable").queryTableView().getItems().size() == 2);
        ScreenshotSupport.saveIfRequested(stage.getScene(), "features-store.png");

        FeatureSet census = session.featurePipelines().search(FeatureSetQuery.all().named("census basics")).get(0);
        assertThat(session.featurePipelines().usages(census.id())).extracting(FeatureSetUsage::projectName)
                .containsExactlyInAnyOrder("census", "census-2026");
        for (FeatureSet set : session.featurePipelines().search(FeatureSetQuery.all())) {
            var version = session.featurePipelines().versions(set.id()).get(0);
            assertSameRowByRowAsInBatch(session.featurePipelines().loadFitted(version.id()),
                    session.datasets().loadTable(version.fittedOnDatasetVersionId().orElseThrow()));
        }
    }

    private static void importData(DatasetService datasets, Path shared) {
        Actor ana = new Actor("ana");
        importFile(datasets, ana, "census", "adult", shared.resolve("adult/adult.data"),
                o -> o.withColumnNames(ADULT).withColumnRole("income", ColumnRole.TARGET));
        importFile(datasets, ana, "census-2026", "adult-test", shared.resolve("adult/adult.test"),
                o -> o.withColumnNames(ADULT).withColumn("income", c -> c.withNormaliseLabel(true)
                        .withRole(ColumnRole.TARGET)));
        importFile(datasets, ana, "bank", "bank-full", shared.resolve("bank-marketing/bank-full.csv"), o -> o);
    }

    private static void importFile(DatasetService datasets, Actor actor, String project, String dataset, Path file,
                                   UnaryOperator<ImportOptions> edit) {
        ImportOptions options = edit.apply(datasets.preview(ImportSource.ofFile(file), ImportOptions.defaults(), 0,
                CancellationToken.never()).options());
        datasets.importFile(actor, project, dataset, file, options, ProgressListener.ignoring(),
                CancellationToken.never());
    }

    private void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        Messages messages = Messages.load(Locale.ENGLISH);
        DesktopShell shell = new DesktopShell(messages, new DesktopPreferences(temp.resolve("prefs.properties")),
                new SynchronousTaskExecutor(), dialogs, WorkspaceSession::open);
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            window = shell.show(stage, session);
            stage.setWidth(Math.min(1400, javafx.stage.Screen.getPrimary().getBounds().getWidth()));
            stage.setHeight(Math.min(900, javafx.stage.Screen.getPrimary().getBounds().getHeight()));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void addStep(String kind) {
        robot.clickOn("#addMenu");
        robot.clickOn("#add-" + kind);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private void check(String field, String... values) {
        interact(() -> {
            CheckComboBox<String> box = (CheckComboBox<String>) robot.lookup("#field-" + field).query();
            for (String value : values) {
                box.getCheckModel().check(value);
            }
        });
    }

    private void type(String field, String text) {
        robot.clickOn("#field-" + field);
        interact(() -> robot.lookup("#field-" + field).queryAs(TextField.class).setText(text));
    }

    @SuppressWarnings("unchecked")
    private void choose(String combo, String value) {
        interact(() -> ((ComboBox<String>) robot.lookup(combo).query()).setValue(value));
    }

    private void fill(String name, String description, String tags) {
        interact(() -> {
            robot.lookup("#setName").queryAs(TextField.class).setText(name);
            robot.lookup("#setDescription").queryAs(TextField.class).setText(description);
            robot.lookup("#setTags").queryAs(TextField.class).setText(tags);
        });
    }

    private void save() {
        int before = dialogs.notifications().size();
        robot.clickOn("#saveButton");
        waitUntil(() -> dialogs.notifications().size() > before);
        assertThat(dialogs.notifications().get(dialogs.notifications().size() - 1)).startsWith("Saved feature set");
        assertThat(dialogs.errors()).isEmpty();
    }

    private void waitForPreview(String status) {
        waitUntil(() -> robot.lookup("#previewStatus").queryAs(Label.class).getText().startsWith(status));
        assertThat(robot.lookup("#stepList").queryListView().getItems()).noneMatch(i -> ((StepItem) i).hasError());
    }

    private void interact(Runnable action) {
        robot.interact(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("The window did not get there within a minute", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void assertSameRowByRowAsInBatch(FittedPipeline pipeline, Table table) {
        Table batch = pipeline.transform(table);
        String target = pipeline.target().map(t -> t.name()).orElse(null);
        for (int r = 0; r < table.rowCount(); r++) {
            Map<String, Object> expected = row(batch, r);
            expected.remove(target);
            assertThat(pipeline.transformRow(row(table, r))).as("row %d", r).isEqualTo(expected);
        }
    }

    private static Map<String, Object> row(Table table, int r) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Column column : table.columns()) {
            values.put(column.schema().name(), column instanceof NumericColumn n ? (n.isMissing(r) ? null : n.get(r))
                    : ((StringColumn) column).get(r));
        }
        return values;
    }
}
