package io.mlworkbench.app.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.app.dialog.RecordingDialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.shell.NavigationEntry;
import io.mlworkbench.app.task.SynchronousTaskExecutor;
import io.mlworkbench.app.theme.Theme;
import io.mlworkbench.app.view.ViewLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Features step, headless, on the churn sample: it loads, the main path works, a bad expression shows. */
class FeaturesViewUiTest {

    private final FxRobot robot = new FxRobot();
    @TempDir
    Path temp;

    private FeaturesFixture fixture;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private FeaturesViewModel viewModel;
    private Stage stage;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        fixture = new FeaturesFixture(temp);
        fixture.importCsv("churn", "customers", fixture.churnHead(400));
        Messages messages = Messages.load(Locale.ENGLISH);
        viewModel = new FeaturesViewModel(fixture.services(), new SynchronousTaskExecutor(), dialogs, messages,
                new NavigationEntry(LifecycleStep.FEATURES, "Features"), Debouncer.immediate());
        FxToolkit.setupFixture(() -> {
            Theme.LIGHT.apply();
            FeaturesView view = new FeaturesView(viewModel, new ViewLoader(messages), messages);
            viewModel.refresh();
            stage = new Stage();
            Scene scene = new Scene(view.root(), Math.min(1400, javafx.stage.Screen.getPrimary().getBounds().getWidth()), Math.min(900, javafx.stage.Screen.getPrimary().getBounds().getHeight()));
            scene.getStylesheets().add(FeaturesView.class.getResource("/css/workbench.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            FxToolkit.setupFixture(() -> stage.close());
        }
        fixture.close();
    }

    private void addStep(String kind) {
        robot.clickOn("#addMenu");
        robot.clickOn("#add-" + kind);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ParameterField field(String name) {
        return viewModel.editor().fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private void interact(Runnable action) {
        robot.interact(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void loadsWithTheDatasetVersionTargetAndAnEmptyStepList() {
        assertThat(robot.lookup("#versionChoice").queryComboBox().getValue()).isNotNull();
        assertThat(robot.lookup("#targetChoice").queryComboBox().getValue()).isEqualTo("churn");
        assertThat(robot.lookup("#hint").queryAs(Label.class).getText()).startsWith("Add a first step");
        assertThat(robot.lookup("#splitNote").queryAs(Label.class).getText()).contains("320 of 400 rows");
        assertThat(robot.lookup("#saveButton").queryButton().isDisabled()).isTrue();
    }

    @Test
    void buildsPreviewsAndSavesAPipeline() {
        addStep("impute");
        interact(() -> field("columns").selection().setAll("total_charges"));
        interact(() -> robot.lookup(".form-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        robot.clickOn("#field-add_indicator");
        addStep("derive");
        robot.clickOn("#field-name").write("charge_per_month");
        interact(() -> robot.lookup("#field-expression").queryAs(TextField.class)
                .setText("total_charges / (tenure_months + 1)"));
        addStep("one_hot");
        interact(() -> field("columns").selection().setAll("contract"));
        addStep("scale");
        interact(() -> field("columns").selection().setAll("charge_per_month"));
        interact(() -> viewModel.preview().distributionColumnProperty().set("charge_per_month"));

        ListView<StepItem> steps = robot.lookup("#stepList").queryListView();
        assertThat(steps.getItems()).extracting(StepItem::kind).containsExactly("impute", "derive", "one_hot", "scale");
        assertThat(steps.getItems()).noneMatch(StepItem::hasError);
        TableView<?> preview = robot.lookup("#previewTable").queryTableView();
        assertThat(preview.getColumns()).extracting(c -> c.getText()).contains("charge_per_month",
                "total_charges_was_missing", "contract=Two year");
        assertThat(preview.getItems()).hasSize(FeaturePreviewer.HEAD_ROWS);
        assertThat(robot.lookup("#afterChart").queryAs(ImageView.class).getImage()).isNotNull();
        interact(() -> field("method").textProperty().set("robust"));
        assertThat(robot.lookup("#distributionChoice").queryComboBox().getValue()).isEqualTo("charge_per_month");
        assertThat(robot.lookup("#afterChart").queryAs(ImageView.class).getImage()).isNotNull();

        ScreenshotSupport.saveIfRequested(stage.getScene(), "features-ui-build.png");
        robot.clickOn("#setName").write("telco basics");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.notifications()).singleElement().asString().startsWith("Saved feature set telco basics v2");
        robot.clickOn("Feature store");
        TableView<?> sets = robot.lookup("#setTable").queryTableView();
        assertThat(sets.getItems()).hasSize(1);
        ScreenshotSupport.saveIfRequested(stage.getScene(), "features-ui-store.png");
    }

    @Test
    void undoAndRedoWorkFromTheKeyboard() {
        addStep("impute");
        addStep("scale");
        robot.clickOn("#stepList");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.editor().steps()).hasSize(1);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Y)
                .release(javafx.scene.input.KeyCode.Y, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.editor().steps()).hasSize(2);
    }

    @Test
    void aBadExpressionIsMarkedOnItsStepAndField() {
        addStep("derive");
        robot.clickOn("#field-name").write("broken");
        robot.clickOn("#field-expression");
        interact(() -> robot.lookup("#field-expression").queryAs(TextField.class).setText("tenure_months + * 2"));

        Label error = robot.lookup("#error-expression").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("at position 17");
        ListView<StepItem> steps = robot.lookup("#stepList").queryListView();
        assertThat(steps.getItems()).singleElement().satisfies(item -> assertThat(item.hasError()).isTrue());
        assertThat(robot.lookup(".step-error").queryAll()).isNotEmpty();
        assertThat(robot.lookup("#field-expression").queryAs(TextField.class).getPseudoClassStates())
                .extracting(Object::toString).contains("danger");
        assertThat(List.of(robot.lookup("#saveButton").queryButton().isDisabled())).containsExactly(true);
    }
}
