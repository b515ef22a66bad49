package io.mlworkbench.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.app.dialog.RecordingDialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.shell.NavigationEntry;
import io.mlworkbench.app.shell.StepContext;
import io.mlworkbench.app.shell.StepRegistry;
import io.mlworkbench.app.shell.StepState;
import io.mlworkbench.app.task.SynchronousTaskExecutor;
import io.mlworkbench.app.view.ViewLoader;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.data.dataset.DatasetVersion;
import io.mlworkbench.engine.data.ingest.ImportOptions;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import io.mlworkbench.engine.validation.ExpectationNames;
import io.mlworkbench.engine.validation.Rule;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data steps' sidebar entries carry their state as soon as a workspace opens, before any step is visited. */
class DataStepModuleTest {

    @TempDir
    Path temp;

    private WorkspaceSession session;

    @BeforeEach
    void open() {
        session = WorkspaceSession.open(temp.resolve("ws"), new Actor("ada"), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        session.close();
    }

    private NavigationEntry entryAfterRegistering(LifecycleStep step) {
        Messages messages = Messages.load(Locale.ENGLISH);
        StepRegistry registry = new StepRegistry();
        new DataStepModule(new StepContext(new SynchronousTaskExecutor(), new RecordingDialogService(), messages,
                new ViewLoader(messages))).register(registry, session);
        return registry.entries().stream().filter(e -> e.step() == step).findFirst().orElseThrow();
    }

    private NavigationEntry importEntryAfterRegistering() {
        return entryAfterRegistering(LifecycleStep.IMPORT);
    }

    @Test
    void importCountsTheDatasetsAlreadyInTheWorkspace() {
        session.datasets().importFile(session.actor(), "default", "customers",
                CsvFiles.customers(temp.resolve("customers.csv"), 50, 4), ImportOptions.defaults(),
                ProgressListener.ignoring(), CancellationToken.never());

        NavigationEntry entry = importEntryAfterRegistering();

        assertThat(entry.stateProperty().get()).isEqualTo(StepState.DONE);
        assertThat(entry.subjectProperty().get()).isEqualTo("1 dataset, 1 version");
    }

    @Test
    void importIsNotStartedInAnEmptyWorkspace() {
        assertThat(importEntryAfterRegistering().stateProperty().get()).isEqualTo(StepState.NOT_STARTED);
    }

    private NavigationEntry validateEntryAfterRegistering() {
        return entryAfterRegistering(LifecycleStep.VALIDATE);
    }

    @Test
    void validateShowsTheNewestVersionsFailedValidationWithoutBeingOpened() {
        DatasetVersion version = session.datasets().importFile(session.actor(), "default", "customers",
                CsvFiles.customers(temp.resolve("customers.csv"), 50, 4), ImportOptions.defaults(),
                ProgressListener.ignoring(), CancellationToken.never()).version();
        long project = session.projects().findOrCreate(session.actor(), "default").id();
        long suiteVersion = session.validation().createSuite(session.actor(), project, "customers", List.of(new Rule(
                ExpectationNames.VALUES_BETWEEN, Map.of("column", "age", "min_value", 1000), ""))).id();
        session.validation().run(session.actor(), suiteVersion, version.id(),
                session.datasets().loadTable(version.id()));

        NavigationEntry validate = validateEntryAfterRegistering();

        assertThat(validate.stateProperty().get()).isEqualTo(StepState.NEEDS_ATTENTION);
        assertThat(validate.subjectProperty().get()).isEqualTo("customers v1 (50 rows)");
    }

    @Test
    void validateIsNotStartedInAnEmptyWorkspace() {
        NavigationEntry validate = validateEntryAfterRegistering();

        assertThat(validate.stateProperty().get()).isEqualTo(StepState.NOT_STARTED);
        assertThat(validate.subjectProperty().get()).isEmpty();
    }
}
