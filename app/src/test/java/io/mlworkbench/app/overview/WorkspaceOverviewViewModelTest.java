package io.mlworkbench.app.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.app.dialog.RecordingDialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.shell.NavigationEntry;
import io.mlworkbench.app.shell.StepState;
import io.mlworkbench.app.task.SynchronousTaskExecutor;
import io.mlworkbench.engine.audit.Actor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceOverviewViewModelTest {

    @TempDir
    Path temp;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final NavigationEntry entry = new NavigationEntry(LifecycleStep.OVERVIEW, "Overview");
    private WorkspaceSession session;
    private WorkspaceOverviewViewModel viewModel;

    @BeforeEach
    void open() {
        session = WorkspaceSession.open(temp.resolve("lab"), new Actor("ada"), Clock.systemUTC());
        viewModel = new WorkspaceOverviewViewModel(session, new SynchronousTaskExecutor(), dialogs,
                Messages.load(Locale.ENGLISH), entry);
        viewModel.refresh();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private void create(String name) {
        viewModel.newProjectNameProperty().set(name);
        viewModel.createProject();
    }

    @Test
    void refreshShowsWorkspaceFactsAndCountsPerKind() {
        assertThat(viewModel.folderProperty().get()).isEqualTo(session.directory().toString());
        assertThat(viewModel.databaseProperty().get()).startsWith("jdbc:h2:file:");
        assertThat(viewModel.schemaVersionProperty().get()).isEqualTo(session.info().schemaVersion()).matches("[0-9]+");
        assertThat(viewModel.sizeProperty().get()).endsWith("B");
        assertThat(viewModel.counts()).hasSize(14).first().isEqualTo(new CountItem("Projects", 0));
        assertThat(viewModel.noProjectsProperty().get()).isTrue();
        assertThat(entry.subjectProperty().get()).isEqualTo("lab");
        assertThat(entry.stateProperty().get()).isEqualTo(StepState.NOT_STARTED);
    }

    @Test
    void createsAProjectAndShowsItWithItsAuditEntry() {
        viewModel.newProjectDescriptionProperty().set("who leaves");
        create("churn");

        assertThat(viewModel.projects()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("churn");
            assertThat(row.description()).isEqualTo("who leaves");
            assertThat(row.createdBy()).isEqualTo("ada");
            assertThat(row.status()).isEqualTo("Active");
        });
        assertThat(viewModel.newProjectNameProperty().get()).isEmpty();
        assertThat(viewModel.counts().get(0)).isEqualTo(new CountItem("Projects", 1));
        assertThat(viewModel.auditRows()).singleElement()
                .isEqualTo(viewModel.auditRows().get(0))
                .extracting(AuditRow::action, AuditRow::actor, AuditRow::object)
                .containsExactly("project.create", "ada", "project churn");
        assertThat(dialogs.notifications()).containsExactly("Project churn created");
        assertThat(entry.stateProperty().get()).isEqualTo(StepState.DONE);
    }

    @Test
    void createIsDisabledForABlankName() {
        viewModel.newProjectNameProperty().set("   ");
        assertThat(viewModel.canCreateProperty().get()).isFalse();
        viewModel.createProject();
        assertThat(viewModel.projects()).isEmpty();
    }

    @Test
    void invalidNameShowsTheEngineMessageBesideTheField() {
        create("!!bad");
        assertThat(viewModel.nameErrorProperty().get()).startsWith("Invalid project name '!!bad'");
        assertThat(viewModel.projects()).isEmpty();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void typingAgainClearsTheNameError() {
        create("!!bad");
        viewModel.newProjectNameProperty().set("good");
        assertThat(viewModel.nameErrorProperty().get()).isEmpty();
    }

    @Test
    void duplicateNameIsRejected() {
        create("churn");
        create("churn");
        assertThat(viewModel.nameErrorProperty().get()).contains("already exists");
        assertThat(viewModel.projects()).hasSize(1);
    }

    @Test
    void archivingAsksFirstAndMarksTheProjectArchived() {
        create("churn");
        viewModel.archiveProject(viewModel.projects().get(0));

        assertThat(dialogs.confirmations()).containsExactly("Archive project churn?");
        assertThat(viewModel.projects().get(0).archived()).isTrue();
        assertThat(viewModel.projects().get(0).status()).startsWith("Archived ");
        assertThat(entry.stateProperty().get()).isEqualTo(StepState.NOT_STARTED);
    }

    @Test
    void decliningTheConfirmationKeepsTheProjectActive() {
        create("churn");
        dialogs.answerNextConfirmation(false);
        viewModel.archiveProject(viewModel.projects().get(0));
        assertThat(viewModel.projects().get(0).archived()).isFalse();
    }

    @Test
    void auditLogFiltersByActionAndActor() {
        create("churn");
        create("fraud");
        viewModel.archiveProject(viewModel.projects().get(0));
        assertThat(viewModel.auditRows()).hasSize(3);
        assertThat(viewModel.actors()).containsExactly("ada");

        viewModel.actionFilterProperty().set("ARCHIVE");
        assertThat(viewModel.auditRows()).extracting(AuditRow::action).containsExactly("project.archive");

        viewModel.actionFilterProperty().set("");
        viewModel.actorFilterProperty().set("grace");
        assertThat(viewModel.auditRows()).isEmpty();

        viewModel.clearAuditFilter();
        assertThat(viewModel.auditRows()).hasSize(3);
    }
}
