package io.mlworkbench.app.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.app.dialog.RecordingDialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.importing.CsvFiles;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.shell.NavigationEntry;
import io.mlworkbench.app.shell.StepState;
import io.mlworkbench.app.task.SynchronousTaskExecutor;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.data.dataset.DatasetVersion;
import io.mlworkbench.engine.data.ingest.ImportOptions;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import io.mlworkbench.engine.validation.ExpectationNames;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateViewModelTest {

    @TempDir
    Path temp;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final NavigationEntry entry = new NavigationEntry(LifecycleStep.VALIDATE, "Validate");
    private WorkspaceSession session;
    private ValidateViewModel viewModel;
    private Path customers;

    @BeforeEach
    void open() {
        session = WorkspaceSession.open(temp.resolve("ws"), new Actor("ada"), Clock.systemUTC());
        customers = CsvFiles.customers(temp.resolve("customers.csv"), 150, 3);
        importFile(customers);
        viewModel = new ValidateViewModel(session, new SynchronousTaskExecutor(), dialogs,
                Messages.load(Locale.ENGLISH), entry);
        viewModel.refresh();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private DatasetVersion importFile(Path file) {
        return session.datasets().importFile(session.actor(), "default", "customers", file, ImportOptions.defaults(),
                ProgressListener.ignoring(), CancellationToken.never()).version();
    }

    @Test
    void choosesTheNewestVersionAndLoadsIt() {
        assertThat(viewModel.versions()).hasSize(1);
        assertThat(viewModel.versionProperty().get().versionNo()).isEqualTo(1);
        assertThat(viewModel.loadedProperty().get()).isTrue();
        assertThat(viewModel.label(viewModel.versionProperty().get())).isEqualTo("customers v1 (150 rows)");
        assertThat(entry.subjectProperty().get()).isEqualTo("customers v1 (150 rows)");
        assertThat(viewModel.suiteNameProperty().get()).isEqualTo("customers");
    }

    @Test
    void suggestsASuiteFromTheProfile() {
        viewModel.suggest();
        assertThat(viewModel.draft().suggestions()).isNotEmpty()
                .anySatisfy(s -> assertThat(s.expectation()).isEqualTo("column_values_to_be_unique"));
        assertThat(session.profiles().find(viewModel.versionProperty().get().id())).isPresent();
    }

    @Test
    void runningAnAcceptedSuiteSavesItAndPasses() {
        viewModel.suggest();
        viewModel.draft().acceptAllPending();
        viewModel.run();

        assertThat(viewModel.results().successProperty().get()).isTrue();
        assertThat(viewModel.results().rows()).allSatisfy(r -> assertThat(r.status()).isEqualTo("Passed"));
        assertThat(entry.stateProperty().get()).isEqualTo(StepState.DONE);
        assertThat(viewModel.suites()).containsExactly("customers");
        assertThat(dialogs.notifications()).containsExactly("Saved suite customers version 1");
        assertThat(viewModel.showingResultsProperty().get()).isTrue();
    }

    /** Runs the suggested suite on version 1 (passes), imports a broken version 2 and opens it. */
    private void openBrokenSecondVersionAfterAPassingFirst() {
        viewModel.suggest();
        viewModel.draft().acceptAllPending();
        viewModel.run();
        DatasetVersion broken = importFile(CsvFiles.brokenCopy(customers, temp.resolve("broken.csv"), 3, 9));
        viewModel.choose(broken.id());
    }

    @Test
    void aBrokenNewVersionFailsTheSuiteWithFailedRulesFirstAndItsRows() {
        openBrokenSecondVersionAfterAPassingFirst();

        assertThat(viewModel.versionProperty().get().versionNo()).isEqualTo(2);
        assertThat(viewModel.draft().rules()).isNotEmpty();
        viewModel.run();

        assertThat(viewModel.results().successProperty().get()).isFalse();
        assertThat(entry.stateProperty().get()).isEqualTo(StepState.NEEDS_ATTENTION);
        RuleResultRow first = viewModel.results().rows().get(0);
        assertThat(first.success()).isFalse();
        assertThat(viewModel.results().rows()).filteredOn(r -> !r.success())
                .extracting(RuleResultRow::column).contains("age", "plan");
        RuleResultRow age = viewModel.results().rows().stream()
                .filter(r -> r.column().equals("age") && !r.success()).findFirst().orElseThrow();
        viewModel.results().showFailingRows(age);
        assertThat(viewModel.results().failingRowsProperty().get().rows()).extracting(r -> r.get(0))
                .containsExactly("3", "9");
    }

    @Test
    void reopeningAVersionShowsItsSuiteAndLastResult() {
        viewModel.suggest();
        viewModel.draft().acceptAllPending();
        viewModel.run();
        ValidateViewModel reopened = new ValidateViewModel(session, new SynchronousTaskExecutor(), dialogs,
                Messages.load(Locale.ENGLISH), new NavigationEntry(LifecycleStep.VALIDATE, "Validate"));
        reopened.refresh();

        assertThat(reopened.draft().rules()).hasSameSizeAs(viewModel.draft().rules());
        assertThat(reopened.draft().changedProperty().get()).isFalse();
        assertThat(reopened.results().shownProperty().get()).isTrue();
        assertThat(reopened.entry().stateProperty().get()).isEqualTo(StepState.DONE);
    }

    @Test
    void savingTwiceMakesTwoSuiteVersions() {
        viewModel.suggest();
        viewModel.draft().accept(viewModel.draft().suggestions().get(0));
        viewModel.save();
        viewModel.draft().accept(viewModel.draft().suggestions().get(1));
        viewModel.save();
        assertThat(dialogs.notifications()).containsExactly("Saved suite customers version 1",
                "Saved suite customers version 2");
        assertThat(viewModel.draft().changedProperty().get()).isFalse();
    }

    @Test
    void cannotRunWithoutRules() {
        assertThat(viewModel.canRunProperty().get()).isFalse();
        viewModel.draft().addRule();
        viewModel.draft().editor().expectationProperty().set(session.validation().catalog()
                .find(ExpectationNames.NOT_NULL).orElseThrow());
        viewModel.draft().editor().fields().get(0).textProperty().set("age");
        viewModel.draft().editor().apply();
        assertThat(viewModel.canRunProperty().get()).isTrue();
    }

    @Test
    void publishesTheNewestVersionsLastOutcomeWithoutOpeningIt() {
        openBrokenSecondVersionAfterAPassingFirst();
        viewModel.run();
        NavigationEntry fresh = new NavigationEntry(LifecycleStep.VALIDATE, "Validate");
        ValidateViewModel atStartup = new ValidateViewModel(session, new SynchronousTaskExecutor(), dialogs,
                Messages.load(Locale.ENGLISH), fresh);

        atStartup.publishState();

        assertThat(fresh.stateProperty().get()).isEqualTo(StepState.NEEDS_ATTENTION);
        assertThat(fresh.subjectProperty().get()).isEqualTo("customers v2 (150 rows)");
        assertThat(atStartup.loadedProperty().get()).isFalse();
        assertThat(atStartup.versionProperty().get()).isNull();
    }

    @Test
    void publishesNotStartedForAVersionNeverValidated() {
        NavigationEntry fresh = new NavigationEntry(LifecycleStep.VALIDATE, "Validate");
        fresh.stateProperty().set(StepState.DONE);

        new ValidateViewModel(session, new SynchronousTaskExecutor(), dialogs, Messages.load(Locale.ENGLISH), fresh)
                .publishState();

        assertThat(fresh.stateProperty().get()).isEqualTo(StepState.NOT_STARTED);
        assertThat(fresh.subjectProperty().get()).isEqualTo("customers v1 (150 rows)");
    }
}
