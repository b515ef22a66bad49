package io.mlworkbench.app.shell;

import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.theme.Theme;
import io.mlworkbench.app.theme.WindowTheme;
import io.mlworkbench.app.view.ViewLoader;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.controlsfx.control.MaskerPane;
import org.controlsfx.control.PopOver;
import org.controlsfx.control.TaskProgressView;

/**
 * Binds the main window's FXML to its {@link MainWindowViewModel}: sidebar, content area, menus, status bar
 * and shortcuts. When a workspace is opened it asks the step factory for that workspace's steps.
 */
public final class MainWindowView {

    private static final KeyCode[] DIGITS = {KeyCode.DIGIT0, KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3,
        KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8};

    private final MainWindowViewModel viewModel;
    private final Messages messages;
    private final Function<WorkspaceSession, StepRegistry> steps;
    private final Parent root;
    private StepRegistry registry;
    private Stage stage;

    @FXML private ListView<NavigationEntry> navigation;
    @FXML private StackPane content;
    @FXML private MaskerPane openingMask;
    @FXML private Menu recentMenu;
    @FXML private RadioMenuItem lightTheme;
    @FXML private RadioMenuItem darkTheme;
    @FXML private Label workspacePath;
    @FXML private ProgressBar taskProgress;
    @FXML private Button taskButton;

    /**
     * @param viewModel the window's state
     * @param messages user-visible text
     * @param loader the FXML loader
     * @param steps builds the registered steps for an open workspace
     */
    public MainWindowView(MainWindowViewModel viewModel, Messages messages, ViewLoader loader,
                          Function<WorkspaceSession, StepRegistry> steps) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.steps = steps;
        this.root = loader.load(this);
        WindowTheme.mark(root, viewModel.themeProperty().get());
    }

    @FXML
    private void initialize() {
        navigation.setCellFactory(list -> new NavigationCell(messages));
        navigation.setItems(viewModel.entries());
        navigation.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((observable, before, now) -> show(now));
        viewModel.sessionProperty().addListener((observable, before, now) -> loadSteps(now));
        openingMask.visibleProperty().bind(viewModel.openingProperty());

        viewModel.recentWorkspaces().addListener((ListChangeListener<Path>) change -> fillRecentMenu());
        fillRecentMenu();
        lightTheme.setSelected(viewModel.themeProperty().get() == Theme.LIGHT);
        darkTheme.setSelected(viewModel.themeProperty().get() == Theme.DARK);
        lightTheme.setOnAction(event -> viewModel.themeProperty().set(Theme.LIGHT));
        darkTheme.setOnAction(event -> viewModel.themeProperty().set(Theme.DARK));
        viewModel.themeProperty().addListener((observable, before, now) -> {
            now.apply();
            WindowTheme.mark(root, now);
        });

        workspacePath.textProperty().bind(viewModel.workspacePath());
        taskButton.textProperty().bind(viewModel.taskSummary());
        taskProgress.visibleProperty().bind(Bindings.isNotEmpty(viewModel.runningTasks()));
        taskProgress.managedProperty().bind(taskProgress.visibleProperty());
        viewModel.runningTasks().addListener((ListChangeListener<Task<?>>) change -> followFirstTask());
        loadSteps(viewModel.sessionProperty().get());
    }

    /**
     * Puts the window on a stage with the theme, style sheet and step shortcuts, and shows it.
     *
     * @param target the stage
     */
    public void show(Stage target) {
        this.stage = target;
        viewModel.themeProperty().get().apply();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1280, screen.getWidth()), Math.min(820, screen.getHeight()));
        scene.getStylesheets().add(MainWindowView.class.getResource("/css/workbench.css").toExternalForm());
        for (int digit = 0; digit < DIGITS.length; digit++) {
            int shortcut = digit;
            scene.getAccelerators().put(new KeyCodeCombination(DIGITS[digit], KeyCombination.SHORTCUT_DOWN),
                    () -> viewModel.selectByShortcut(shortcut));
        }
        target.setScene(scene);
        target.titleProperty().bind(viewModel.windowTitle());
        target.setMinWidth(Math.min(960, screen.getWidth()));
        target.setMinHeight(Math.min(600, screen.getHeight()));
        target.show();
    }

    private void loadSteps(WorkspaceSession session) {
        content.getChildren().clear();
        registry = session == null ? null : steps.apply(session);
        if (registry != null) {
            registry.onNavigate(step -> viewModel.entries().stream().filter(e -> e.step() == step).findFirst()
                    .ifPresent(viewModel.selectedProperty()::set));
        }
        viewModel.showEntries(registry == null ? java.util.List.of() : registry.entries());
        show(viewModel.selectedProperty().get());
    }

    private void show(NavigationEntry entry) {
        if (entry == null || registry == null) {
            content.getChildren().clear();
            return;
        }
        navigation.getSelectionModel().select(entry);
        content.getChildren().setAll(registry.view(entry.step()));
    }

    private void fillRecentMenu() {
        recentMenu.getItems().setAll(viewModel.recentWorkspaces().stream().map(path -> {
            MenuItem item = new MenuItem(path.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> viewModel.openWorkspace(path));
            return item;
        }).toList());
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private void followFirstTask() {
        taskProgress.progressProperty().unbind();
        if (!viewModel.runningTasks().isEmpty()) {
            taskProgress.progressProperty().bind(viewModel.runningTasks().get(0).progressProperty());
        }
    }

    @FXML
    private void showTasks() {
        TaskProgressView<Task<?>> tasks = new TaskProgressView<>();
        Bindings.bindContent(tasks.getTasks(), viewModel.runningTasks());
        tasks.setPrefSize(420, 260);
        PopOver popOver = new PopOver(tasks);
        popOver.setTitle(messages.text("status.tasks.title"));
        popOver.setHeaderAlwaysVisible(true);
        popOver.setArrowLocation(PopOver.ArrowLocation.BOTTOM_RIGHT);
        popOver.setDetachable(false);
        popOver.show(taskButton);
    }

    @FXML
    private void openWorkspace() {
        viewModel.chooseWorkspace();
    }

    @FXML
    private void quit() {
        if (stage != null) {
            stage.close();
        }
    }

    @FXML
    private void about() {
        viewModel.showAbout();
    }
}
