package io.mlworkbench.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.app.dialog.RecordingDialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.shell.NavigationEntry;
import io.mlworkbench.app.shell.StepState;
import io.mlworkbench.app.task.SynchronousTaskExecutor;
import io.mlworkbench.app.task.TaskExecutor;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.dataset.DatasetVersion;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {

    @TempDir
    Path temp;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final NavigationEntry entry = new NavigationEntry(LifecycleStep.IMPORT, "Import");
    private WorkspaceSession session;
    private ImportViewModel viewModel;
    private Path customers;

    @BeforeEach
    void open() {
        session = WorkspaceSession.open(temp.resolve("ws"), new Actor("ada"), Clock.systemUTC());
        viewModel = viewModel(new SynchronousTaskExecutor());
        customers = CsvFiles.customers(temp.resolve("customers.csv"), 200, 7);
    }

    private ImportViewModel viewModel(TaskExecutor executor) {
        return new ImportViewModel(session, executor, dialogs, Messages.load(Locale.ENGLISH), entry);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private ColumnSettingRow column(String sourceName) {
        return viewModel.preview().columns().stream().filter(c -> c.sourceName().equals(sourceName)).findFirst()
                .orElseThrow();
    }

    @Test
    void previewsAFileWithTheSniffedDialectAndInferredTypes() {
        viewModel.openFile(customers);

        assertThat(viewModel.preview().dialect().delimiterProperty().get()).isEqualTo(";");
        assertThat(viewModel.preview().dialect().headerProperty().get()).isTrue();
        assertThat(viewModel.preview().header()).containsExactly("customer_id", "age", "plan", "monthly_fee",
                "churned");
        assertThat(viewModel.preview().rows()).hasSize(ImportViewModel.PREVIEW_ROWS);
        assertThat(column("age").typeProperty().get()).isEqualTo(ColumnType.INTEGER);
        assertThat(column("monthly_fee").typeProperty().get()).isEqualTo(ColumnType.DECIMAL);
        assertThat(column("age").evidence()).isNotBlank();
        assertThat(viewModel.datasetNameProperty().get()).isEqualTo("customers");
        assertThat(viewModel.canImportProperty().get()).isTrue();
    }

    @Test
    void changingTheDelimiterPreviewsAgain() {
        viewModel.openFile(customers);
        viewModel.preview().dialect().delimiterProperty().set(",");
        assertThat(viewModel.preview().header()).containsExactly(CsvFiles.HEADER);
        viewModel.preview().dialect().delimiterProperty().set(";");
        assertThat(viewModel.preview().header()).hasSize(5);
    }

    @Test
    void anInvalidDelimiterIsNamedAndDoesNotPreview() {
        viewModel.openFile(customers);
        viewModel.preview().dialect().delimiterProperty().set("ab");
        assertThat(viewModel.preview().dialect().errorProperty().get()).contains("Invalid delimiter 'ab'");
        assertThat(viewModel.preview().header()).hasSize(5);
    }

    @Test
    void importsWithTheUsersTypeRoleAndNameOverrides() {
        viewModel.openFile(customers);
        column("age").typeProperty().set(ColumnType.DECIMAL);
        column("churned").roleProperty().set(ColumnRole.TARGET);
        column("plan").nameProperty().set("tariff");
        viewModel.importData();

        DatasetVersion version = viewModel.importedProperty().get();
        assertThat(version.schema().find("age").orElseThrow().type()).isEqualTo(ColumnType.DECIMAL);
        assertThat(version.schema().target().orElseThrow().name()).isEqualTo("churned");
        assertThat(version.schema().names()).contains("tariff").doesNotContain("plan");
        assertThat(version.rowCount()).isEqualTo(200);
    }

    @Test
    void importSuccessShowsTheNewVersionAndMarksTheStepDone() {
        viewModel.openFile(customers);
        viewModel.importData();

        assertThat(viewModel.outcomeProperty().get().headline()).isEqualTo("Imported customers version 1");
        assertThat(viewModel.outcomeProperty().get().details().get(0)).startsWith("200 rows \u00d7 5 columns");
        assertThat(entry.stateProperty().get()).isEqualTo(StepState.DONE);
        assertThat(entry.subjectProperty().get()).isEqualTo("customers v1");
        assertThat(viewModel.errorProperty().get()).isEmpty();
    }

    @Test
    void importingTheSameContentAgainSaysAlreadyImported() {
        viewModel.openFile(customers);
        viewModel.importData();
        viewModel.importData();

        assertThat(viewModel.outcomeProperty().get().headline())
                .isEqualTo("Already imported: customers version 1 has identical content; nothing new was stored");
        assertThat(session.datasets().listVersions(viewModel.importedProperty().get().datasetId())).hasSize(1);
    }

    @Test
    void aChangedFileBecomesANewVersionWithItsDiff() {
        viewModel.openFile(customers);
        viewModel.importData();
        CsvFiles.customers(customers, 210, 7);
        viewModel.openFile(customers);
        viewModel.importData();

        assertThat(viewModel.outcomeProperty().get().headline())
                .isEqualTo("New version 2 of dataset customers: +10 / \u22120 rows");
    }

    @Test
    void aRaggedRowShowsTheEngineMessageAndOffersToSkipIt() {
        Path ragged = CsvFiles.write(temp.resolve("ragged.csv"),
                List.of("a,b,c", "1,2,3", "4,5,6", "7,8", "9,10,11"));
        viewModel.openFile(ragged);
        viewModel.importData();

        assertThat(viewModel.errorProperty().get()).contains("ragged.csv:4").contains("expected 3 fields");
        assertThat(viewModel.errorDetailsProperty().get()).contains("RaggedRowException");
        assertThat(viewModel.raggedRowFailureProperty().get()).isTrue();
        assertThat(viewModel.importedProperty().get()).isNull();
        assertThat(dialogs.errors()).isEmpty();

        viewModel.skipRaggedRowsAndRetry();
        assertThat(viewModel.importedProperty().get().rowCount()).isEqualTo(3);
        assertThat(viewModel.outcomeProperty().get().details()).anyMatch(line -> line.startsWith("Skipped 1 ragged"));
        assertThat(viewModel.errorProperty().get()).isEmpty();
    }

    @Test
    void onlyOneColumnIsTheTarget() {
        viewModel.openFile(customers);
        column("churned").roleProperty().set(ColumnRole.TARGET);
        column("plan").roleProperty().set(ColumnRole.TARGET);
        assertThat(column("churned").roleProperty().get()).isEqualTo(ColumnRole.FEATURE);
    }

    @Test
    void cancellingTheImportStoresNothing() {
        SynchronousTaskExecutor cancelling = new SynchronousTaskExecutor(title -> title.startsWith("Importing"));
        ImportViewModel cancelled = viewModel(cancelling);
        cancelled.openFile(customers);
        cancelled.importData();

        assertThat(cancelled.errorProperty().get()).isEqualTo("Import cancelled: nothing was stored.");
        assertThat(session.allDatasets()).isEmpty();
    }

    @Test
    void theSampleOpensWithChurnAsTheDatasetName() {
        viewModel.openSample();
        assertThat(viewModel.datasetNameProperty().get()).isEqualTo("churn");
        assertThat(viewModel.preview().header()).contains("churn", "tenure_months");
    }

    @Test
    void choosingAFileThroughTheDialogPreviewsIt() {
        dialogs.chooseNextFile(customers);
        viewModel.chooseFile();
        assertThat(viewModel.sourceLabelProperty().get()).isEqualTo("customers.csv");
    }

    @Test
    void importsTheRowsOfADatabaseQuery() {
        viewModel.query().urlProperty().set("jdbc:h2:mem:shop");
        viewModel.query().sqlProperty()
                .set("SELECT * FROM (VALUES (1, 'tea', 2.5), (2, 'cake', 4.0)) AS t(id, item, price)");
        viewModel.previewQuery();
        assertThat(viewModel.preview().header()).containsExactlyInAnyOrder("ID", "ITEM", "PRICE");
        assertThat(viewModel.datasetNameProperty().get()).isEqualTo("query");
        viewModel.importData();
        assertThat(viewModel.importedProperty().get().rowCount()).isEqualTo(2);
        assertThat(viewModel.importedProperty().get().sourceText()).startsWith("jdbc:h2:mem:shop");
    }

    @Test
    void theQueryFormNamesWhatIsMissing() {
        viewModel.query().urlProperty().set("postgres://nope");
        viewModel.previewQuery();
        assertThat(viewModel.query().errorProperty().get()).contains("JDBC URL");
        assertThat(viewModel.sourceProperty().get()).isNull();
    }

    @Test
    void resetGoesBackToTheEmptyState() {
        viewModel.openFile(customers);
        viewModel.reset();
        assertThat(viewModel.sourceProperty().get()).isNull();
        assertThat(viewModel.preview().columns()).isEmpty();
    }
}
