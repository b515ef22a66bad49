package io.mlworkbench.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.app.dialog.RecordingDialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.preferences.DesktopPreferences;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.task.SynchronousTaskExecutor;
import io.mlworkbench.app.theme.Theme;
import io.mlworkbench.engine.workspace.Workspace;
import io.mlworkbench.engine.workspace.WorkspaceInUseException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainWindowViewModelTest {

    @TempDir
    Path temp;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private DesktopPreferences preferences;
    private WorkspaceSession first;
    private MainWindowViewModel viewModel;

    @BeforeEach
    void open() {
        preferences = new DesktopPreferences(temp.resolve("prefs.properties"));
        first = WorkspaceSession.open(temp.resolve("first"));
        viewModel = new MainWindowViewModel(Messages.load(Locale.ENGLISH), new SynchronousTaskExecutor(), dialogs,
                preferences, WorkspaceSession::open, first);
    }

    @AfterEach
    void close() {
        viewModel.closeSession();
    }

    @Test
    void opensAnotherWorkspaceAndClosesThePreviousOne() {
        Path second = temp.resolve("second");
        viewModel.openWorkspace(second);

        assertThat(viewModel.sessionProperty().get().directory()).isEqualTo(second.toAbsolutePath().normalize());
        assertThat(viewModel.workspacePath().get()).isEqualTo(second.toAbsolutePath().normalize().toString());
        assertThat(viewModel.windowTitle().get()).isEqualTo("MLOps Workbench \u2014 second");
        assertThat(viewModel.recentWorkspaces()).containsExactly(second.toAbsolutePath().normalize());
        assertThat(viewModel.openingProperty().get()).isFalse();
        // The first workspace was closed: this process can open it again.
        Workspace.open(temp.resolve("first")).close();
    }

    @Test
    void aWorkspaceInUseShowsTheEngineMessageAndKeepsTheCurrentOne() {
        Path busy = temp.resolve("busy");
        Workspace held = Workspace.open(busy);
        try {
            viewModel.openWorkspace(busy);
        } finally {
            held.close();
        }
        assertThat(viewModel.sessionProperty().get()).isSameAs(first);
        assertThat(dialogs.errors()).singleElement().satisfies(error -> {
            assertThat(error.headline()).startsWith("Could not open the workspace");
            assertThat(error.failure()).isInstanceOf(WorkspaceInUseException.class)
                    .hasMessageContaining("is in use by pid " + ProcessHandle.current().pid());
        });
        assertThat(viewModel.openingProperty().get()).isFalse();
    }

    @Test
    void openingTheOpenWorkspaceAgainOnlyNotifies() {
        viewModel.openWorkspace(temp.resolve("first"));
        assertThat(viewModel.sessionProperty().get()).isSameAs(first);
        assertThat(dialogs.notifications()).hasSize(1);
    }

    @Test
    void choosingAFolderOpensIt() {
        dialogs.chooseNextDirectory(temp.resolve("chosen"));
        viewModel.chooseWorkspace();
        assertThat(viewModel.sessionProperty().get().directory().getFileName()).hasToString("chosen");
    }

    @Test
    void cancellingTheChooserKeepsTheWorkspace() {
        viewModel.chooseWorkspace();
        assertThat(viewModel.sessionProperty().get()).isSameAs(first);
    }

    @Test
    void shortcutsSelectOnlyStepsThatExist() {
        NavigationEntry overview = new NavigationEntry(LifecycleStep.OVERVIEW, "Overview");
        NavigationEntry train = new NavigationEntry(LifecycleStep.TRAIN, "Train");
        viewModel.showEntries(List.of(overview, train));
        assertThat(viewModel.selectedProperty().get()).isEqualTo(overview);

        viewModel.selectByShortcut(LifecycleStep.TRAIN.shortcutDigit());
        assertThat(viewModel.selectedProperty().get()).isEqualTo(train);
        viewModel.selectByShortcut(LifecycleStep.IMPORT.shortcutDigit());
        assertThat(viewModel.selectedProperty().get()).isEqualTo(train);
    }

    @Test
    void aStepCanBringAnotherToTheFront() {
        NavigationEntry overview = new NavigationEntry(LifecycleStep.OVERVIEW, "Overview");
        NavigationEntry validate = new NavigationEntry(LifecycleStep.VALIDATE, "Validate");
        viewModel.showEntries(List.of(overview, validate));
        validate.show();
        assertThat(viewModel.selectedProperty().get()).isEqualTo(validate);
    }

    @Test
    void newEntriesKeepTheSelectedStep() {
        viewModel.showEntries(List.of(new NavigationEntry(LifecycleStep.OVERVIEW, "Overview"),
                new NavigationEntry(LifecycleStep.TRAIN, "Train")));
        viewModel.selectByShortcut(4);
        NavigationEntry newTrain = new NavigationEntry(LifecycleStep.TRAIN, "Train");
        viewModel.showEntries(List.of(new NavigationEntry(LifecycleStep.OVERVIEW, "Overview"), newTrain));
        assertThat(viewModel.selectedProperty().get()).isSameAs(newTrain);
    }

    @Test
    void themeChoiceIsRemembered() {
        viewModel.themeProperty().set(Theme.DARK);
        assertThat(new DesktopPreferences(temp.resolve("prefs.properties")).theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void taskSummarySaysNothingRunsWhenIdle() {
        assertThat(viewModel.taskSummary().get()).isEqualTo("No background tasks");
    }

    @Test
    void aboutShowsTheVersion() {
        viewModel.showAbout();
        assertThat(dialogs.information()).singleElement().asString().startsWith("MLOps Workbench ");
    }
}
