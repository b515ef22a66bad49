package io.mlworkbench.app.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.theme.Theme;
import io.mlworkbench.app.view.ViewLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Registry step headless: loads, lists two registered versions with curves, previews a bundle; an imported
 * version names its bundle and shows facts recorded only in the source workspace as plain text.
 */
class RegistryUiTest {

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private RegistryFixture fixture;
    private RegistryViewModels vm;
    private Stage stage;

    @BeforeEach
    void showRegistry() throws Exception {
        FxToolkit.registerPrimaryStage();
        fixture = new RegistryFixture(temp.resolve("ws"));
        vm = fixture.viewModels(fixture.session.actor());
        Messages messages = Messages.load(Locale.ENGLISH);
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            Parent root = new RegistryView(vm, new ViewLoader(messages), messages, fixture.dialogs).root();
            vm.refresh();
            Theme.LIGHT.apply();
            Scene scene = new Scene(root, 1260, 780);
            scene.getStylesheets().add(RegistryView.class.getResource("/css/workbench.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> stage.close());
        fixture.close();
    }

    @Test
    void emptyStateOffersTrainThenVersionsShowCurvesAndABundlePreview() throws Exception {
        assertThat(robot.lookup("#emptyBox").query().isVisible()).isTrue();
        robot.interact(() -> {
            for (long run : fixture.runs) {
                vm.register().runProperty().set(vm.register().runs().stream().filter(r -> r.runId() == run)
                        .findFirst().orElseThrow());
                vm.register().modelNameProperty().set("churn");
                vm.register().register();
            }
        });
        TableView<?> table = robot.lookup("#versionTable").queryTableView();
        assertThat(table.getItems()).hasSize(2);
        assertThat(robot.lookup("#emptyBox").query().isVisible()).isFalse();
        robot.interact(() -> table.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#detailBox").query().isVisible()).isTrue();
        assertThat(robot.lookup(".chart-panel").queryAll()).hasSize(2);
        snapshot("registry.png");

        Path bundle = temp.resolve("churn.mlwb");
        robot.interact(() -> {
            vm.bundles().export(vm.versions().versions().get(0), bundle);
            robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(2);
            vm.bundles().previewBundle(bundle);
        });
        assertThat(robot.lookup("#importButton").queryButton().isDisabled()).isFalse();
        snapshot("bundle-import.png");
        assertThat(fixture.dialogs.errors()).isEmpty();
    }

    @Test
    void importedVersionShowsItsBundleAndSourceFactsAsPlainText() throws Exception {
        Path bundle = temp.resolve("churn-v1.mlwb");
        long sourceRun = BundleSource.export(temp.resolve("colleague"), BundleSource.csv(temp.resolve("csv")), bundle,
                Optional.empty());
        robot.interact(() -> {
            vm.bundles().previewBundle(bundle);
            vm.bundles().importPending();
        });
        TableView<?> table = robot.lookup("#versionTable").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();

        Label origin = robot.lookup("#originLabel").queryAs(Label.class);
        assertThat(origin.isVisible()).isTrue();
        assertThat(origin.getText()).startsWith("Imported from bundle churn-v1.mlwb").contains("not signed",
                "Trained in the source workspace as models:/churn/1");
        FlowPane links = robot.lookup("#linkPane").queryAs(FlowPane.class);
        assertThat(links.getChildren()).hasSize(3);
        assertThat(links.getChildren().get(0)).isNotInstanceOf(Hyperlink.class).isInstanceOfSatisfying(Label.class,
                l -> assertThat(l.getText()).isEqualTo("Run " + sourceRun + " (recorded in the source workspace)"));
        assertThat(links.getChildren().get(1)).isInstanceOf(Hyperlink.class);
        assertThat(links.getChildren().get(2)).isNotInstanceOf(Hyperlink.class);
        assertThat(robot.lookup("#lineageArea").queryTextInputControl().getText())
                .contains("Recorded in the source workspace");
        snapshot("registry-imported.png");
        assertThat(fixture.dialogs.errors()).isEmpty();
    }

    private void snapshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(stage.getScene().getRoot().snapshot(null, null)));
        ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", dir.resolve(name).toFile());
    }
}
