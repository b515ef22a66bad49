package io.mlworkbench.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.app.dialog.RecordingDialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.task.SynchronousTaskExecutor;
import io.mlworkbench.app.theme.ChartTheme;
import io.mlworkbench.app.theme.Theme;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.dataset.DatasetVersion;
import io.mlworkbench.engine.data.dataset.ImportSource;
import io.mlworkbench.engine.data.ingest.ImportOptions;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileViewModelTest {

    @TempDir
    Path temp;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private WorkspaceSession session;
    private ProfileViewModel viewModel;
    private DatasetVersion version;

    @BeforeEach
    void importCustomers() {
        session = WorkspaceSession.open(temp.resolve("ws"), new Actor("ada"), Clock.systemUTC());
        viewModel = new ProfileViewModel(session, new SynchronousTaskExecutor(), dialogs,
                Messages.load(Locale.ENGLISH));
        Path file = CsvFiles.customers(temp.resolve("customers.csv"), 300, 11);
        ImportOptions options = session.datasets().preview(ImportSource.ofFile(file), ImportOptions.defaults(), 0,
                CancellationToken.never()).options().withColumnRole("churned", ColumnRole.TARGET);
        version = session.datasets().importFile(session.actor(), "default", "customers", file, options,
                ProgressListener.ignoring(), CancellationToken.never()).version();
        viewModel.load(version);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void showsOneRowPerColumnAndTheDatasetFacts() {
        assertThat(viewModel.shownProperty().get()).isTrue();
        assertThat(viewModel.subjectProperty().get()).isEqualTo("customers v1");
        assertThat(viewModel.columns()).extracting(ColumnProfileRow::name)
                .containsExactly("customer_id", "age", "plan", "monthly_fee", "churned");
        ColumnProfileRow age = viewModel.columns().get(1);
        assertThat(age.count()).isEqualTo("300");
        assertThat(age.missing()).isEqualTo("0");
        assertThat(Double.parseDouble(age.min())).isGreaterThanOrEqualTo(18);
        assertThat(age.quartiles()).contains(" / ");
        assertThat(viewModel.facts()).extracting(ProfileFact::label).contains("Rows", "Duplicate rows",
                "Likely identifiers", "Target balance");
        assertThat(viewModel.facts()).filteredOn(f -> f.label().equals("Target balance")).singleElement()
                .satisfies(f -> assertThat(f.value()).startsWith("churned: No "));
    }

    @Test
    void storesTheProfileOnceForTheVersion() {
        assertThat(session.profiles().find(version.id())).isPresent();
    }

    @Test
    void drawsAChartForTheSelectedColumn() {
        assertThat(viewModel.chartImageProperty().get()).isNotNull();
        viewModel.selectedProperty().set(viewModel.columns().get(2));
        assertThat(viewModel.chartCaptionProperty().get()).isEqualTo("plan (CATEGORICAL)");
        assertThat(viewModel.chartImageProperty().get().getWidth()).isGreaterThan(100);
    }

    @Test
    void exportsTheChartAsAPngFile() throws Exception {
        Path png = temp.resolve("age-chart");
        dialogs.chooseNextFile(png);
        viewModel.selectedProperty().set(viewModel.columns().get(1));
        viewModel.exportChart();

        Path written = temp.resolve("age-chart.png");
        assertThat(written).exists();
        byte[] header = java.util.Arrays.copyOf(Files.readAllBytes(written), 4);
        assertThat(header).containsExactly(0x89, 'P', 'N', 'G');
        assertThat(dialogs.notifications()).singleElement().asString().startsWith("Chart saved to ");
    }

    @Test
    void drawsTheChartAgainInTheDarkThemeAndExportsWhatIsShown() throws Exception {
        assertThat(new java.awt.Color(viewModel.chartImageProperty().get().getRGB(1, 1))).isEqualTo(java.awt.Color.WHITE);

        viewModel.themeProperty().set(Theme.DARK);

        java.awt.Color dark = ChartTheme.of(Theme.DARK).background();
        assertThat(new java.awt.Color(viewModel.chartImageProperty().get().getRGB(1, 1))).isEqualTo(dark);
        dialogs.chooseNextFile(temp.resolve("dark.png"));
        viewModel.exportChart();
        BufferedImage saved = ImageIO.read(temp.resolve("dark.png").toFile());
        assertThat(new java.awt.Color(saved.getRGB(1, 1))).isEqualTo(dark);
    }
}
