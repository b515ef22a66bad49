package io.mlworkbench.app.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.app.dialog.RecordingDialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.shell.NavigationEntry;
import io.mlworkbench.app.shell.StepContext;
import io.mlworkbench.app.shell.StepRegistry;
import io.mlworkbench.app.shell.StepState;
import io.mlworkbench.app.task.SynchronousTaskExecutor;
import io.mlworkbench.app.view.ViewLoader;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Registry entry in the sidebar tells what the registry holds before the step is ever opened. */
class RegistryStepModuleTest {

    @TempDir
    Path temp;

    private final Messages messages = Messages.load(Locale.ENGLISH);
    private RegistryFixture fixture;

    @BeforeEach
    void workspace() {
        fixture = new RegistryFixture(temp.resolve("ws"));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private NavigationEntry registryEntry() {
        StepRegistry steps = new StepRegistry();
        new RegistryStepModule(new StepContext(new SynchronousTaskExecutor(), new RecordingDialogService(), messages,
                new ViewLoader(messages))).register(steps, fixture.session);
        return steps.entries().stream().filter(e -> e.step() == LifecycleStep.REGISTRY).findFirst().orElseThrow();
    }

    @Test
    void anEmptyRegistryIsNotStarted() {
        assertThat(registryEntry().stateProperty().get()).isEqualTo(StepState.NOT_STARTED);
    }

    @Test
    void registeredVersionsShowAsDoneWithTheirCount() {
        fixture.session.registryServices().registry().registry().register(fixture.session.actor(), "churn", fixture.runs[0],
                "", java.util.Map.of());
        fixture.session.registryServices().registry().registry().register(fixture.session.actor(), "churn", fixture.runs[1],
                "", java.util.Map.of());

        NavigationEntry entry = registryEntry();

        assertThat(entry.stateProperty().get()).isEqualTo(StepState.DONE);
        assertThat(entry.subjectProperty().get()).isEqualTo("2 versions");
    }
}
